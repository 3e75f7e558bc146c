import { describe, expect, it } from 'vitest';
import { spectrogram } from '@rxdsp/analysis';
import { plotSpectrogram } from './plotSpectrogram';
import { colouredFraction, expectPlotPng, seamPixels } from '../test/support/pngCheck';
import { expectValidSvg, svgMarks, svgTexts } from '../test/support/svgCheck';

describe('plotSpectrogram', () => {
  const fs = 8000;
  const x = Float64Array.from({ length: 2 * fs }, (_, n) => Math.sin(2 * Math.PI * (200 * (n / fs) + 400 * (n / fs) ** 2)));
  const s = spectrogram(x, { fs, nperseg: 256 });

  it('renders a heat map of rect marks with time, frequency and dB titles, reduced to the bin limits', async () => {
    const svg = await plotSpectrogram(s, { maxTimeBins: 20, maxFrequencyBins: 16, title: 'chirp' });
    expectValidSvg(svg);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Time (s)', 'Frequency (Hz)', 'dB', 'chirp']));
    expect(svgMarks(svg).has('mark-rect role-mark')).toBe(true);
    const cells = (svg.match(/<path[^>]*aria-roledescription="rect mark"/g) ?? []).length;
    // ⌈nt / ⌈nt/20⌉⌉ × ⌈nf / ⌈nf/16⌉⌉ cells
    const nt = s.t.length;
    const nf = s.f.length;
    expect(cells).toBe(Math.ceil(nt / Math.ceil(nt / 20)) * Math.ceil(nf / Math.ceil(nf / 16)));
  });

  it('renders a PNG widthPx wide whose plot area the colour map fills without seams, with the labels drawn', async () => {
    const o = { maxTimeBins: 40, maxFrequencyBins: 32, width: 480, height: 240 };
    const svg = await plotSpectrogram(s, o);
    expect(svg.startsWith('<svg shape-rendering="crispEdges" ')).toBe(true);
    const png = await plotSpectrogram(s, { ...o, format: 'png', widthPx: 960 });
    const { img, area } = await expectPlotPng(png, svg, { widthPx: 960, width: 480, height: 240 });
    // viridis cells cover the area (inset by 2 px from the axis lines), with no light seams between them
    const inner = { x0: area.x0 + 2, x1: area.x1 - 2, y0: area.y0 + 2, y1: area.y1 - 2 };
    expect(colouredFraction(img, inner)).toBeGreaterThan(0.99);
    expect(seamPixels(img, inner)).toBe(0);
  });

  it('rejects an inconsistent spectrogram or bad limits', () => {
    expect(() => plotSpectrogram({ f: s.f, t: s.t, sxx: s.sxx.slice(1) })).toThrow(/plotSpectrogram: s.sxx has \d+ columns, expected \d+/);
    expect(() => plotSpectrogram(s, { maxTimeBins: 0 })).toThrow(new RangeError('plotSpectrogram: maxTimeBins must be an integer ≥ 1, got 0'));
    expect(() => plotSpectrogram(s, { rangeDb: -3 })).toThrow(new RangeError('plotSpectrogram: rangeDb must be a finite number > 0, got -3'));
  });
});
