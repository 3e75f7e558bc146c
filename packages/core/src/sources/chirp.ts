import type { Observable } from 'rxjs';
import { generated, generatedConfig, type GeneratedDtype, type GeneratedFrame, type GeneratedOptions } from '../internal/generate';
import { checkFinite, checkOneOf, checkPositive, describeValue } from '../validate/validate';

/** Options of {@link chirp}. `seconds` is required: it is the sweep time `t1`. */
export interface ChirpOptions<D extends GeneratedDtype = 'float64'> extends GeneratedOptions<D> {
  /** Frequency in Hz at t = 0. */
  readonly f0: number;
  /** Frequency in Hz at t = seconds. */
  readonly f1: number;
  /** Sweep duration in seconds (> 0), also the stream length (`round(seconds · sampleRate)` samples). */
  readonly seconds: number;
  /** Frequency law, as in `scipy.signal.chirp` (default `'linear'`). */
  readonly method?: 'linear' | 'quadratic' | 'logarithmic' | 'hyperbolic';
  /** Phase offset in radians (scipy's `phi` is in degrees), default 0. */
  readonly phase?: number;
  /** Quadratic only: the parabola's vertex is at t = 0 (default true) or at t = seconds. */
  readonly vertexZero?: boolean;
}

/**
 * A cold source of a frequency sweep, `amplitude · cos(φ(t) + phase)` with t = n / sampleRate
 * and φ the integral of the instantaneous frequency, exactly as `scipy.signal.chirp(t, f0,
 * seconds, f1, method, phi, vertex_zero)`:
 *
 * - linear: f(t) = f0 + (f1 − f0) · t / t1
 * - quadratic: f(t) = f0 + (f1 − f0) · t² / t1² (vertexZero), or f1 − (f1 − f0)(t1 − t)² / t1²
 * - logarithmic: f(t) = f0 · (f1 / f0)^(t / t1) (f0, f1 of the same sign, non-zero)
 * - hyperbolic: f(t) = f0 · f1 · t1 / ((f0 − f1) · t + f1 · t1) (f0, f1 non-zero)
 *
 * ```text
 * chirp({ frameLength: 4, seconds: 10/sampleRate, … })   →   [c0..c3] [c4..c7] ([c8 c9]|)
 * ```
 *
 * Frames carry `index` and `time` = index / sampleRate; the same signal on every channel; new
 * arrays every frame; the stream completes after `seconds`.
 *
 * ## Example
 * ```ts
 * import { chirp } from '@rxdsp/core';
 * // a 2 s logarithmic sweep 20 Hz → 20 kHz, for measuring a frequency response
 * chirp({ f0: 20, f1: 20000, seconds: 2, method: 'logarithmic', sampleRate: 48000, frameLength: 1024, amplitude: 0.5 })
 *   .subscribe((f) => console.log(f.index));
 * ```
 *
 * @param opts `f0`, `f1` (Hz), `seconds` (> 0), `method`, `phase` (radians), `vertexZero`, and
 *   the common `sampleRate` (Hz > 0), `frameLength` (integer ≥ 1), `amplitude`, `channels`,
 *   `dtype`, `scheduler`.
 */
export function chirp<D extends GeneratedDtype = 'float64'>(opts: ChirpOptions<D>): Observable<GeneratedFrame<D>> {
  const fn = 'chirp';
  const cfg = generatedConfig(fn, opts);
  const f0 = checkFinite(fn, 'f0', opts.f0);
  const f1 = checkFinite(fn, 'f1', opts.f1);
  const t1 = checkPositive(fn, 'seconds', opts.seconds);
  const method = checkOneOf(fn, 'method', opts.method ?? 'linear', ['linear', 'quadratic', 'logarithmic', 'hyperbolic'] as const);
  const phase = opts.phase === undefined ? 0 : checkFinite(fn, 'phase', opts.phase);
  const vertexZero = opts.vertexZero ?? true;
  if (typeof vertexZero !== 'boolean') throw new TypeError(`${fn}: vertexZero must be a boolean, got ${describeValue(vertexZero)}`);
  if (method === 'logarithmic' && !(f0 * f1 > 0)) {
    throw new RangeError(`${fn}: method 'logarithmic' needs f0 and f1 non-zero and of the same sign, got f0 = ${f0}, f1 = ${f1}`);
  }
  if (method === 'hyperbolic' && (f0 === 0 || f1 === 0)) {
    throw new RangeError(`${fn}: method 'hyperbolic' needs f0 and f1 non-zero, got f0 = ${f0}, f1 = ${f1}`);
  }
  const twoPi = 2 * Math.PI;
  let phi: (t: number) => number;
  if (method === 'linear') {
    const beta = (f1 - f0) / t1;
    phi = (t) => twoPi * (f0 * t + 0.5 * beta * t * t);
  } else if (method === 'quadratic') {
    const beta = (f1 - f0) / (t1 * t1);
    phi = vertexZero
      ? (t) => twoPi * (f0 * t + (beta * t * t * t) / 3)
      : (t) => twoPi * (f1 * t + (beta * ((t1 - t) ** 3 - t1 ** 3)) / 3);
  } else if (method === 'logarithmic') {
    if (f0 === f1) phi = (t) => twoPi * f0 * t;
    else {
      const beta = t1 / Math.log(f1 / f0);
      phi = (t) => twoPi * beta * f0 * ((f1 / f0) ** (t / t1) - 1);
    }
  } else if (f0 === f1) {
    phi = (t) => twoPi * f0 * t;
  } else {
    const sing = (-f1 * t1) / (f0 - f1);
    phi = (t) => twoPi * (-sing * f0) * Math.log(Math.abs(1 - t / sing));
  }
  const { amplitude: a, sampleRate: fs } = cfg;
  return generated(cfg, () => (out, start) => {
    const ch0 = out[0] as Float64Array;
    for (let i = 0; i < ch0.length; i++) ch0[i] = a * Math.cos(phi((start + i) / fs) + phase);
    for (let c = 1; c < out.length; c++) (out[c] as Float64Array).set(ch0);
  }) as Observable<GeneratedFrame<D>>;
}
