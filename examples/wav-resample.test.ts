import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS, parseSettings, wavResample } from './wav-resample';

const dir = mkdtempSync(join(tmpdir(), 'rxdsp-wav-resample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('examples/wav-resample', () => {
  it('converts the test tone 44.1 → 48 kHz and back, frame by frame', async () => {
    const up = await wavResample({ ...DEFAULTS, out: join(dir, 'up.wav'), frameLength: 441 });
    expect([up.fromHz, up.toHz, up.up, up.down, up.taps]).toEqual([44100, 48000, 160, 147, 3201]);
    // upfirdn's length: ⌊((n − 1)·up + taps − 1)/down⌋ + 1
    expect(up.outputSamples).toBe(Math.floor(((up.inputSamples - 1) * 160 + 3200) / 147) + 1);
    // the design's passband gain at 1 kHz is 1 + 6.0e-4 (scipy's firwin, Kaiser β = 5): −64 dB amplitude error
    expect(up.toneErrorDb!).toBeLessThan(-63);
    const down = await wavResample({ ...DEFAULTS, input: up.outFile, out: join(dir, 'down.wav') });
    expect([down.fromHz, down.toHz, down.up, down.down]).toEqual([48000, 44100, 147, 160]);
    expect(down.toneErrorDb).toBeUndefined();
  });
  it('reads settings from the command line, with defaults, and rejects bad values', () => {
    expect(parseSettings([])).toEqual(DEFAULTS);
    expect(parseSettings(['--to', '44100', '--in', 'a.wav', '--format', 'float32'])).toMatchObject({ to: 44100, input: 'a.wav', format: 'float32' });
    expect(() => parseSettings(['--to', '4.5'])).toThrow("--to must be a positive integer, got '4.5'");
    expect(() => parseSettings(['--format', 'mp3'])).toThrow("--format must be 'int16' or 'float32', got 'mp3'");
  });
});
