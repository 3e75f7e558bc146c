import { extendedLength, isTrivialLength, truncateTo, type WindowOptions } from './windowUtils';
import { checkFinite } from '../../validate/validate';

/** Stage 1: the Chebyshev polynomial T_order(β·cos(πk/m)) sampled at the m DFT bins (the window's spectrum). */
function chebyshevSpectrum(m: number, at: number): Float64Array {
  const order = m - 1;
  const beta = Math.cosh(Math.acosh(10 ** (Math.abs(at) / 20)) / order);
  const p = new Float64Array(m);
  const oddSign = 2 * (m % 2) - 1;
  for (let k = 0; k < m; k++) {
    const x = beta * Math.cos((Math.PI * k) / m);
    if (x > 1) p[k] = Math.cosh(order * Math.acosh(x));
    else if (x < -1) p[k] = oddSign * Math.cosh(order * Math.acosh(-x));
    else p[k] = Math.cos(order * Math.acos(x));
  }
  return p;
}

/**
 * Stage 2: the real part of its DFT, taken directly (angles reduced exactly by integer arithmetic); for even m the
 * spectrum is first shifted by half a bin. Returns the half window from the centre outwards.
 */
function halfWindow(p: Float64Array): Float64Array {
  const m = p.length;
  const odd = m % 2 === 1;
  const count = odd ? (m + 1) / 2 : m / 2 + 1;
  const half = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) {
      // odd: cos(2π·jk/m); even: cos(π·k·(2j − 1)/m), the half-bin shift folded in
      const angle = odd ? (2 * Math.PI * ((j * k) % m)) / m : (Math.PI * ((((k * (2 * j - 1)) % (2 * m)) + 2 * m) % (2 * m))) / m;
      s += (p[k] as number) * Math.cos(angle);
    }
    half[j] = s;
  }
  return half;
}

/**
 * The Dolph–Chebyshev window: the narrowest main lobe for a given equiripple sidelobe level `at` dB below it
 * (scipy's `windows.chebwin`, computed as the DFT of a Chebyshev polynomial). Its peak is normalised to 1.
 * scipy warns for `at` below about 45 dB (the noise bandwidth then stops growing monotonically); rxdsp computes the
 * same window without a warning.
 *
 * ## Example
 * ```ts
 * import { chebwin } from '@rxdsp/core';
 * const w = chebwin(51, 100);                // −100 dB sidelobes
 * const p = chebwin(1024, 80, { sym: false });
 * ```
 *
 * @param n - Window length in samples, an integer ≥ 0.
 * @param at - Sidelobe attenuation in dB (its magnitude is used), a finite number.
 * @param options - `sym` (default `true`): symmetric (`true`) or periodic (`false`).
 * @returns A new `Float64Array` of length `n`.
 * @throws RangeError when `n` is not a non-negative integer or `at` is not finite.
 */
export function chebwin(n: number, at: number, options: WindowOptions = {}): Float64Array {
  checkFinite('chebwin', 'at', at);
  if (isTrivialLength('chebwin', n)) return new Float64Array(n).fill(1);
  const m = extendedLength(n, options.sym);
  const half = halfWindow(chebyshevSpectrum(m, at));
  const count = half.length;
  const w = new Float64Array(m);
  if (m % 2 === 1) {
    // [half[count−1] … half[1], half[0], half[1] … half[count−1]]
    for (let j = 0; j < count; j++) {
      w[count - 1 - j] = half[j] as number;
      w[count - 1 + j] = half[j] as number;
    }
  } else {
    // [half[count−1] … half[1], half[1] … half[count−1]]
    for (let j = 1; j < count; j++) {
      w[count - 1 - j] = half[j] as number;
      w[count - 2 + j] = half[j] as number;
    }
  }
  let peak = -Infinity;
  for (let i = 0; i < m; i++) peak = Math.max(peak, w[i] as number);
  for (let i = 0; i < m; i++) w[i] = (w[i] as number) / peak;
  return truncateTo(w, n);
}
