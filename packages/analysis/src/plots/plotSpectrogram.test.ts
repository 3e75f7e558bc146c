import { describe, expect, it } from 'vitest';
import { spectrogram } from '../spectral/spectrogram';
import { plotSpectrogram } from './plotSpectrogram';
import { expectValidSvg, svgMarks, svgTexts } from './internal/svgCheck';

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

  it('rejects an inconsistent spectrogram or bad limits', () => {
    expect(() => plotSpectrogram({ f: s.f, t: s.t, sxx: s.sxx.slice(1) })).toThrow(/plotSpectrogram: s.sxx has \d+ columns, expected \d+/);
    expect(() => plotSpectrogram(s, { maxTimeBins: 0 })).toThrow(/maxTimeBins must be a positive integer, got 0/);
    expect(() => plotSpectrogram(s, { rangeDb: -3 })).toThrow(/rangeDb must be > 0/);
  });
});
