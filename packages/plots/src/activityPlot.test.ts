import { describe, expect, it } from 'vitest';
import { createTimingRecord, markArrival, markDone } from '@rxdsp/core';
import { frameTiming } from '@rxdsp/analysis';
import { activityPlot } from './activityPlot';
import { expectPlotPng } from '../test/support/pngCheck';
import { expectValidSvg, svgMarks, svgTexts } from '../test/support/svgCheck';

function record() {
  const rec = createTimingRecord(48_000, 480);
  rec.startMs = 0;
  for (let k = 0; k < 30; k++) markDone(rec, markArrival(rec, 480 * k, 10 * k + 1), 10 * k + 3);
  return rec;
}

describe('activityPlot', () => {
  it('draws a square wave over the window with a time axis in ms', async () => {
    const svg = await activityPlot(record(), { startMs: 0, stopMs: 100 });
    expectValidSvg(svg);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(['Time (ms)', 'Processing', 'Frame processing activity', '0', '1']));
    expect(svgMarks(svg).has('mark-line role-mark')).toBe(true);
    // the window holds frames 0 … 9: path vertices = 2 (ends) + 4 per frame
    const d = /aria-roledescription="line mark"[^>]*d="([^"]+)"/.exec(svg) ?? /d="([^"]+)"[^>]*aria-roledescription="line mark"/.exec(svg);
    const vertices = (d![1]!.match(/[ML]/g) ?? []).length;
    expect(vertices).toBe(2 + 4 * 10);
  });

  it('regression: a lone unfinished frame plots over one frame period instead of a stopMs error', async () => {
    const rec = createTimingRecord(48_000, 480);
    rec.startMs = 0;
    markArrival(rec, 0, 5); // never done
    const svg = await activityPlot(rec);
    expectValidSvg(svg);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['Time (ms)']));
  });

  it('renders a PNG widthPx wide with the trace across the plot area and the labels drawn', async () => {
    const o = { startMs: 0, stopMs: 100, width: 600, height: 150 };
    const png = await activityPlot(record(), { ...o, format: 'png', widthPx: 900 });
    await expectPlotPng(png, await activityPlot(record(), o), { widthPx: 900, width: 600, height: 150 });
  });

  it('rejects an empty record and a bad window', () => {
    expect(() => activityPlot(createTimingRecord(48_000, 480))).toThrow(/activityPlot: timing record is empty/);
    expect(() => activityPlot(frameTiming())).toThrow(RangeError);
    expect(() => activityPlot(record(), { startMs: 50, stopMs: 50 })).toThrow(new RangeError('activityPlot: stopMs must be > startMs (50), got 50'));
    expect(() => activityPlot(record(), { startMs: Number.NaN })).toThrow(new RangeError('activityPlot: startMs must be a finite number, got NaN'));
    expect(() => activityPlot(record(), { stopMs: '60' as never })).toThrow(new TypeError('activityPlot: stopMs must be a number, got "60"'));
  });
});
