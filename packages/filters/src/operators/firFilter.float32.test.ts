// firFilter(taps, { precision: 'float32' }) (issue 12): the float32 WebAssembly SIMD path in a pipeline fed by
// fromSamples, against scipy (fixtures: packages/filters/fixtures/gen_linear_split.py) and the float64 path,
// live taps, and the fallback where WebAssembly SIMD is unavailable (forced).
import { fromSamples, type Frame } from '@rxdsp/core';
import { BehaviorSubject, lastValueFrom, toArray } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, randn } from '@rxdsp/test-utils';
import { FLOAT32_FIR_ERROR_BOUND, hasWasmSimd } from '../kernels/Float32FftFirKernel';
import { firFilter } from './firFilter';

interface Case {
  name: string;
  b: number[];
  a: number[];
  x: number[];
  y: number[];
}
const fx = loadFixture<{ cases: Case[] }>('../../fixtures/linear_split.json', import.meta.url);
const remez182 = fx.cases.find((c) => c.name.startsWith('FIR 182 remez'))!;

function errToPeak(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < expected.length; i++) {
    peak = Math.max(peak, Math.abs(expected[i] as number));
    err = Math.max(err, Math.abs((actual[i] as number) - (expected[i] as number)));
  }
  return err / peak;
}
const joined = (frames: Frame<Float32Array | Float64Array>[]) => frames.flatMap((f) => Array.from(f.channels[0]!));

describe.runIf(hasWasmSimd())('firFilter precision float32', () => {
  it('Float32 frames from fromSamples: Float32 out, within 1e-6 of the peak of scipy, frames of 1024 and 300', async () => {
    for (const frameLength of [1024, 300]) {
      const out = await lastValueFrom(
        fromSamples(Float32Array.from(remez182.x), { sampleRate: 48000, frameLength }).pipe(firFilter(remez182.b, { precision: 'float32' }), toArray()),
      );
      expect(out[0]!.channels[0]).toBeInstanceOf(Float32Array);
      expect(errToPeak(joined(out), remez182.y)).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
    }
  });

  it('Float64 frames, two channels: each within the bound of the float64 firFilter', async () => {
    const x = [randn(5000, 1), randn(5000, 2)];
    const run = (precision: 'float32' | 'float64') =>
      lastValueFrom(fromSamples(x, { sampleRate: 48000, frameLength: 512 }).pipe(firFilter(remez182.b, { precision }), toArray()));
    const [a, b] = await Promise.all([run('float32'), run('float64')]);
    for (const ch of [0, 1]) {
      const ya = a.flatMap((f) => Array.from(f.channels[ch]!));
      const yb = b.flatMap((f) => Array.from(f.channels[ch]!));
      expect(errToPeak(ya, yb)).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
    }
  });

  it('live taps keep the delay line, as the float64 path does', async () => {
    const x = randn(4096, 3);
    const tapsA = remez182.b;
    const tapsB = randn(150, 4).map((v) => v / 150);
    const run = async (precision: 'float32' | 'float64') => {
      const t$ = new BehaviorSubject<ArrayLike<number>>(tapsA);
      const got: number[] = [];
      await new Promise<void>((resolve, reject) =>
        fromSamples(x, { sampleRate: 48000, frameLength: 1024 })
          .pipe(firFilter(t$, { precision }))
          .subscribe({
            next: (f) => {
              got.push(...f.channels[0]!);
              if (f.index === 1024) t$.next(tapsB);
            },
            error: reject,
            complete: resolve,
          }),
      );
      return got;
    };
    const [y32, y64] = await Promise.all([run('float32'), run('float64')]);
    expect(errToPeak(y32, y64)).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
  });
});

describe('firFilter precision option', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('bad precision, or direct with float32, throws at creation naming the option', () => {
    expect(() => firFilter([1, 2], { precision: 'double' as never })).toThrow(/firFilter: opts.precision must be 'float64' or 'float32', got double/);
    expect(() => firFilter([1, 2], { precision: 'float32', method: 'direct' })).toThrow(/firFilter: opts.method 'direct' has no float32 form/);
  });

  it('without WebAssembly (forced) the float32 option runs the float64 kernels: scipy’s numbers', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const fresh = await import('./firFilter');
    const out = await lastValueFrom(
      fromSamples(Float64Array.from(remez182.x), { sampleRate: 48000, frameLength: 1024 }).pipe(fresh.firFilter(remez182.b, { precision: 'float32' }), toArray()),
    );
    expect(errToPeak(joined(out), remez182.y)).toBeLessThanOrEqual(1e-12);
  });
});
