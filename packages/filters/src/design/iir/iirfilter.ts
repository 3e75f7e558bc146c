import { baResponseError } from './internal/baResponseError';
import { besselap, type BesselNorm } from './besselap';
import { bilinearZpk } from './bilinearZpk';
import { buttap } from './buttap';
import { cheb1ap } from './cheb1ap';
import { cheb2ap } from './cheb2ap';
import { ellipap } from './ellipap';
import { lp2bpZpk } from './lp2bpZpk';
import { lp2bsZpk } from './lp2bsZpk';
import { lp2hpZpk } from './lp2hpZpk';
import { lp2lpZpk } from './lp2lpZpk';
import type { BA, BandType, IirOutput, ZPK } from './types';
import type { Sos } from '../../types/Sos';
import { checkFinite, checkInt, checkOneOf, checkPositive, describeValue } from '@rxdsp/core';
import { zpk2sos } from './zpk2sos';
import { zpk2tf } from './zpk2tf';

/** IIR family (scipy's `ftype`). */
export type IirFamily = 'butter' | 'cheby1' | 'cheby2' | 'ellip' | 'bessel';

/**
 * A family as scipy's `ftype` accepts it: the {@link IirFamily} names or scipy's aliases ('butterworth', 'cauer',
 * 'elliptic', 'chebyshev1', 'chebyshevi', 'chebyshev2', 'chebyshevii', and for {@link iirfilter} 'bessel_phase',
 * 'bessel_delay', 'bessel_mag', which also set the Bessel norm). Matched case-insensitively, as scipy's iirfilter.
 */
export type IirFamilyInput =
  | IirFamily
  | 'butterworth'
  | 'cauer'
  | 'elliptic'
  | 'chebyshev1'
  | 'chebyshevi'
  | 'chebyshev2'
  | 'chebyshevii'
  | 'bessel_phase'
  | 'bessel_delay'
  | 'bessel_mag';

/** Band type including scipy's short aliases ('low', 'high', 'band', 'stop' …). */
export type BandTypeInput = BandType | 'low' | 'high' | 'band' | 'stop' | 'lp' | 'hp' | 'bp' | 'bs' | 'pass' | 'l' | 'h' | 'bands';

/** The result type of a design for a given `output`. */
export type IirDesign<O extends IirOutput> = O extends 'zpk' ? ZPK : O extends 'sos' ? Sos<number[]> : BA;

/** Options shared by {@link butter}, {@link cheby1}, {@link cheby2}, {@link ellip} and {@link bessel}. */
export interface IirDesignOptions<O extends IirOutput = IirOutput> {
  /** Band type (default 'lowpass'; scipy's aliases 'low', 'l', 'lp', 'high', 'h', 'hp', 'band', 'pass', 'bp', 'stop', 'bands', 'bs' are accepted, in any case). */
  btype?: BandTypeInput;
  /** Sampling rate in Hz: `Wn` is then in Hz (0 < Wn < fs/2). Without it, Wn is normalised to Nyquist (0 < Wn < 1). */
  fs?: number;
  /**
   * Output form: 'ba' (default, as scipy), 'zpk' or 'sos'. Prefer 'sos' for orders above ~8 or narrow bands: a digital
   * 'ba' design whose polynomial no longer holds the response (error above −60 dB re the peak, or an unstable
   * denominator) throws RangeError advising 'sos'.
   */
  output?: O;
  /** Design an analog filter (Wn in rad/s, no `fs`). Default false. */
  analog?: boolean;
}

/** Options of {@link iirfilter}. */
export interface IirFilterOptions<O extends IirOutput = IirOutput> extends IirDesignOptions<O> {
  /** Family (default 'butter'; scipy's aliases such as 'cauer' or 'bessel_delay' are accepted, in any case). */
  ftype?: IirFamilyInput;
  /** Passband ripple in dB (> 0), required for 'cheby1' and 'ellip'. */
  rp?: number;
  /** Stopband attenuation in dB (> 0), required for 'cheby2' and 'ellip'. */
  rs?: number;
  /** Bessel normalisation (default 'phase'). */
  norm?: BesselNorm;
}

const BAND_ALIASES: Record<string, BandType> = {
  lowpass: 'lowpass',
  low: 'lowpass',
  lp: 'lowpass',
  highpass: 'highpass',
  high: 'highpass',
  hp: 'highpass',
  bandpass: 'bandpass',
  band: 'bandpass',
  bp: 'bandpass',
  pass: 'bandpass',
  bandstop: 'bandstop',
  stop: 'bandstop',
  bs: 'bandstop',
  bands: 'bandstop',
  l: 'lowpass',
  h: 'highpass',
};

const FAMILY_ALIASES: Record<string, { family: IirFamily; norm?: BesselNorm }> = {
  butter: { family: 'butter' },
  butterworth: { family: 'butter' },
  cheby1: { family: 'cheby1' },
  chebyshev1: { family: 'cheby1' },
  chebyshevi: { family: 'cheby1' },
  cheby2: { family: 'cheby2' },
  chebyshev2: { family: 'cheby2' },
  chebyshevii: { family: 'cheby2' },
  ellip: { family: 'ellip' },
  elliptic: { family: 'ellip' },
  cauer: { family: 'ellip' },
  bessel: { family: 'bessel' },
  bessel_phase: { family: 'bessel', norm: 'phase' },
  bessel_delay: { family: 'bessel', norm: 'delay' },
  bessel_mag: { family: 'bessel', norm: 'mag' },
};

/** An own property of a lookup table (never an inherited one such as 'constructor'). */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Validates a family (scipy's `ftype`, with its aliases, case-insensitive); `orderSelection` excludes Bessel. */
export function familyType(fn: string, v: unknown, orderSelection = false): { family: IirFamily; norm?: BesselNorm } {
  const names = orderSelection ? `'butter', 'cheby1', 'cheby2' or 'ellip'` : `'butter', 'cheby1', 'cheby2', 'ellip' or 'bessel'`;
  if (typeof v !== 'string') throw new TypeError(`${fn}: ftype must be ${names} (or a scipy alias), got ${describeValue(v)}`);
  const f = own(FAMILY_ALIASES, v.toLowerCase());
  if (f === undefined) throw new RangeError(`${fn}: ftype must be ${names} (or a scipy alias such as 'cauer'), got '${v}'`);
  if (orderSelection && f.family === 'bessel') {
    throw new RangeError(`${fn}: ftype '${v}' has no order selection (use iirfilter or bessel with an explicit order)`);
  }
  return f;
}

/** Validates the output form ('ba' | 'zpk' | 'sos', case-insensitive as scipy). */
export function outputForm(fn: string, v: unknown): IirOutput {
  return checkOneOf(fn, 'output', typeof v === 'string' ? v.toLowerCase() : v, ['ba', 'zpk', 'sos'] as const);
}

/** Validates a band type (with aliases). */
export function bandType(fn: string, v: unknown): BandType {
  if (typeof v !== 'string') throw new TypeError(`${fn}: btype must be 'lowpass', 'highpass', 'bandpass' or 'bandstop', got ${describeValue(v)}`);
  const b = own(BAND_ALIASES, v.toLowerCase());
  if (b === undefined) throw new RangeError(`${fn}: btype must be 'lowpass', 'highpass', 'bandpass' or 'bandstop', got '${v}'`);
  return b;
}

/** Validates the critical frequencies; returns them normalised (digital: to Nyquist; analog: rad/s). */
export function criticalFrequencies(fn: string, Wn: unknown, btype: BandType, fs: number | undefined, analog: boolean, name = 'Wn'): number[] {
  let w: number[];
  if (typeof Wn === 'number') w = [Wn];
  else if (Array.isArray(Wn) || ArrayBuffer.isView(Wn)) w = Array.from(Wn as ArrayLike<number>);
  else throw new TypeError(`${fn}: ${name} must be a number or [low, high], got ${describeValue(Wn)}`);
  w.forEach((x, i) => checkFinite(fn, w.length === 1 ? name : `${name}[${i}]`, x));
  const two = btype === 'bandpass' || btype === 'bandstop';
  if (two && w.length !== 2) {
    throw new RangeError(`${fn}: ${name} must be [low, high] (two band edges) for a ${btype} filter, got ${describeValue(Wn)}`);
  }
  if (!two && w.length !== 1) throw new RangeError(`${fn}: ${name} must be a single frequency for a ${btype} filter, got ${describeValue(Wn)}`);
  const unit = analog ? 'rad/s' : fs === undefined ? '(normalised, 1 = Nyquist)' : 'Hz';
  w.forEach((x, i) => {
    const label = w.length === 1 ? name : `${name}[${i}]`;
    if (!(x > 0)) throw new RangeError(`${fn}: ${label} must be > 0 ${unit}, got ${x}`);
    if (!analog) {
      const nyq = fs === undefined ? 1 : fs / 2;
      if (!(x < nyq)) {
        throw new RangeError(
          fs === undefined
            ? `${fn}: ${label} must be below Nyquist (Wn < 1 in normalised units), got ${x}`
            : `${fn}: ${label} must be below Nyquist (fs/2 = ${nyq} Hz), got ${x} Hz`,
        );
      }
    }
  });
  if (two && !((w[0] as number) < (w[1] as number))) {
    throw new RangeError(`${fn}: ${name} band edges must be increasing (${name}[0] < ${name}[1]), got [${w[0]}, ${w[1]}]`);
  }
  return !analog && fs !== undefined ? w.map((x) => x / (fs / 2)) : w;
}

/**
 * Largest relative error (re the peak magnitude) the `ba` form of a digital design may have: −60 dB.
 * Beyond it the polynomial coefficients no longer hold the response (rounding of the expanded
 * products of poles near each other), and the design functions refuse `output: 'ba'`. The order
 * at which that happens depends on the family, the band type and the band edges: measured against
 * scipy's `sos` response in `fixtures/gen_ba_limits.py` (e.g. Butterworth lowpass 52 at Wn = 0.5
 * but 6 at Wn = 0.01; elliptic 14 at best).
 */
export const BA_MAX_RELATIVE_ERROR = 1e-3;

/** Output conversion; a digital `ba` output that loses the response is refused (see {@link BA_MAX_RELATIVE_ERROR}). */
export function formatOutput<O extends IirOutput>(fn: string, zpk: ZPK, output: unknown, analog: boolean): IirDesign<O> {
  const out = outputForm(fn, output);
  if (out === 'zpk') return zpk as IirDesign<O>;
  if (out === 'sos') return zpk2sos(zpk.z, zpk.p, zpk.k, { analog }) as IirDesign<O>;
  const refuse = (what: string): RangeError =>
    new RangeError(`${fn}: output 'ba' cannot represent this design of ${zpk.p.length} poles accurately (${what}): use output: 'sos' (or 'zpk')`);
  let ba: BA;
  try {
    ba = zpk2tf(zpk.z, zpk.p, zpk.k);
  } catch (err) {
    // the expanded products of many close roots round so far that conjugate pairs no longer cancel
    if (err instanceof RangeError && /complex-conjugate pairs/.test(err.message)) throw refuse('the polynomial expansion lost the conjugate symmetry of its roots');
    throw err;
  }
  if (!analog) {
    const err = baResponseError(ba, zpk);
    if (!(err <= BA_MAX_RELATIVE_ERROR)) {
      throw refuse(Number.isFinite(err) ? `its response is off by up to ${(20 * Math.log10(err)).toFixed(1)} dB re the peak; the limit is −60 dB` : 'its denominator is unstable or its response is not finite');
    }
  }
  return ba as IirDesign<O>;
}

/** Shared IIR design path (scipy's `iirfilter`), with `fn` naming the public caller in errors. */
export function designIir<O extends IirOutput>(fn: string, N: unknown, Wn: unknown, o: IirFilterOptions<O>, defaultBtype: BandType): IirDesign<O> {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new TypeError(`${fn}: options must be an object, got ${describeValue(o)}`);
  // order 0 is scipy's trivial filter: a constant gain (1, or 10^(−rp/20) for cheby1/ellip)
  const n = checkInt(fn, 'N', N, 0);
  const analog = o.analog ?? false;
  if (typeof analog !== 'boolean') throw new TypeError(`${fn}: analog must be a boolean, got ${describeValue(analog)}`);
  const btype = bandType(fn, o.btype ?? defaultBtype);
  const fam = familyType(fn, o.ftype ?? 'butter');
  const ftype = fam.family;
  let fs: number | undefined;
  if (o.fs !== undefined) {
    if (analog) throw new RangeError(`${fn}: fs cannot be given for an analog filter (analog Wn is in rad/s), got fs = ${o.fs}`);
    fs = checkPositive(fn, 'fs', o.fs);
  }
  const output = outputForm(fn, o.output ?? 'ba');
  const wn = criticalFrequencies(fn, Wn, btype, fs, analog);
  let proto: ZPK;
  switch (ftype) {
    case 'butter':
      proto = buttap(n);
      break;
    case 'cheby1': {
      if (o.rp === undefined) throw new TypeError(`${fn}: rp (passband ripple in dB) is required for a Chebyshev type I filter`);
      proto = cheb1ap(n, checkPositive(fn, 'rp', o.rp));
      break;
    }
    case 'cheby2': {
      if (o.rs === undefined) throw new TypeError(`${fn}: rs (stopband attenuation in dB) is required for a Chebyshev type II filter`);
      proto = cheb2ap(n, checkPositive(fn, 'rs', o.rs));
      break;
    }
    case 'ellip': {
      if (o.rp === undefined || o.rs === undefined) {
        throw new TypeError(`${fn}: rp and rs (passband ripple and stopband attenuation in dB) are required for an elliptic filter`);
      }
      const rp = checkPositive(fn, 'rp', o.rp);
      const rs = checkPositive(fn, 'rs', o.rs);
      if (!(rs > rp)) throw new RangeError(`${fn}: rs must exceed rp (stopband attenuation above passband ripple), got rp = ${rp}, rs = ${rs}`);
      proto = ellipap(n, rp, rs);
      break;
    }
    case 'bessel': {
      if (n > 50) throw new RangeError(`${fn}: N must be ≤ 50 for a Bessel design (the root finder is validated up to there), got ${n}`);
      // case-insensitive as scipy (bessel passes ftype = 'bessel_' + norm to iirfilter, which lower-cases it)
      const given: unknown = o.norm;
      const norm = checkOneOf(fn, 'norm', (typeof given === 'string' ? given.toLowerCase() : given) ?? fam.norm ?? 'phase', ['phase', 'delay', 'mag'] as const);
      if (fam.norm !== undefined && norm !== fam.norm) {
        throw new RangeError(`${fn}: norm '${norm}' contradicts ftype '${String(o.ftype)}' (norm '${fam.norm}')`);
      }
      proto = besselap(n, norm);
      break;
    }
  }
  // pre-warp (digital, fs = 2 in normalised units): warped = 2·fs·tan(π·Wn/fs)
  const warped = analog ? wn : wn.map((x) => 4 * Math.tan((Math.PI * x) / 2));
  let zpk: ZPK;
  if (btype === 'lowpass') zpk = lp2lpZpk(proto.z, proto.p, proto.k, warped[0]);
  else if (btype === 'highpass') zpk = lp2hpZpk(proto.z, proto.p, proto.k, warped[0]);
  else {
    const lo = warped[0] as number;
    const hi = warped[1] as number;
    const bw = hi - lo;
    const wo = Math.sqrt(lo * hi);
    zpk = btype === 'bandpass' ? lp2bpZpk(proto.z, proto.p, proto.k, wo, bw) : lp2bsZpk(proto.z, proto.p, proto.k, wo, bw);
  }
  if (!analog) zpk = bilinearZpk(zpk.z, zpk.p, zpk.k, 2);
  checkRepresentable(fn, n, zpk);
  return formatOutput<O>(fn, zpk, output, analog);
}

/** Very high orders overflow the gain (a product of hundreds of factors) or the poles: refused, naming the caller. */
function checkRepresentable(fn: string, n: number, zpk: ZPK): void {
  const bad = !Number.isFinite(zpk.k) ? `its gain k is ${zpk.k}` : [...zpk.z, ...zpk.p].some((v) => !Number.isFinite(v.re) || !Number.isFinite(v.im)) ? 'a pole or zero is not finite' : undefined;
  if (bad !== undefined) {
    throw new RangeError(`${fn}: N = ${n} is too high to design in double precision (${bad}); use a lower order`);
  }
}

/**
 * General IIR design, as scipy's `signal.iirfilter`: analog prototype (`ftype`), frequency transformation to
 * `btype` at the pre-warped critical frequencies, bilinear transform (digital), then `output` form.
 * Note scipy's default band type here is 'bandpass' (the family functions default to 'lowpass').
 *
 * ## Example
 * ```ts
 * import { iirfilter } from '@rxdsp/filters';
 * const sos = iirfilter(6, [1000, 2000], { rp: 0.5, rs: 60, ftype: 'ellip', fs: 48000, output: 'sos' });
 * ```
 * @param N order of the prototype, integer ≥ 0 (band filters have order 2N; 0 gives scipy's trivial filter: a constant gain).
 * @param Wn critical frequency or [low, high]: normalised (0 < Wn < 1, 1 = Nyquist), in Hz with `fs`
 * (0 < Wn < fs/2), or rad/s for analog. For Butterworth the −3 dB point; Chebyshev I/elliptic the passband edge;
 * Chebyshev II the stopband edge; Bessel see `norm`.
 * @param options `{ rp, rs, btype, ftype, fs, output, analog, norm }`.
 * @returns `{ b, a }`, `{ z, p, k }` or sections according to `output`.
 * @throws RangeError/TypeError: order not a non-negative integer; Wn ≤ 0, at/past Nyquist, not increasing or of the
 * wrong count; unknown btype/ftype/output; rp/rs missing or ≤ 0; fs with analog.
 */
export function iirfilter<O extends IirOutput = 'ba'>(N: number, Wn: number | readonly number[], options: IirFilterOptions<O> = {}): IirDesign<O> {
  return designIir<O>('iirfilter', N, Wn, options, 'bandpass');
}
