import type { Observable } from 'rxjs';
import { generated, generatedConfig, type GeneratedDtype, type GeneratedFrame, type GeneratedOptions } from '../internal/generate';
import { xoshiro128ss } from '../internal/prng';
import { checkOneOf, describeValue } from '../validate/validate';

/** Options of {@link whiteNoise}. */
export interface WhiteNoiseOptions<D extends GeneratedDtype = 'float64'> extends GeneratedOptions<D> {
  /** Seed (any integer; used modulo 2^32): the same seed gives the same samples. */
  readonly seed: number;
  /**
   * `'uniform'` (default): uniform in [−amplitude, amplitude); `'gaussian'`: normal with mean 0
   * and standard deviation `amplitude`.
   */
  readonly distribution?: 'uniform' | 'gaussian';
}

/**
 * A cold source of seeded, reproducible white noise (independent samples, flat spectrum), for
 * exercising filters and measuring responses.
 *
 * ```text
 * whiteNoise({ seed: 1, frameLength: 4, seconds: 10/sampleRate })   →   [w0..w3] [w4..w7] ([w8 w9]|)
 * ```
 *
 * Samples come from xoshiro128** seeded with `seed`, drawn in time order and, at each instant,
 * channel by channel, so the signal depends only on `seed`, `channels`, `distribution` and
 * `amplitude`: not on `frameLength`, nor on the scheduler. Channels are independent. Gaussian
 * samples use the Box–Muller transform. Every subscription restarts the sequence (cold).
 * With `dtype: 'int16'` the values are rounded and saturated, so pick the amplitude with
 * headroom (the default standard deviation of gaussian noise is a quarter of full scale).
 * Endless unless `seconds` is given.
 *
 * ## Example
 * ```ts
 * import { whiteNoise } from '@rxdsp/core';
 * whiteNoise({ seed: 42, distribution: 'gaussian', amplitude: 0.1, sampleRate: 48000, frameLength: 480, seconds: 1 })
 *   .subscribe((f) => console.log(f.index));
 * ```
 *
 * @param opts `seed` (integer), `distribution`, `amplitude` (uniform: half-range; gaussian:
 *   standard deviation; output units; default full scale for uniform, ¼ of it for gaussian) and
 *   the common `sampleRate` (Hz > 0), `frameLength` (integer ≥ 1), `seconds`, `channels`,
 *   `dtype`, `scheduler`.
 */
export function whiteNoise<D extends GeneratedDtype = 'float64'>(opts: WhiteNoiseOptions<D>): Observable<GeneratedFrame<D>> {
  const fn = 'whiteNoise';
  const cfg0 = generatedConfig(fn, opts);
  if (typeof opts.seed !== 'number' || !Number.isInteger(opts.seed)) {
    throw new TypeError(`${fn}: seed must be an integer, got ${describeValue(opts.seed)}`);
  }
  const seed = opts.seed;
  const distribution = checkOneOf(fn, 'distribution', opts.distribution ?? 'uniform', ['uniform', 'gaussian'] as const);
  const cfg = distribution === 'gaussian' && opts.amplitude === undefined ? { ...cfg0, amplitude: cfg0.amplitude / 4 } : cfg0;
  const a = cfg.amplitude;
  return generated(cfg, () => {
    const u = xoshiro128ss(seed);
    let spare = Number.NaN;
    const next =
      distribution === 'uniform'
        ? () => a * (2 * u() - 1)
        : () => {
            if (!Number.isNaN(spare)) {
              const s = spare;
              spare = Number.NaN;
              return s;
            }
            const r = Math.sqrt(-2 * Math.log(1 - u())); // 1 − u ∈ (0, 1]: log is finite
            const th = 2 * Math.PI * u();
            spare = a * r * Math.sin(th);
            return a * r * Math.cos(th);
          };
    return (out) => {
      const n = (out[0] as Float64Array).length;
      const nch = out.length;
      for (let i = 0; i < n; i++) for (let c = 0; c < nch; c++) (out[c] as Float64Array)[i] = next();
    };
  }) as Observable<GeneratedFrame<D>>;
}
