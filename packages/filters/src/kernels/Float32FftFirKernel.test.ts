// The opt-in float32 FIR path (issue 12): PFFFT WebAssembly SIMD overlap-save, its documented error bound
// against scipy (fixtures: packages/filters/fixtures/gen_linear_split.py → linear_split.json) and against
// the float64 kernels, its state, and the fallback where WebAssembly SIMD is unavailable (forced here).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStatefulInvariants, loadFixture, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { FLOAT32_FIR_ERROR_BOUND, Float32FftFirKernel, hasWasmSimd } from './Float32FftFirKernel';
import { FftFirKernel } from './FftFirKernel';
import { FirKernel } from './FirKernel';
import { createFirKernel } from './createFirKernel';

interface Case {
  name: string;
  b: number[];
  a: number[];
  x: number[];
  zi?: number[];
  y: number[];
}
const fx = loadFixture<{ cases: Case[] }>('../../fixtures/linear_split.json', import.meta.url);
/** The fixture's plain FIRs (a = [1], no zi): scipy's lfilter(b, [1], x). */
const firCases = fx.cases.filter((c) => c.a.length === 1 && c.a[0] === 1 && c.zi === undefined);

function errToPeak(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < expected.length; i++) {
    peak = Math.max(peak, Math.abs(expected[i] as number));
    err = Math.max(err, Math.abs((actual[i] as number) - (expected[i] as number)));
  }
  return Number.isNaN(err) ? Number.NaN : err / peak;
}

function framed(k: { process(x: Float64Array, y: Float64Array): Float64Array }, x: Float64Array, frame: number): Float64Array {
  const y = new Float64Array(x.length);
  for (let p = 0; p < x.length; p += frame) k.process(x.subarray(p, Math.min(x.length, p + frame)), y.subarray(p, Math.min(x.length, p + frame)));
  return y;
}

/** A windowed-sinc lowpass (cutoff `fc` of the sample rate), to vary the taps beyond the fixtures. */
function lowpass(M: number, fc: number): Float64Array {
  const h = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const t = i - (M - 1) / 2;
    const w = 0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (M - 1));
    h[i] = (t === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * t) / (Math.PI * t)) * w;
  }
  return h;
}

const simd = hasWasmSimd();

describe.runIf(simd)('Float32FftFirKernel (WebAssembly SIMD available)', () => {
  it.each(firCases.map((c) => [c.name, c] as const))('within 1e-6 of the peak of scipy’s lfilter, frames of 1024 and 333: %s', (_n, c) => {
    const x = Float64Array.from(c.x);
    for (const frame of [1024, 333]) {
      const y = framed(new Float32FftFirKernel(c.b, { blockSize: frame }), x, frame);
      expect(errToPeak(y, c.y), `${c.name}, frames of ${frame}`).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
    }
  });

  for (const taps of [8, 31, 64, 182, 255, 1024]) {
    it(`${taps} taps (lowpass and random): within the bound of the float64 kernel for frames of 1 … 4096`, () => {
      const x = randn(12000, taps);
      for (const h of [lowpass(taps, 0.11), randn(taps, taps + 1).map((v) => v / taps)]) {
        const ref = new FirKernel(h).process(x);
        let l1 = 0;
        for (const v of h) l1 += Math.abs(v);
        const xPeak = x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
        for (const frame of [64, 1000, 1024, 4096]) {
          const y = framed(new Float32FftFirKernel(h, { blockSize: frame }), x, frame);
          expect(errToPeak(y, ref), `${taps} taps, frames of ${frame}`).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
          let err = 0;
          for (let i = 0; i < y.length; i++) err = Math.max(err, Math.abs(y[i]! - ref[i]!));
          expect(err).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND * l1 * xPeak);
        }
      }
    });
  }

  it('frames of 1 sample (one FFT chunk each) agree too', () => {
    const h = lowpass(40, 0.2);
    const x = randn(600, 3);
    const y = framed(new Float32FftFirKernel(h, { blockSize: 1 }), x, 1);
    expect(errToPeak(y, new FirKernel(h).process(x))).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
  });

  it('standard invariants within the bound (sample by sample, uneven frames, reset, copy)', () => {
    const unit: StatefulUnit<Float32FftFirKernel> = {
      create: () => new Float32FftFirKernel(lowpass(63, 0.15), { history: randn(62, 9), blockSize: 256 }),
      process: (k, [x]) => [k.process(x!)],
      reset: (k) => k.reset(),
      copy: (k) => k.copy(),
    };
    checkStatefulInvariants(unit, randn(900, 10), { rtol: 0, atol: 2e-6 });
  });

  it('Float32Array in and out (copied without conversion) give the same values as Float64', () => {
    const h = lowpass(182, 0.05);
    const x = Float32Array.from(randn(4096, 11));
    const y32 = new Float32Array(4096);
    const k = new Float32FftFirKernel(h);
    for (let p = 0; p < 4096; p += 1024) k.process(x.subarray(p, p + 1024), y32.subarray(p, p + 1024));
    const y64 = framed(new Float32FftFirKernel(h), Float64Array.from(x), 1024);
    expect(Array.from(y32)).toEqual(Array.from(y64));
  });

  it('state: the delay line of FirKernel restores into it (and back), continuing within the bound', () => {
    const h = lowpass(100, 0.1);
    const x = randn(3000, 12);
    const direct = new FirKernel(h);
    direct.process(x.subarray(0, 1000));
    const k = new Float32FftFirKernel(h);
    k.setState(direct.getState());
    const rest = x.subarray(1000);
    const ref = direct.copy().process(rest);
    expect(errToPeak(k.process(rest), ref)).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
    const back = new FftFirKernel(h);
    back.setState(k.getState());
    expect(k.stateLength).toBe(99);
    expect(() => k.setState([1, 2])).toThrow(/Float32FftFirKernel\.setState: state has length 2, expected 99/);
  });

  it('a NaN input spoils its chunk only; the output recovers once it has left the delay line', () => {
    const h = lowpass(182, 0.05);
    const x = randn(8192, 13);
    x[10] = Number.NaN;
    const k = new Float32FftFirKernel(h);
    const y = framed(k, x, 1024);
    expect(Number.isNaN(y[10])).toBe(true);
    const clean = x.slice();
    clean[10] = 0;
    const ref = new FirKernel(h).process(clean);
    expect(errToPeak(y.subarray(2048), ref.subarray(2048))).toBeLessThanOrEqual(FLOAT32_FIR_ERROR_BOUND);
  });

  it('createFirKernel(precision: float32) gives it; bad options are named', () => {
    expect(createFirKernel(lowpass(182, 0.1), { precision: 'float32' })).toBeInstanceOf(Float32FftFirKernel);
    expect(createFirKernel(lowpass(8, 0.1), { precision: 'float32', method: 'fft' })).toBeInstanceOf(Float32FftFirKernel);
    expect(() => createFirKernel([1, 2], { precision: 'float16' as never })).toThrow(/createFirKernel: precision must be 'float64' or 'float32', got float16/);
    expect(() => createFirKernel([1, 2], { precision: 'float32', method: 'direct' })).toThrow(/createFirKernel: method 'direct' has no float32 form/);
    expect(() => new Float32FftFirKernel([1, 2], { blockSize: 0 })).toThrow(/Float32FftFirKernel: blockSize must be a positive integer, got 0/);
    expect(() => new Float32FftFirKernel([])).toThrow(RangeError);
  });
});

describe('float32 FIR fallback where WebAssembly SIMD is unavailable (forced)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  for (const [what, stub] of [
    ['no WebAssembly at all', undefined],
    ['WebAssembly without SIMD (validate() refuses the module)', { ...WebAssembly, validate: () => false }],
  ] as const) {
    it(`${what}: createFirKernel falls back to the float64 kernels, results within the bound`, async () => {
      vi.stubGlobal('WebAssembly', stub);
      vi.resetModules();
      const fresh = await import('./createFirKernel');
      const f32 = await import('./Float32FftFirKernel');
      expect(f32.hasWasmSimd()).toBe(false);
      const c = firCases.find((k) => k.name.startsWith('FIR 182 remez'))!;
      const k = fresh.createFirKernel(c.b, { precision: 'float32', blockSize: 1024 });
      expect(k.constructor.name).toBe('FftFirKernel');
      const y = framed(k, Float64Array.from(c.x), 1024);
      expect(errToPeak(y, c.y)).toBeLessThanOrEqual(1e-12); // the float64 path: scipy's numbers
      expect(() => new f32.Float32FftFirKernel(c.b)).toThrow(/Float32FftFirKernel: WebAssembly SIMD is not available here/);
      const short = fresh.createFirKernel([0.5, 0.5], { precision: 'float32' });
      expect(short.constructor.name).toBe('FirKernel');
    });
  }
});
