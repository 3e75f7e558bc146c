import type { BA } from './types';
import { checkFinite, checkPositive } from '@rxdsp/core';

/**
 * Peaking (bell) equaliser section of the three-band equaliser, with exactly the course's formula:
 * `μ = 10^(G/20)`, `kq = 4/(1 + μ)·tan(2π·fc/fs / (2Q))`, `Cpk = (1 + kq·μ)/(1 + kq)`,
 * `b = Cpk·[1, −2cos(2π·fc/fs)/(1 + kq·μ), (1 − kq·μ)/(1 + kq·μ)]`,
 * `a = [1, −2cos(2π·fc/fs)/(1 + kq), (1 − kq)/(1 + kq)]`.
 * The gain is exactly G dB at fc and 0 dB at DC and Nyquist (shown in the tests).
 *
 * ## Example
 * ```ts
 * import { peaking, freqz, magnitudeDb } from '@rxdsp/filters';
 * const { b, a } = peaking(6, 1000, 1.4, 48000); // +6 dB bell at 1 kHz
 * magnitudeDb(freqz(b, a, [1000], { fs: 48000 }).h)[0]; // 6
 * ```
 * @param gainDb gain at fc in dB (any finite value; negative cuts).
 * @param fc centre frequency in Hz (0 < fc < fs/2).
 * @param Q quality factor (> 0).
 * @param fs sampling rate in Hz (> 0).
 * @returns `{ b, a }` with `a[0] = 1`. Latency: none (minimum phase for G ≥ 0).
 * @throws RangeError/TypeError for fc outside (0, fs/2), Q ≤ 0, fs ≤ 0 or a non-finite gain.
 */
export function peaking(gainDb: number, fc: number, Q: number, fs: number): BA {
  const fn = 'peaking';
  const G = checkFinite(fn, 'gainDb', gainDb);
  const f = checkPositive(fn, 'fs', fs);
  const c = checkFinite(fn, 'fc', fc);
  if (!(c > 0) || !(c < f / 2)) throw new RangeError(`${fn}: fc must lie strictly between 0 and fs/2 = ${f / 2} Hz, got ${c}`);
  const q = checkPositive(fn, 'Q', Q);
  const mu = 10 ** (G / 20);
  const w = (2 * Math.PI * c) / f;
  const kq = (4 / (1 + mu)) * Math.tan(w / (2 * q));
  const cpk = (1 + kq * mu) / (1 + kq);
  const b1 = (-2 * Math.cos(w)) / (1 + kq * mu);
  const b2 = (1 - kq * mu) / (1 + kq * mu);
  const a1 = (-2 * Math.cos(w)) / (1 + kq);
  const a2 = (1 - kq) / (1 + kq);
  return { b: Float64Array.of(cpk, cpk * b1, cpk * b2), a: Float64Array.of(1, a1, a2) };
}
