import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { welch } from '@rxdsp/analysis';
import { plotPsd } from './plotPsd';
import { expectPlotPng } from '../test/support/pngCheck';
import { expectValidSvg, svgMarks, svgTexts } from '../test/support/svgCheck';

const x = randn(8192, 1);
const w = welch(x, { fs: 48_000, nperseg: 512 });

describe('plotPsd', () => {
  it('writes a valid SVG file with a line mark and the dB/Hz and Hz axis titles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxdsp-plot-'));
    try {
      const path = join(dir, 'psd.svg');
      const svg = await plotPsd(w, { path, title: 'White noise' });
      expect(readFileSync(path, 'utf8')).toBe(svg);
      expectValidSvg(svg);
      const texts = svgTexts(svg);
      expect(texts).toContain('Frequency (Hz)');
      expect(texts).toContain('PSD (dB/Hz)');
      expect(texts).toContain('White noise');
      expect(svgMarks(svg).has('mark-line role-mark')).toBe(true);
      expect(svgMarks(svg).has('mark-group role-legend')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses decade ticks on a log axis and shows a legend for several series', async () => {
    const lin = svgTexts(await plotPsd(w));
    const log = svgTexts(await plotPsd([w, { ...welch(x, { fs: 48_000, nperseg: 128 }), label: 'short segments' }], { logFrequency: true }));
    // linear axis: evenly spaced round ticks (0, 2,000 …); log axis: 100, 1,000, 10,000
    expect(lin).toContain('0');
    expect(log).toEqual(expect.arrayContaining(['100', '1,000', '10,000', 'PSD 1', 'short segments']));
    expect(log).not.toContain('0');
  });

  it('draws one series per channel of a psd operator estimate', async () => {
    const est = { f: w.f, pxx: [w.pxx, w.pxx.map((v) => 2 * v)], segments: 3, samples: 8192 };
    const texts = svgTexts(await plotPsd(est));
    expect(texts).toEqual(expect.arrayContaining(['channel 0', 'channel 1']));
  });

  it('renders a PNG widthPx wide with the line in the plot area and the labels drawn, and writes it to path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxdsp-plot-'));
    try {
      const path = join(dir, 'psd.png');
      const o = { title: 'White noise', width: 500, height: 250 };
      const png = await plotPsd(w, { ...o, format: 'png', widthPx: 1200, path });
      expect(new Uint8Array(readFileSync(path))).toEqual(png);
      await expectPlotPng(png, await plotPsd(w, o), { widthPx: 1200, width: 500, height: 250 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('types the result by format: string for SVG (the default), Uint8Array for PNG (checked by tsc)', () => {
    // never called: the type checker checks what each call resolves to
    const calls = () => [plotPsd(w), plotPsd(w, { format: 'svg' }), plotPsd(w, { format: 'png', widthPx: 800 })] as const;
    expectTypeOf<ReturnType<typeof calls>>().toEqualTypeOf<readonly [Promise<string>, Promise<string>, Promise<Uint8Array>]>();
    const format = 'png' as 'svg' | 'png';
    const either = () => plotPsd(w, { format });
    expectTypeOf<ReturnType<typeof either>>().toEqualTypeOf<Promise<string | Uint8Array>>();
  });

  it('rejects PNG options with SVG output and a PNG without a font (naming plotPsd)', async () => {
    expect(() => plotPsd(w, { widthPx: 800 })).toThrow(new RangeError("plotPsd: widthPx applies to format 'png' only, got it with format 'svg'"));
    expect(() => plotPsd(w, { format: 'svg', fonts: {} })).toThrow(new RangeError("plotPsd: fonts applies to format 'png' only, got it with format 'svg'"));
    expect(() => plotPsd(w, { format: 'jpeg' as never })).toThrow(new RangeError('plotPsd: format must be one of \'svg\', \'png\', got "jpeg"'));
    expect(() => plotPsd(w, { format: 'png', widthPx: -1 })).toThrow(new RangeError('plotPsd: widthPx must be an integer in 1 … 16384, got -1'));
    await expect(plotPsd(w, { format: 'png', fonts: { system: false } })).rejects.toThrow(/^plotPsd: no font to draw the text with/);
  });

  it('rejects mismatched or empty input synchronously', () => {
    expect(() => plotPsd({ f: [1, 2], pxx: [1] })).toThrow(/plotPsd: psd.pxx has 1 values, expected 2/);
    expect(() => plotPsd([])).toThrow(/plotPsd: psd is an empty list/);
    expect(() => plotPsd([w, null as never])).toThrow(new TypeError('plotPsd: psd[1] must be { f, pxx } (or psd a list of them), got null'));
    expect(() => plotPsd(w, { width: 0 })).toThrow(new RangeError('plotPsd: width must be a number of pixels ≥ 10, got 0'));
    expect(() => plotPsd(w, { height: Number.POSITIVE_INFINITY })).toThrow(new RangeError('plotPsd: height must be a finite number, got Infinity'));
    expect(() => plotPsd(w, null as never)).toThrow(new TypeError('plotPsd: options must be an object, got null'));
  });
});
