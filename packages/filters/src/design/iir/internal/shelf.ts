// Internal: RBJ Audio-EQ-Cookbook shelving biquads (R. Bristow-Johnson), with the Q form of alpha.
import type { BA } from '../types';
import { checkFinite, checkPositive } from '@rxdsp/core';

export function shelf(fn: string, kind: 'low' | 'high', gainDb: number, fc: number, Q: number, fs: number): BA {
  const G = checkFinite(fn, 'gainDb', gainDb);
  const f = checkPositive(fn, 'fs', fs);
  const c = checkFinite(fn, 'fc', fc);
  if (!(c > 0) || !(c < f / 2)) throw new RangeError(`${fn}: fc must lie strictly between 0 and fs/2 = ${f / 2} Hz, got ${c}`);
  const q = checkPositive(fn, 'Q', Q);
  const A = 10 ** (G / 40);
  const w0 = (2 * Math.PI * c) / f;
  const cw = Math.cos(w0);
  const alpha = Math.sin(w0) / (2 * q);
  const s = 2 * Math.sqrt(A) * alpha;
  let b: number[];
  let a: number[];
  if (kind === 'low') {
    b = [A * (A + 1 - (A - 1) * cw + s), 2 * A * (A - 1 - (A + 1) * cw), A * (A + 1 - (A - 1) * cw - s)];
    a = [A + 1 + (A - 1) * cw + s, -2 * (A - 1 + (A + 1) * cw), A + 1 + (A - 1) * cw - s];
  } else {
    b = [A * (A + 1 + (A - 1) * cw + s), -2 * A * (A - 1 + (A + 1) * cw), A * (A + 1 + (A - 1) * cw - s)];
    a = [A + 1 - (A - 1) * cw + s, 2 * (A - 1 - (A + 1) * cw), A + 1 - (A - 1) * cw - s];
  }
  const a0 = a[0] as number;
  return { b: Float64Array.from(b, (x) => x / a0), a: Float64Array.from(a, (x) => x / a0) };
}
