import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { tfestimate } from '@rxdsp/analysis';
import { plotResponse } from './plotResponse';
import { expectPlotPng } from '../test/support/pngCheck';
import { expectValidSvg, svgMarks, svgTexts } from '../test/support/svgCheck';

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

  it('renders a PNG widthPx wide with both curves in the plot area and the labels drawn', async () => {
    const f = Array.from({ length: 200 }, (_, k) => 10 * (k + 1));
    const designed = { f, magDb: f.map((v) => -20 * Math.log10(1 + v / 500)) };
    const measured = { f, magDb: designed.magDb.map((d, k) => d + 0.5 * Math.sin(k)) };
    const o = { logFrequency: true, width: 400, height: 200 } as const;
    const png = await plotResponse({ measured, designed }, { ...o, format: 'png', widthPx: 1000 });
    await expectPlotPng(png, await plotResponse({ measured, designed }, o), { widthPx: 1000, width: 400, height: 200 });
  });

  it('rejects a missing or inconsistent measurement', () => {
    expect(() => plotResponse({} as never)).toThrow(/plotResponse: data.measured is required .*, got measured = undefined/);
    expect(() => plotResponse(null as never)).toThrow(/plotResponse: data.measured is required .*, got null/);
    expect(() => plotResponse({ measured: { f: [1, 2], magDb: [0] } })).toThrow(/data.measured.magDb has 1 values, expected 2/);
    expect(() => plotResponse({ measured: { f: [1], magDb: [0] }, designed: { f: [], magDb: [] } })).toThrow(/data.designed is empty/);
  });
});
