// LinearFilterKernel's split form (issue 12): FIRs given to lfilter and long numerators over a few poles
// run on the FIR kernels + an all-pole stage, with scipy's numbers and scipy's zi/zf.
// Fixtures: packages/filters/fixtures/gen_linear_split.py → linear_split.json.
import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, loadFixture, randn, type StatefulUnit } from '@rxdsp/test-utils';
import { LinearFilterKernel, type LinearFilterMethod } from './LinearFilterKernel';
import { lfilter } from './lfilter';

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
  zf: number[];
}
const fx = loadFixture<{ cases: Case[]; live: Live }>('../../fixtures/linear_split.json', import.meta.url);

/** max |actual − expected| / max |expected| (0 when both are all zeros). */
function relToPeak(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < expected.length; i++) {
    peak = Math.max(peak, Math.abs(expected[i] as number));
    err = Math.max(err, Math.abs((actual[i] as number) - (expected[i] as number)));
  }
  if (Number.isNaN(err)) return Number.NaN;
  return peak === 0 ? err : err / peak;
}

/** Filters `x` in consecutive blocks whose lengths cycle through `pattern`. */
function runFramed(k: LinearFilterKernel, x: ArrayLike<number>, pattern: readonly number[]): Float64Array {
  const xs = Float64Array.from(x);
  const y = new Float64Array(xs.length);
  let pos = 0;
  for (let i = 0; pos < xs.length; i++) {
    const len = Math.min(pattern[i % pattern.length] as number, xs.length - pos);
    k.process(xs.subarray(pos, pos + len), y.subarray(pos, pos + len));
    pos += len;
  }
  return y;
}

const TOL = 1e-12;
const methods: LinearFilterMethod[] = ['auto', 'split', 'tdf2'];
const patterns = [[1024], [7, 1000, 333, 64], [2048]];

describe('LinearFilterKernel split form vs scipy (1e-12 of the peak, y and zf)', () => {
  for (const method of methods) {
    it.each(fx.cases.map((c) => [c.name, c] as const))(`method ${method}: %s`, (_n, c) => {
      for (const pattern of patterns) {
        const k = new LinearFilterKernel(c.b, c.a, { method, blockSize: pattern[0]!, ...(c.zi === undefined ? {} : { zi: c.zi }) });
        const y = runFramed(k, c.x, pattern);
        expect(relToPeak(y, c.y), `${c.name} [${pattern.join(',')}] y`).toBeLessThanOrEqual(TOL);
        expect(relToPeak(k.getState(), c.zf), `${c.name} [${pattern.join(',')}] zf`).toBeLessThanOrEqual(TOL);
      }
    });
  }

  it.each(fx.cases.map((c) => [c.name, c] as const))('lfilter (one call): %s', (_n, c) => {
    const r = lfilter(c.b, c.a, c.x, c.zi);
    expect(relToPeak(r.y, c.y)).toBeLessThanOrEqual(TOL);
    expect(relToPeak(r.zf, c.zf)).toBeLessThanOrEqual(TOL);
  });

  it("'auto' takes the split form for FIRs of ≥ 4 taps and 182 taps over 10 poles, TDF2 for short or balanced filters", () => {
    const byName = (s: string) => fx.cases.find((c) => c.name.startsWith(s))!;
    for (const name of ['FIR 4 taps', 'FIR 182 taps with random zi', 'FIR 40 taps, a = [1, 0, 0]', '182 taps over 10 poles', '64 taps over 1 pole']) {
      const c = byName(name);
      expect(new LinearFilterKernel(c.b, c.a).method, name).toBe('split');
    }
    expect(new LinearFilterKernel([0.5, 0.5], [1]).method).toBe('tdf2'); // order 1: specialised loop
    expect(new LinearFilterKernel([1, 2, 1], [1, -0.5, 0.1]).method).toBe('tdf2');
    const bal = Array.from({ length: 11 }, (_, i) => 1 / (i + 1));
    const pol = [1, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001];
    expect(new LinearFilterKernel(bal, pol).method).toBe('tdf2'); // 10 zeros over 10 poles
    expect(new LinearFilterKernel(bal, pol, { method: 'split' }).method).toBe('split');
    expect(new LinearFilterKernel(byName('FIR 182').b, [1], { method: 'tdf2' }).method).toBe('tdf2');
  });
});

describe('LinearFilterKernel: setCoefficients moves between FIR and IIR sets with scipy’s state', () => {
  const { frame, sets, x, y, zf } = fx.live;
  for (const method of methods) {
    it(`method ${method}: FIR → IIR → FIR (a0 = 2) → FIR → IIR, state kept (zf of one set is zi of the next)`, () => {
      const k = new LinearFilterKernel(sets[0]!.b, sets[0]!.a, { method });
      const out = new Float64Array(x.length);
      const forms: string[] = [];
      sets.forEach((s, i) => {
        if (i > 0) k.setCoefficients(s.b, s.a);
        forms.push(k.method);
        k.process(Float64Array.from(x.slice(i * frame, (i + 1) * frame)), out.subarray(i * frame, (i + 1) * frame));
      });
      if (method === 'auto') expect(forms).toEqual(['split', 'split', 'split', 'split', 'split']);
      else expect(forms.every((f) => f === method)).toBe(true);
      for (let i = 0; i < sets.length; i++) {
        const seg = (v: ArrayLike<number>) => Array.prototype.slice.call(v, i * frame, (i + 1) * frame) as number[];
        expect(relToPeak(seg(out), seg(y)), `segment ${i} (${sets[i]!.name})`).toBeLessThanOrEqual(TOL);
      }
      expect(relToPeak(k.getState(), zf)).toBeLessThanOrEqual(TOL);
    });
  }

  it('a change of form keeps the state: TDF2 set (order 3) → FIR (order 3) → TDF2 set, against chained lfilter', () => {
    const iir = { b: [0.1, 0.2, 0.2, 0.1], a: [1, -0.5, 0.25, -0.1] };
    const fir = { b: [0.3, -0.2, 0.5, 0.25], a: [1] };
    const x = randn(3 * 256, 5);
    const k = new LinearFilterKernel(iir.b, iir.a, { method: 'auto' });
    const ys: number[] = [];
    const forms: string[] = [];
    [iir, fir, iir].forEach((s, i) => {
      if (i > 0) k.setCoefficients(s.b, s.a);
      forms.push(k.method);
      ys.push(...k.process(x.subarray(i * 256, (i + 1) * 256)));
    });
    expect(forms).toEqual(['tdf2', 'split', 'tdf2']);
    // reference: scipy's transposed-form loop per segment (method 'tdf2', bit-identical to scipy on the
    // kernels.json fixtures), each segment started from the previous segment's zf
    const ref: number[] = [];
    let z: Float64Array = new Float64Array(3);
    [iir, fir, iir].forEach((s, i) => {
      const seg = new LinearFilterKernel(s.b, s.a, { zi: z, method: 'tdf2' });
      ref.push(...seg.process(x.subarray(i * 256, (i + 1) * 256)));
      z = seg.getState();
    });
    expect(relToPeak(ys, ref)).toBeLessThanOrEqual(TOL);
  });
});

describe('LinearFilterKernel split form: invariants and edge behaviour', () => {
  const unit = (b: ArrayLike<number>, a: ArrayLike<number>, zi?: ArrayLike<number>): StatefulUnit<LinearFilterKernel> => ({
    create: () => new LinearFilterKernel(b, a, { method: 'split', ...(zi === undefined ? {} : { zi }) }),
    process: (k, [x]) => [k.process(x!)],
    reset: (k) => k.reset(),
    copy: (k) => k.copy(),
  });
  const taps = (n: number) => Array.from({ length: n }, (_, i) => Math.sin(0.7 * i + 1) / n);

  it('standard invariants, direct FIR (12 taps, zi given): bit for bit', () => {
    checkStatefulInvariants(unit(taps(12), [1], new Float64Array(11).fill(0.1)), randn(700, 7));
  });

  it('standard invariants, FFT FIR (182 taps, zi given) and 60 taps over 2 poles: within 1e-12 of the peak', () => {
    checkStatefulInvariants(unit(taps(182), [2], new Float64Array(181).fill(0.05)), randn(1500, 8), { rtol: 0, atol: 1e-12 });
    checkStatefulInvariants(unit(taps(60), [1, -1.2, 0.5], new Float64Array(59).fill(0.05)), randn(1500, 9), { rtol: 0, atol: 1e-12 });
  });

  it('writes Float32 output computed in Float64, and filters in place', () => {
    const b = taps(182);
    const x = randn(2048, 3);
    const ref = lfilter(b, [1, -0.5], x).y;
    const y32 = new LinearFilterKernel(b, [1, -0.5]).process(x, new Float32Array(2048));
    expect(y32).toBeInstanceOf(Float32Array);
    for (let i = 0; i < ref.length; i++) expect(y32[i]).toBe(Math.fround(ref[i]!));
    const inPlace = x.slice();
    const k = new LinearFilterKernel(b, [1, -0.5]);
    expect(k.process(inPlace, inPlace)).toBe(inPlace);
    expect(relToPeak(inPlace, ref)).toBeLessThanOrEqual(TOL);
  });

  it('a NaN input of a FIR: NaN outputs stay within the FFT chunk it lands in plus taps − 1, then the output recovers', () => {
    const b = taps(182);
    const k = new LinearFilterKernel(b, [1], { blockSize: 1024 });
    const x = randn(4096, 4);
    x[100] = Number.NaN;
    const y = runFramed(k, x, [1024]);
    expect(Number.isNaN(y[100])).toBe(true);
    expect(Number.isNaN(y[100 + 181])).toBe(true);
    const clean = x.slice();
    clean[100] = 0;
    const ref = lfilter(b, [1], clean).y;
    expect(relToPeak(y.subarray(2048), ref.subarray(2048))).toBeLessThanOrEqual(TOL);
  });

  it('setState/getState round-trip in the split form; reset returns to zi', () => {
    const b = taps(100);
    const zi = randn(99, 11);
    const k = new LinearFilterKernel(b, [1, -0.3], { zi });
    expect(k.method).toBe('split');
    expect(relToPeak(k.getState(), zi)).toBeLessThanOrEqual(1e-15);
    k.process(randn(500, 12));
    const s = k.getState();
    const k2 = new LinearFilterKernel(b, [1, -0.3]);
    k2.setState(s);
    const x = randn(700, 13);
    expect(relToPeak(k2.process(x), k.process(x))).toBeLessThanOrEqual(TOL);
    k.reset();
    expect(relToPeak(k.getState(), zi)).toBeLessThanOrEqual(1e-15);
    expect(() => k.setState(new Float64Array(3))).toThrow(/LinearFilterKernel\.setState: state has length 3, expected 99/);
  });

  it('bad method or blockSize → RangeError naming the option', () => {
    expect(() => new LinearFilterKernel([1], [1], { method: 'fft' as never })).toThrow(
      /LinearFilterKernel: options.method must be 'auto', 'tdf2' or 'split', got fft/,
    );
    expect(() => new LinearFilterKernel([1], [1], { blockSize: 0 })).toThrow(/LinearFilterKernel: options.blockSize must be a positive integer, got 0/);
    expect(() => new LinearFilterKernel([1], [1], { blockSize: 2.5 })).toThrow(RangeError);
  });
});
