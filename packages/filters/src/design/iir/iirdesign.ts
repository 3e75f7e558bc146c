import { buttordFor } from './buttord';
import { cheb1ordFor } from './cheb1ord';
import { cheb2ordFor } from './cheb2ord';
import { ellipordFor } from './ellipord';
import { designIir, familyType, type IirDesign, type IirFamilyInput } from './iirfilter';
import { setupOrder } from './internal/orderSelection';
import type { BandType, IirOutput } from './types';
import { describeValue } from '@rxdsp/core';

/** Options of {@link iirdesign}. */
export interface IirdesignOptions<O extends IirOutput = IirOutput> {
  /** Family (default 'ellip', as scipy; scipy's aliases 'butterworth', 'cauer', 'elliptic', 'chebyshev1', 'chebyshevi', 'chebyshev2', 'chebyshevii' are accepted). Bessel has no order selection. */
  ftype?: Exclude<IirFamilyInput, 'bessel' | 'bessel_phase' | 'bessel_delay' | 'bessel_mag'>;
  /** Sampling rate in Hz: wp and ws are then in Hz. */
  fs?: number;
  /** Output form, default 'ba'. */
  output?: O;
  /** Analog design (edges in rad/s). Default false. */
  analog?: boolean;
}

/**
 * Complete IIR design from a specification, as scipy's `signal.iirdesign`: the band type follows from the edges,
 * the order and natural frequency from {@link buttord}/{@link cheb1ord}/{@link cheb2ord}/{@link ellipord}, then
 * the design from {@link iirfilter} with `rp = gpass`, `rs = gstop`.
 *
 * ## Example
 * ```ts
 * import { iirdesign } from '@rxdsp/filters';
 * // bandpass 1–2 kHz, ≤ 1 dB ripple, ≥ 60 dB below 0.8 kHz and above 2.4 kHz, at 16 kHz
 * const sos = iirdesign([1000, 2000], [800, 2400], 1, 60, { fs: 16000, output: 'sos' });
 * ```
 * @param wp passband edge(s): normalised (0, 1), Hz with `fs`, rad/s with `analog`.
 * @param ws stopband edge(s), same units (wp < ws lowpass, wp > ws highpass, wp inside ws bandpass, ws inside wp bandstop).
 * @param gpass maximum passband loss in dB (> 0).
 * @param gstop minimum stopband attenuation in dB (> gpass).
 * @param options `{ ftype = 'ellip', fs, output = 'ba', analog = false }`.
 * @returns the design in the `output` form.
 * @throws RangeError/TypeError for an impossible specification or unknown options.
 */
export function iirdesign<O extends IirOutput = 'ba'>(
  wp: number | readonly number[],
  ws: number | readonly number[],
  gpass: number,
  gstop: number,
  options: IirdesignOptions<O> = {},
): IirDesign<O> {
  const fn = 'iirdesign';
  if (typeof options !== 'object' || options === null) throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
  const ftype = familyType(fn, options.ftype ?? 'ellip', true).family as 'butter' | 'cheby1' | 'cheby2' | 'ellip';
  const orderOpts = { ...(options.fs !== undefined ? { fs: options.fs } : {}), ...(options.analog !== undefined ? { analog: options.analog } : {}) };
  const s = setupOrder(fn, wp, ws, gpass, gstop, orderOpts);
  const btype: BandType = ({ 1: 'lowpass', 2: 'highpass', 3: 'bandstop', 4: 'bandpass' } as const)[s.type];
  const ordfunc = { butter: buttordFor, cheby1: cheb1ordFor, cheby2: cheb2ordFor, ellip: ellipordFor }[ftype];
  const { order, wn } = ordfunc(fn, wp, ws, gpass, gstop, orderOpts);
  return designIir<O>(fn, order, wn, { ...orderOpts, ftype, rp: gpass, rs: gstop, btype, output: (options.output ?? 'ba') as O }, btype);
}
