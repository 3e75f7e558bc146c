// Internal: the shared parts of buttord, cheb1ord, cheb2ord and ellipord (scipy's _validate_wp_ws, _pre_warp,
// _find_nat_freq with its bandstop edge optimisation, band_stop_obj and _postprocess_wn).
import { acoshAccurate, log10Accurate } from './accurateMath';
import { ellipk } from '../ellipk';
import { fminbound } from './fminbound';
import { checkFinite, checkPositive, describeValue } from '@rxdsp/core';

export type OrderKind = 'butter' | 'cheby' | 'ellip';

/** Options of the order-selection functions. */
export interface OrderOptions {
  /** Sampling rate in Hz: wp and ws are then in Hz (below fs/2), and so is the returned wn. */
  fs?: number;
  /** Analog design: wp, ws and wn in rad/s. Default false. */
  analog?: boolean;
}

/** Result of an order-selection function. */
export interface OrderResult {
  /** The lowest order that meets the specification. */
  order: number;
  /** The natural (critical) frequency or [low, high] to pass to the design function, in the units of wp. */
  wn: number | [number, number];
}

/** Filter type code as scipy: 1 lowpass, 2 highpass, 3 bandstop, 4 bandpass. */
export interface OrderSetup {
  passb: number[];
  stopb: number[];
  type: 1 | 2 | 3 | 4;
  gpass: number;
  gstop: number;
  analog: boolean;
  fs: number | undefined;
}

function edges(fn: string, name: string, v: unknown): number[] {
  let w: number[];
  if (typeof v === 'number') w = [v];
  else if (Array.isArray(v) || ArrayBuffer.isView(v)) w = Array.from(v as ArrayLike<number>);
  else throw new TypeError(`${fn}: ${name} must be a number or [low, high], got ${describeValue(v)}`);
  if (w.length !== 1 && w.length !== 2) throw new RangeError(`${fn}: ${name} must have one or two band edges, got ${w.length}`);
  w.forEach((x, i) => checkFinite(fn, w.length === 1 ? name : `${name}[${i}]`, x));
  return w;
}

/** Validates the arguments and pre-warps the edges (digital: tan(π·w/2) with w normalised to Nyquist). */
export function setupOrder(fn: string, wp: unknown, ws: unknown, gpass: unknown, gstop: unknown, options: OrderOptions | undefined): OrderSetup {
  const o = options ?? {};
  if (typeof o !== 'object' || o === null) throw new TypeError(`${fn}: options must be an object, got ${describeValue(o)}`);
  const gp = checkPositive(fn, 'gpass', gpass);
  const gs = checkPositive(fn, 'gstop', gstop);
  if (!(gp < gs)) throw new RangeError(`${fn}: gpass must be less than gstop (passband loss below stopband attenuation), got gpass = ${gp} dB, gstop = ${gs} dB`);
  const analog = o.analog ?? false;
  if (typeof analog !== 'boolean') throw new TypeError(`${fn}: analog must be a boolean, got ${describeValue(analog)}`);
  let fs: number | undefined;
  if (o.fs !== undefined) {
    if (analog) throw new RangeError(`${fn}: fs cannot be given for an analog filter, got fs = ${o.fs}`);
    fs = checkPositive(fn, 'fs', o.fs);
  }
  let p = edges(fn, 'wp', wp);
  let s = edges(fn, 'ws', ws);
  if (p.length !== s.length) throw new RangeError(`${fn}: wp and ws must both have one or both have two band edges, got ${p.length} and ${s.length}`);
  const nyq = fs === undefined ? 1 : fs / 2;
  const unit = analog ? ' rad/s' : fs === undefined ? '' : ' Hz';
  for (const [name, list] of [['wp', p], ['ws', s]] as const) {
    list.forEach((x, i) => {
      const label = list.length === 1 ? name : `${name}[${i}]`;
      if (!(x > 0)) throw new RangeError(`${fn}: ${label} must be > 0, got ${x}${unit}`);
      if (!analog && !(x < nyq)) {
        throw new RangeError(`${fn}: ${label} must be below Nyquist (${fs === undefined ? '1 in normalised units' : `fs/2 = ${nyq} Hz`}), got ${x}${unit}`);
      }
    });
  }
  let type: 1 | 2 | 3 | 4;
  if (p.length === 1) {
    type = (p[0] as number) >= (s[0] as number) ? 2 : 1;
    if (p[0] === s[0]) throw new RangeError(`${fn}: wp and ws must differ (a transition band of zero width), got ${p[0]}${unit}`);
  } else {
    const [p0, p1] = p as [number, number];
    const [s0, s1] = s as [number, number];
    if (!(p0 < p1)) throw new RangeError(`${fn}: wp must be increasing, got [${p0}, ${p1}]`);
    if (!(s0 < s1)) throw new RangeError(`${fn}: ws must be increasing, got [${s0}, ${s1}]`);
    if (s0 < p0 && p1 < s1) type = 4;
    else if (p0 < s0 && s1 < p1) type = 3;
    else {
      throw new RangeError(
        `${fn}: the passband must lie strictly inside the stopband (bandpass) or the stopband strictly inside the passband (bandstop), got wp = [${p0}, ${p1}], ws = [${s0}, ${s1}]`,
      );
    }
  }
  if (fs !== undefined) {
    p = p.map((x) => (2 * x) / fs);
    s = s.map((x) => (2 * x) / fs);
  }
  const warp = (x: number): number => (analog ? x * 1 : Math.tan((Math.PI * x) / 2));
  return { passb: p.map(warp), stopb: s.map(warp), type, gpass: gp, gstop: gs, analog, fs };
}

function minAbs(v: number[]): number {
  return Math.min(...v.map(Math.abs));
}

/** scipy's band_stop_obj: the (non-integer) order needed with passband edge `ind` moved to `wp`. */
export function bandStopObj(wp: number, ind: 0 | 1, passb: number[], stopb: number[], gpass: number, gstop: number, kind: OrderKind): number {
  const pc = [...passb];
  pc[ind] = wp;
  const p0 = pc[0] as number;
  const p1 = pc[1] as number;
  const nat = minAbs(stopb.map((s) => (s * (p0 - p1)) / (s * s - p0 * p1)));
  if (kind === 'butter') {
    const GSTOP = 10 ** (0.1 * Math.abs(gstop));
    const GPASS = 10 ** (0.1 * Math.abs(gpass));
    return log10Accurate((GSTOP - 1) / (GPASS - 1)) / (2 * log10Accurate(nat));
  }
  if (kind === 'cheby') {
    const GSTOP = 10 ** (0.1 * Math.abs(gstop));
    const GPASS = 10 ** (0.1 * Math.abs(gpass));
    return acoshAccurate(Math.sqrt((GSTOP - 1) / (GPASS - 1))) / acoshAccurate(nat);
  }
  const GSTOP = 10 ** (0.1 * gstop);
  const GPASS = 10 ** (0.1 * gpass);
  const arg1 = Math.sqrt((GPASS - 1) / (GSTOP - 1));
  const arg0 = 1 / nat;
  const d0 = [ellipk(arg0 ** 2), ellipk(1 - arg0 ** 2)] as const;
  const d1 = [ellipk(arg1 ** 2), ellipk(1 - arg1 ** 2)] as const;
  return (d0[0] * d1[1]) / (d0[1] * d1[0]);
}

/** scipy's _find_nat_freq: the lowpass-prototype stopband edge, optimising the bandstop passband edges. */
export function findNatFreq(s: OrderSetup, kind: OrderKind): { nat: number; passb: number[] } {
  const passb = [...s.passb];
  const stopb = s.stopb;
  let nat: number;
  if (s.type === 1) nat = (stopb[0] as number) / (passb[0] as number);
  else if (s.type === 2) nat = (passb[0] as number) / (stopb[0] as number);
  else if (s.type === 3) {
    // both searches start from the original edges (scipy ≥ 1.14 assigns the optimised edges only afterwards)
    const orig = [...passb];
    passb[0] = fminbound((w) => bandStopObj(w, 0, orig, stopb, s.gpass, s.gstop, kind), orig[0] as number, (stopb[0] as number) - 1e-12);
    passb[1] = fminbound((w) => bandStopObj(w, 1, orig, stopb, s.gpass, s.gstop, kind), (stopb[1] as number) + 1e-12, orig[1] as number);
    const p0 = passb[0] as number;
    const p1 = passb[1] as number;
    nat = minAbs(stopb.map((x) => (x * (p0 - p1)) / (x * x - p0 * p1)));
  } else {
    const p0 = passb[0] as number;
    const p1 = passb[1] as number;
    nat = minAbs(stopb.map((x) => (x * x - p0 * p1) / (x * (p0 - p1))));
  }
  return { nat, passb };
}

/** scipy's _postprocess_wn: un-warp (digital) and scale to Hz when fs was given. */
export function postprocessWn(WN: number[], s: OrderSetup): number | [number, number] {
  let wn = s.analog ? WN : WN.map((x) => (Math.atan(x) * 2) / Math.PI);
  if (s.fs !== undefined) {
    const f = s.fs;
    wn = wn.map((x) => (x * f) / 2);
  }
  return wn.length === 1 ? (wn[0] as number) : [wn[0] as number, wn[1] as number];
}

/** Ceil of a computed order, checked to be a usable positive integer. */
export function orderFromReal(fn: string, x: number): number {
  const n = Math.ceil(x);
  if (!Number.isFinite(n)) throw new RangeError(`${fn}: the specification gives no finite order (got ${x}); check wp, ws, gpass and gstop`);
  return n;
}

