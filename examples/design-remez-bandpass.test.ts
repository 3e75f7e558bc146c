import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { DEFAULTS, designRemezBandpass, parseSettings } from './design-remez-bandpass';

// scipy's taps and achieved values for the same design: packages/filters/fixtures/gen_fir.py
interface CourseCase {
  design: string;
  kind: string;
  fs: number;
  method?: string;
  nBump: number;
  h: number[];
  achieved: { rippleDb: number; attenDb: number };
}
const seed = loadFixture<{ course: CourseCase[] }>('../packages/filters/fixtures/fir.json', import.meta.url).course.find(
  (c) => c.design === 'remez' && c.kind === 'bandpass' && c.fs === 48000 && c.method === 'remezord' && c.nBump === 18,
)!;
const dir = mkdtempSync(join(tmpdir(), 'rxdsp-remez-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('examples/design-remez-bandpass', () => {
  it("designs the course's 182-tap bandpass, measures it as scipy does and writes the SVG plot", async () => {
    const out = join(dir, 'plot.svg');
    const r = await designRemezBandpass({ ...DEFAULTS, out });
    expect(r.taps.length).toBe(182);
    expectClose(r.taps, seed.h, { rtol: 0, atol: 1e-6, label: 'seed taps' });
    expect(Math.abs(r.rippleDb - seed.achieved.rippleDb)).toBeLessThan(1e-6);
    expect(Math.abs(r.attenDb - seed.achieved.attenDb)).toBeLessThan(1e-6);
    const svg = readFileSync(out, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('remez bandpass, 182 taps');
    expect(svg).toContain('mark-line');
  });
  it('reads settings from the command line, with defaults, and rejects bad values', () => {
    expect(parseSettings([])).toEqual(DEFAULTS);
    const s = parseSettings(['--edges', '500,1000,2000,2500', '--fs', '16000', '--nbump', '5', '--estimate', 'herrmann-mintzer-liu']);
    expect(s.edges).toEqual([500, 1000, 2000, 2500]);
    expect(s.fs).toBe(16000);
    expect(s.estimate).toBe('herrmann-mintzer-liu');
    expect(() => parseSettings(['--edges', '1,2,3'])).toThrow(/--edges must be four/);
    expect(() => parseSettings(['--dpass', 'abc'])).toThrow(/--dpass must be a number/);
    expect(() => parseSettings(['--estimate', 'guess'])).toThrow(/--estimate/);
  });
});
