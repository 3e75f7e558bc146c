// Internal: validation of sos matrices given to the design-side functions.
import { describeValue } from '@rxdsp/core';

/** Validates an sos matrix (rows of 6 finite numbers, a0 ≠ 0) and returns plain number rows (copied, not normalised). */
export function sosRows(fn: string, sos: unknown, allowEmpty = false): number[][] {
  if (!Array.isArray(sos)) {
    throw new TypeError(`${fn}: sos must be an array of sections [b0, b1, b2, a0, a1, a2], got ${describeValue(sos)}`);
  }
  if (sos.length === 0 && !allowEmpty) throw new RangeError(`${fn}: sos must have at least one section`);
  return sos.map((row: unknown, s) => {
    if (!Array.isArray(row) && !(ArrayBuffer.isView(row) && !(row instanceof DataView))) {
      throw new TypeError(`${fn}: sos[${s}] must be an array of 6 numbers, got ${describeValue(row)}`);
    }
    const r = row as ArrayLike<unknown>;
    if (r.length !== 6) throw new RangeError(`${fn}: sos[${s}] has ${r.length} values, expected 6`);
    const out: number[] = [];
    for (let k = 0; k < 6; k++) {
      const v = r[k];
      if (typeof v !== 'number') throw new TypeError(`${fn}: sos[${s}][${k}] must be a number, got ${describeValue(v)}`);
      if (!Number.isFinite(v)) throw new RangeError(`${fn}: sos[${s}][${k}] must be finite, got ${v}`);
      out.push(v);
    }
    if (out[3] === 0) throw new RangeError(`${fn}: sos[${s}][3] (a0) must be non-zero, got 0`);
    return out;
  });
}
