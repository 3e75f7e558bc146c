// The shared operator contract (test-utils/operatorContract.ts) over every public operator of
// @rxdsp/analysis.
import { fromSamples, gain, type NonFiniteEvent } from '@rxdsp/core';
import { operatorContract, randn } from '@rxdsp/test-utils';
import { lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { capture, frameTiming, level, psd } from '../src/index';

operatorContract([
  { name: 'psd({ nperseg: 32 }) (an estimate per frame)', op: () => psd({ nperseg: 32 }) as never },
  { name: "psd({ nperseg: 128, averaging: 'exponential' }) stereo (estimates every other frame)", op: () => psd({ nperseg: 128, averaging: 'exponential' }) as never, channels: 2, onePerFrame: false },
  { name: 'level()', op: () => level() as never, dtype: 'int16' },
  { name: 'capture()', op: () => capture() as never },
  { name: 'capture({ seconds: 0.01 }) ring', op: () => capture({ seconds: 0.01 }) as never, channels: 2 },
  { name: 'frameTiming().tic()', op: () => frameTiming().tic() as never },
  { name: 'frameTiming().timed(gain(2))', op: () => frameTiming().timed(gain(2) as never) as never },
]);

describe('psd: non-finite samples never poison the running average (issue 10, finding 2)', () => {
  it("'reset' (default): the NaN counts as 0, the estimate is finite and equals the zeroed input's; reported", async () => {
    const x = randn(8192, 4);
    const xb = x.slice();
    xb[1234] = Number.NaN;
    const op = psd({ nperseg: 256, everyFrames: 32 });
    const events: NonFiniteEvent[] = [];
    op.events$.subscribe((e) => events.push(e));
    const est = await lastValueFrom(fromSamples(xb, { sampleRate: 8000, frameLength: 256 }).pipe(op));
    const x0 = x.slice();
    x0[1234] = 0;
    const want = await lastValueFrom(fromSamples(x0, { sampleRate: 8000, frameLength: 256 }).pipe(psd({ nperseg: 256, everyFrames: 32 })));
    expect(Array.from(est.pxx[0]!).every(Number.isFinite)).toBe(true);
    expect(Array.from(est.pxx[0]!)).toEqual(Array.from(want.pxx[0]!));
    expect(events).toEqual([{ fn: 'psd', kind: 'input', frameIndex: 1024, channel: 0, offset: 210, count: 1 }]);
    const err = await lastValueFrom(fromSamples(xb, { sampleRate: 8000, frameLength: 256 }).pipe(psd({ nonFinite: 'error' }))).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NON_FINITE', frameIndex: 1024, offset: 210 });
  });
});
