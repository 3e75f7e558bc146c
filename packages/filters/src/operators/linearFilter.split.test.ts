// linearFilter with FIR coefficients (issue 12): runs on the FIR kernels, keeps scipy's numbers, the zi
// options and the live-update semantics (same order → state kept) across FIR ↔ IIR coefficient sets.
// Fixtures: packages/filters/fixtures/gen_linear_split.py → linear_split.json.
import { fromSamples, type Frame } from '@rxdsp/core';
import { BehaviorSubject, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { loadFixture, randn } from '@rxdsp/test-utils';
import { lfilter } from '../kernels/lfilter';
import { lfilterZi } from '../kernels/lfilterZi';
import { linearFilter, type LinearCoefficients } from './linearFilter';

interface Case {
  name: string;
  b: number[];
  a: number[];
  x: number[];
  zi?: number[];
  y: number[];
  zf: number[];
}
interface Live {
  frame: number;
  sets: { name: string; b: number[]; a: number[] }[];
  x: number[];
  y: number[];
}
const fx = loadFixture<{ cases: Case[]; live: Live }>('../../fixtures/linear_split.json', import.meta.url);

function relToPeak(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < expected.length; i++) {
    peak = Math.max(peak, Math.abs(expected[i] as number));
    err = Math.max(err, Math.abs((actual[i] as number) - (expected[i] as number)));
  }
  return Number.isNaN(err) ? Number.NaN : err / peak;
}

function joined(frames: Frame<Float64Array>[], ch = 0): Float64Array {
  const n = frames.reduce((s, f) => s + f.channels[ch]!.length, 0);
  const y = new Float64Array(n);
  let pos = 0;
  for (const f of frames) {
    y.set(f.channels[ch]!, pos);
    pos += f.channels[ch]!.length;
  }
  return y;
}

const TOL = 1e-12;

describe('linearFilter with a FIR (split form) fed by fromSamples', () => {
  for (const name of ['FIR 182 remez bandpass, a = [1]', 'FIR 181 remez bandpass, a = [2.5]', 'FIR 182 taps with random zi', '182 taps over 10 poles, random zi']) {
    it(`${name}: frames of 1024 and of 300 give scipy's output`, async () => {
      const c = fx.cases.find((k) => k.name.startsWith(name))!;
      for (const frameLength of [1024, 300]) {
        const out = await lastValueFrom(
          fromSamples(Float64Array.from(c.x), { sampleRate: 48000, frameLength })
            .pipe(linearFilter(c.b, c.a, c.zi === undefined ? {} : { zi: c.zi }), toArray()),
        );
        expect(relToPeak(joined(out), c.y), `${name}, frames of ${frameLength}`).toBeLessThanOrEqual(TOL);
      }
    });
  }

  it("zi 'steady' with a FIR: lfilter_zi(b, a)·x[0] per channel, as scipy", async () => {
    const b = fx.cases.find((k) => k.name.startsWith('FIR 182 remez'))!.b;
    const x0 = randn(3000, 1).map((v) => v + 3);
    const x1 = randn(3000, 2).map((v) => v - 2);
    const zi = lfilterZi(b, [1]);
    const ref0 = lfilter(b, [1], x0, zi.map((v) => v * x0[0]!)).y;
    const ref1 = lfilter(b, [1], x1, zi.map((v) => v * x1[0]!)).y;
    const out = await lastValueFrom(fromSamples([x0, x1], { sampleRate: 48000, frameLength: 1024 }).pipe(linearFilter(b, [1], { zi: 'steady' }), toArray()));
    expect(relToPeak(joined(out as Frame<Float64Array>[], 0), ref0)).toBeLessThanOrEqual(TOL);
    expect(relToPeak(joined(out as Frame<Float64Array>[], 1), ref1)).toBeLessThanOrEqual(TOL);
  });

  it('live coefficients moving between FIR and IIR sets of the same order keep the state (scipy, zf → zi)', async () => {
    const { frame, sets, x, y } = fx.live;
    const c$ = new BehaviorSubject<LinearCoefficients>(sets[0]!);
    const src = fromSamples(Float64Array.from(x), { sampleRate: 48000, frameLength: frame });
    const got: Frame<Float64Array>[] = [];
    let i = 0;
    await new Promise<void>((resolve, reject) =>
      src.pipe(linearFilter(c$)).subscribe({
        next: (f) => {
          got.push(f);
          i++;
          if (i < sets.length) c$.next(sets[i]!); // applies from the next frame
        },
        error: reject,
        complete: resolve,
      }),
    );
    const out = joined(got);
    for (let s = 0; s < sets.length; s++) {
      const seg = (v: ArrayLike<number>) => Array.prototype.slice.call(v, s * frame, (s + 1) * frame) as number[];
      expect(relToPeak(seg(out), seg(y)), `segment ${s} (${sets[s]!.name})`).toBeLessThanOrEqual(TOL);
    }
  });

  it('Float32 frames with a FIR: Float32 out, computed in Float64', async () => {
    const c = fx.cases.find((k) => k.name.startsWith('FIR 182 remez'))!;
    const x32 = Float32Array.from(c.x);
    const ref = lfilter(c.b, c.a, x32).y;
    const out = await lastValueFrom(fromSamples(x32, { sampleRate: 48000, frameLength: 1024 }).pipe(linearFilter(c.b, c.a), toArray()));
    const y = out.flatMap((f) => Array.from(f.channels[0]!));
    expect(out[0]!.channels[0]).toBeInstanceOf(Float32Array);
    // each sample is scipy's float64 value (to 1e-12 of the peak) rounded once to float32
    const peak = ref.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    for (let k = 0; k < ref.length; k++) {
      expect(Math.abs(y[k]! - ref[k]!)).toBeLessThanOrEqual(Math.abs(ref[k]!) * 2 ** -24 + TOL * peak);
    }
  });
});
