// The equaliser's live gains change the peaking sections between frames WITHOUT resetting the
// filter state: the stream must equal sosfilt run on the first part with the old sections and
// continued, from its final state zf, with the new ones.
import { describe, expect, it } from 'vitest';
import { lastValueFrom, tap, toArray } from 'rxjs';
import { fromSamples, whiteNoise } from '@rxdsp/core';
import { sosfilt } from '@rxdsp/filters';
import { equaliserSos, threeBandEq } from './three-band-eq';
import { collectSamples } from '@rxdsp/runtime';

describe('three-band-eq live gains', () => {
  it('switches sections at a frame boundary and keeps the state', async () => {
    const fs = 48_000;
    const N = 512;
    const K = 20; // frames before the change
    const settings = { sampleRate: fs, frameLength: N, channels: 1, seconds: 1, outDir: 'out', extra: {} };
    const run = threeBandEq.create(settings);
    const [x] = collectSamples(whiteNoise({ seed: 5, distribution: 'gaussian', amplitude: 2000, dtype: 'int16', sampleRate: fs, frameLength: N, seconds: 1 }), Int16Array);
    const gain100 = run.parameters.find((p) => p.name === 'gain100Hz')!;
    const gain8k = run.parameters.find((p) => p.name === 'gain8kHz')!;
    gain100.value$.next(-6);
    const frames = await lastValueFrom(
      fromSamples(x!, { sampleRate: fs, frameLength: N }).pipe(
        tap((f) => {
          if (f.index === K * N) {
            gain100.value$.next(12);
            gain8k.value$.next(-18);
          }
        }),
        run.pipeline,
        toArray(),
      ),
    );
    const y = new Float64Array(x!.length);
    frames.forEach((f) => y.set(f.channels[0]!, f.index));

    const xf = Float64Array.from(x!);
    const first = sosfilt(equaliserSos([-6, 0, 0], fs), xf.subarray(0, K * N));
    const second = sosfilt(equaliserSos([12, 0, -18], fs), xf.subarray(K * N), first.zf);
    const expected = new Float64Array(x!.length);
    expected.set(first.y, 0);
    expected.set(second.y, K * N);
    // the pipeline ends with a saturating toInt16 (round to nearest): |y − ŷ| ≤ 0.5 plus float error
    let maxErr = 0;
    for (let i = 0; i < y.length; i++) maxErr = Math.max(maxErr, Math.abs(y[i]! - Math.max(-32768, Math.min(32767, expected[i]!))));
    expect(maxErr).toBeLessThanOrEqual(0.5 + 1e-9);

    // A reset at the switch would differ from the kept state right after the boundary:
    // this is what the test above would catch.
    const reset = sosfilt(equaliserSos([12, 0, -18], fs), xf.subarray(K * N));
    let diff = 0;
    for (let i = 0; i < 64; i++) diff = Math.max(diff, Math.abs(reset.y[i]! - second.y[i]!));
    expect(diff).toBeGreaterThan(10);
  });
});
