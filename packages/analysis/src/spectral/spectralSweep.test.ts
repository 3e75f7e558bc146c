// Randomised scipy parity sweep of the spectral estimators (fixtures/gen_spectral_sweep.py →
// fixtures/spectral_sweep.json): a few hundred cases whose parameters were drawn at random over
// what scipy.signal accepts, plus the inputs scipy rejects or warns on.
//
// Tolerance, per element: |ours − scipy| ≤ RTOL·|scipy| + atol, with an absolute floor sized to
// the data: atol = ATOL_REL·max(peak, P·max(1, 1/fs)) for power outputs, where peak is the
// largest |value| of the expected array and P = √(mean x²·mean y²) the input power (the level a
// white input's density or spectrum has, within a small factor); √ of that for the linear
// outputs (complex and magnitude spectrogram). Bins that are zero up to rounding (a detrended
// DC bin, a one-sample linear detrend) come out as ~1e-32·P in both implementations, but not
// the same ~1e-32·P.
// Ratios (coherence, tfestimate) are checked only where the denominators Pxx (and Pyy) are above
// 1e-6 of that floor's scale, with atol = ATOL_REL·scale/denominator: at a bin whose Pxx is
// rounding noise (the DC bin after detrend 'constant' with a boxcar window) the ratio is 0/0
// in both implementations and any value is "right".
// Angles ('angle', 'phase') are compared modulo 2π with an absolute floor of ATOL_REL·peak/|X|
// (the phase of a bin of magnitude |X| is only defined to rounding/|X|); 'phase' is np.unwrap
// along frequency, so one bin whose angle sits at ±π up to rounding shifts the rest of the row
// by 2π in one implementation and not the other: comparing modulo 2π is the meaningful check.
import { afterAll, describe, expect, it } from 'vitest';
import { WINDOW_NAMES } from '@rxdsp/core';
import { loadFixture } from '@rxdsp/test-utils';
import { coherence } from './coherence';
import { csd } from './csd';
import { periodogram } from './periodogram';
import { spectrogram, type SpectrogramMode } from './spectrogram';
import { tfestimate } from './tfestimate';
import { welch } from './welch';
import type { WelchOptions } from './SpectralOptions';

const stftFixture = loadFixture<{ welchWindows: { opts: WelchOptions }[] }>('../../fixtures/stft.json', import.meta.url);

interface SweepCase {
  fn: 'welch' | 'csd' | 'coherence' | 'tfestimate' | 'periodogram' | 'spectrogram';
  n: number;
  opts: WelchOptions & Record<string, unknown>;
  x: number[];
  y?: number[];
  mode?: SpectrogramMode;
  warn?: string;
  segments?: number;
  f: number[];
  t?: number[];
  shape?: [number, number];
  pxx?: number[];
  cxy?: number[];
  re?: number[];
  im?: number[];
  sxx?: number[];
}
interface RejectCase {
  fn: 'welch' | 'csd' | 'coherence' | 'periodogram' | 'spectrogram';
  n: number;
  opts: Record<string, unknown>;
  param: string;
  scipy: 'raises' | 'warns' | 'ok';
  x: number[];
  y?: number[];
}
interface Sweep {
  scipy: string;
  seed: number;
  counts: Record<string, number>;
  cases: SweepCase[];
  rejects: RejectCase[];
}

const sweep = loadFixture<Sweep>('../../fixtures/spectral_sweep.json', import.meta.url);

const RTOL = 1e-9;
const ATOL_REL = 1e-12;
const worst = { rel: 0, where: '' };

function peakOf(a: ArrayLike<number>): number {
  let p = 0;
  for (let i = 0; i < a.length; i++) p = Math.max(p, Math.abs(a[i]!));
  return p;
}

function flat(rows: readonly ArrayLike<number>[]): number[] {
  const out: number[] = [];
  for (const r of rows) for (let i = 0; i < r.length; i++) out.push(r[i]!);
  return out;
}

function meanSquare(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
  return s / a.length;
}

/**
 * Element-wise check with the tolerance above (atol given, or from the expected array's peak);
 * `skip[i]` leaves element i out. Records the worst relative error among elements above 1e-6·peak and well above the floor.
 */
function check(actual: ArrayLike<number>, expected: ArrayLike<number>, label: string, atol?: number | ((i: number) => number), skip?: (i: number) => boolean): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  const peak = peakOf(expected);
  const tolAt = typeof atol === 'function' ? atol : () => atol ?? ATOL_REL * peak;
  for (let i = 0; i < expected.length; i++) {
    if (skip?.(i)) continue;
    const a = actual[i]!;
    const e = expected[i]!;
    const err = Math.abs(a - e);
    const tol = RTOL * Math.abs(e) + tolAt(i);
    if (!(err <= tol)) {
      throw new Error(`${label}[${i}]: got ${a}, scipy ${e} (|err| ${err.toExponential(3)}, tol ${tol.toExponential(3)})`);
    }
    if (Math.abs(e) > 1e-6 * peak && Math.abs(e) > 1e3 * tolAt(i) && err / Math.abs(e) > worst.rel) {
      worst.rel = err / Math.abs(e);
      worst.where = `${label}[${i}]`;
    }
  }
}

/** Angles modulo 2π; `mag` is |X| per element (for the rounding floor). */
function checkAngles(actual: ArrayLike<number>, expected: ArrayLike<number>, mag: ArrayLike<number>, peak: number, label: string): void {
  expect(actual.length, `${label}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    let d = (actual[i]! - expected[i]!) % (2 * Math.PI);
    if (d > Math.PI) d -= 2 * Math.PI;
    if (d < -Math.PI) d += 2 * Math.PI;
    const tol = RTOL * Math.PI + (ATOL_REL * peak) / Math.max(mag[i]!, 1e-300);
    if (!(Math.abs(d) <= tol)) {
      throw new Error(`${label}[${i}]: got ${actual[i]}, scipy ${expected[i]} (mod 2π error ${d.toExponential(3)}, |X| ${mag[i]})`);
    }
  }
}

function runCase(c: SweepCase): void {
  const x = Float64Array.from(c.x);
  const y = c.y ? Float64Array.from(c.y) : null;
  const label = `${c.fn}${c.mode ? `/${c.mode}` : ''} n=${c.n} ${JSON.stringify({ ...c.opts, window: Array.isArray(c.opts.window) && typeof c.opts.window[0] === 'number' ? `[${c.opts.window.length} samples]` : c.opts.window })}`;
  const fs = (c.opts.fs as number | undefined) ?? 1;
  const power = Math.sqrt(meanSquare(x) * meanSquare(y ?? x)); // P
  const scale = power * Math.max(1, 1 / fs);
  const powerAtol = (expected: ArrayLike<number>): number => ATOL_REL * Math.max(peakOf(expected), scale);
  const linearAtol = (re: ArrayLike<number>, im: ArrayLike<number>): number =>
    ATOL_REL * Math.max(peakOf(re), peakOf(im), Math.sqrt(scale));
  switch (c.fn) {
    case 'welch': {
      const r = welch(x, c.opts);
      check(r.f, c.f, `${label} f`);
      check(r.pxx, c.pxx!, `${label} pxx`, powerAtol(c.pxx!));
      return;
    }
    case 'periodogram': {
      const r = periodogram(x, c.opts);
      check(r.f, c.f, `${label} f`);
      check(r.pxx, c.pxx!, `${label} pxx`, powerAtol(c.pxx!));
      return;
    }
    case 'csd': {
      const r = csd(x, y!, c.opts);
      check(r.f, c.f, `${label} f`);
      // one floor for both parts: the peak |value| of the complex array
      const atol = Math.max(powerAtol(c.re!), powerAtol(c.im!));
      check(r.pxy.re, c.re!, `${label} re`, atol);
      check(r.pxy.im, c.im!, `${label} im`, atol);
      return;
    }
    case 'tfestimate': {
      const r = tfestimate(x, y!, c.opts);
      check(r.f, c.f, `${label} f`);
      const pxx = welch(x, c.opts).pxx; // checked against scipy by the welch cases
      const skip = (k: number): boolean => !(pxx[k]! > 1e-6 * scale);
      const atol = (k: number): number => (ATOL_REL * scale * Math.max(1, Math.hypot(c.re![k]!, c.im![k]!))) / pxx[k]!;
      check(r.txy.re, c.re!, `${label} re`, atol, skip);
      check(r.txy.im, c.im!, `${label} im`, atol, skip);
      return;
    }
    case 'coherence': {
      const r = coherence(x, y!, c.opts);
      check(r.f, c.f, `${label} f`);
      const pxx = welch(x, c.opts).pxx;
      const pyy = welch(y!, c.opts).pxx;
      const d = (k: number): number => Math.min(pxx[k]!, pyy[k]!);
      check(r.cxy, c.cxy!, `${label} cxy`, (k) => (ATOL_REL * scale) / d(k), (k) => !(d(k) > 1e-6 * scale));
      return;
    }
    case 'spectrogram': {
      const [nfreq, nseg] = c.shape!;
      if (c.mode === 'complex') {
        const r = spectrogram(x, { ...c.opts, mode: 'complex' });
        check(r.f, c.f, `${label} f`);
        check(r.t, c.t!, `${label} t`);
        expect(r.sxx.length).toBe(nseg);
        const atol = linearAtol(c.re!, c.im!);
        check(flat(r.sxx.map((z) => z.re)), c.re!, `${label} re`, atol);
        check(flat(r.sxx.map((z) => z.im)), c.im!, `${label} im`, atol);
        return;
      }
      const mode = c.mode ?? 'psd';
      const r = spectrogram(x, { ...c.opts, mode });
      check(r.f, c.f, `${label} f`);
      check(r.t, c.t!, `${label} t`);
      expect(r.sxx.length).toBe(nseg);
      for (const row of r.sxx) expect(row.length).toBe(nfreq);
      if (mode === 'angle' || mode === 'phase') {
        const z = spectrogram(x, { ...c.opts, mode: 'complex' });
        const mag = flat(z.sxx.map((s) => s.re.map((v, k) => Math.hypot(v, s.im[k]!))));
        checkAngles(flat(r.sxx), c.sxx!, mag, Math.max(peakOf(mag), Math.sqrt(scale)), `${label} sxx`);
      } else if (mode === 'magnitude') {
        check(flat(r.sxx), c.sxx!, `${label} sxx`, linearAtol(c.sxx!, []));
      } else {
        check(flat(r.sxx), c.sxx!, `${label} sxx`, powerAtol(c.sxx!));
      }
      return;
    }
  }
}

describe(`spectral sweep vs scipy ${sweep.scipy} (fixtures/gen_spectral_sweep.py, seed ${sweep.seed})`, () => {
  it('covers every estimator and spectrogram mode', () => {
    for (const key of ['welch', 'csd', 'coherence', 'tfestimate', 'periodogram']) expect(sweep.counts[key]).toBeGreaterThanOrEqual(30);
    for (const m of ['psd', 'complex', 'magnitude', 'angle', 'phase']) expect(sweep.counts[`spectrogram/${m}`]).toBeGreaterThanOrEqual(10);
    expect(sweep.cases.length).toBeGreaterThanOrEqual(300);
    // every window name and alias of getWindow, as a name or as the name of a [name, parameter] pair
    const used = new Set<string>();
    for (const c of sweep.cases) {
      const w = c.opts.window;
      if (typeof w === 'string') used.add(w);
      else if (Array.isArray(w) && typeof w[0] === 'string') used.add(w[0]);
    }
    // the windows added in issue 14 are covered by gen_stft.py's welch cases (every name and alias); the
    // Kaiser–Bessel-derived window exists only in symmetric form, which no spectral estimator takes (scipy refuses too)
    for (const c of stftFixture.welchWindows) {
      const w = c.opts.window;
      used.add(typeof w === 'string' ? w : (w as [string])[0]);
    }
    const symmetricOnly = ['kaiser_bessel_derived', 'kaiser bessel derived', 'kbd'];
    expect(WINDOW_NAMES.filter((n) => !used.has(n) && !symmetricOnly.includes(n))).toEqual([]);
    expect(() => welch(new Float64Array(64), { window: ['kbd', 4], nperseg: 16 })).toThrow(/welch: window: kaiserBesselDerived: the window is only defined in its symmetric form/);
    expect(sweep.cases.some((c) => Array.isArray(c.opts.window) && typeof c.opts.window[0] === 'number')).toBe(true);
    const medianSegs = new Set(sweep.cases.filter((c) => c.segments !== undefined).map((c) => c.segments! % 2));
    expect([...medianSegs].sort()).toEqual([0, 1]);
  });

  const groups = new Map<string, SweepCase[]>();
  for (const c of sweep.cases) {
    const key = c.fn + (c.mode ? `/${c.mode}` : '');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const [key, cs] of groups) {
    it(`${key}: ${cs.length} random cases within ${RTOL} relative (+ the data-sized floor)`, () => {
      for (const c of cs) runCase(c);
    });
  }

  it('the default nperseg (256) on a short signal is clipped to its length, as scipy (which warns)', () => {
    const warned = sweep.cases.filter((c) => c.warn === 'nperseg');
    expect(warned.length).toBe(3);
    for (const c of warned) runCase(c);
  });

  afterAll(() => console.log(`spectral sweep: ${sweep.cases.length} cases, worst relative error ${worst.rel.toExponential(2)} (${worst.where})`));
});

describe('spectral sweep: inputs scipy rejects or warns on', () => {
  const call = (r: RejectCase): unknown => {
    const x = Float64Array.from(r.x);
    const y = r.y ? Float64Array.from(r.y) : x;
    const o = r.opts as never;
    switch (r.fn) {
      case 'welch':
        return welch(x, o);
      case 'csd':
        return csd(x, y, o);
      case 'coherence':
        return coherence(x, y, o);
      case 'periodogram':
        return periodogram(x, o);
      case 'spectrogram':
        return spectrogram(x, o);
    }
  };
  for (const r of sweep.rejects) {
    if ((r.fn === 'csd' || r.fn === 'coherence') && r.y && r.y.length !== r.x.length) {
      // scipy zero-pads the shorter input; since issue 14 rxdsp does too (golden values: gen_stft.py, csd/coherence tests)
      it(`${r.fn} ${JSON.stringify(r.opts)} (x ${r.x.length}, y ${r.y.length}): scipy ${r.scipy}; accepted, the shorter zero-padded`, () => {
        expect(() => call(r)).not.toThrow();
        if (r.fn === 'csd') {
          const n = Math.max(r.x.length, r.y!.length);
          const pad = (v: number[]): Float64Array => {
            const out = new Float64Array(n);
            out.set(v);
            return out;
          };
          expect(call(r)).toEqual(csd(pad(r.x), pad(r.y!), r.opts as never));
        }
      });
      continue;
    }
    it(`${r.fn} ${JSON.stringify(r.opts)}${r.y && r.y.length !== r.x.length ? ` (x ${r.x.length}, y ${r.y.length})` : ''}: scipy ${r.scipy}; RangeError naming ${r.param}`, () => {
      let err: unknown;
      try {
        call(r);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RangeError);
      const msg = (err as Error).message;
      expect(msg.startsWith(`${r.fn}: `), msg).toBe(true);
      expect(msg, msg).toMatch(new RegExp(`\\b${r.param}\\b`));
    });
  }
});
