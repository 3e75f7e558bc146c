import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { tfestimate } from '../spectral/tfestimate';
import { plotResponse } from './plotResponse';
import { expectValidSvg, svgMarks, svgTexts } from './internal/svgCheck';

describe('plotResponse', () => {
  it('overlays measured (from tfestimate) and designed responses with a legend', async () => {
    const fs = 8000;
    const x = randn(16_384, 3);
    const y = x.map((v, n) => 0.5 * (v + (n > 0 ? x[n - 1]! : 0)));
    const h = tfestimate(x, y, { fs, nperseg: 256 });
    const f = Array.from(h.f);
    // two-tap averager: |H| = |cos(π f / fs)|
    const designed = { f, magDb: f.map((v) => 20 * Math.log10(Math.abs(Math.cos((Math.PI * v) / fs)))) };
    const svg = await plotResponse({ measured: h, designed }, { logFrequency: true, minDb: -60, title: 'Averager' });
    expectValidSvg(svg);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Frequency (Hz)', 'Gain (dB)', 'measured', 'designed', 'Averager']));
    expect(svgMarks(svg).has('mark-line role-mark')).toBe(true);
    // two lines: one path per series
    expect((svg.match(/<path[^>]*aria-roledescription="line mark"/g) ?? []).length).toBe(2);
  });

  it('rejects a missing or inconsistent measurement', () => {
    expect(() => plotResponse({} as never)).toThrow(/plotResponse: data.measured is required .*, got measured = undefined/);
    expect(() => plotResponse(null as never)).toThrow(/plotResponse: data.measured is required .*, got null/);
    expect(() => plotResponse({ measured: { f: [1, 2], magDb: [0] } })).toThrow(/data.measured.magDb has 1 values, expected 2/);
    expect(() => plotResponse({ measured: { f: [1], magDb: [0] }, designed: { f: [], magDb: [] } })).toThrow(/data.designed is empty/);
  });
});
