// Second-order sections as the filters use them: checked and flattened with every row divided by its a0
// (internal to @rxdsp/filters; the checks are core's).
import { checkFiniteVector, describeValue } from '@rxdsp/core';

/**
 * Validates an sos matrix (rows `[b0, b1, b2, a0, a1, a2]`, finite, `a0 ≠ 0`) and returns it flattened
 * row-major with every row divided by its `a0` (scipy requires `a0 = 1`; rxdsp normalises instead).
 * @param fn the public function the user called (named in error messages).
 */
export function normaliseSos(fn: string, sos: unknown): Float64Array {
  if (!Array.isArray(sos) && !ArrayBuffer.isView(sos)) {
    throw new TypeError(`${fn}: sos must be an array of sections [b0, b1, b2, a0, a1, a2], got ${describeValue(sos)}`);
  }
  const rows = sos as unknown as ArrayLike<unknown>;
  if (rows.length === 0) throw new RangeError(`${fn}: sos must have at least one section, got ${describeValue(sos)}`);
  const out = new Float64Array(rows.length * 6);
  for (let s = 0; s < rows.length; s++) {
    const row = rows[s];
    if (!Array.isArray(row) && !ArrayBuffer.isView(row)) {
      throw new TypeError(`${fn}: sos[${s}] must be an array of 6 numbers, got ${describeValue(row)}`);
    }
    const len = (row as unknown as ArrayLike<unknown>).length;
    if (len !== 6) throw new RangeError(`${fn}: sos[${s}] has ${len} values, expected 6`);
    const r = checkFiniteVector(fn, `sos[${s}]`, row);
    const a0 = r[3] as number;
    if (a0 === 0) throw new RangeError(`${fn}: sos[${s}][3] (a0) must be non-zero, got 0`);
    for (let k = 0; k < 6; k++) out[s * 6 + k] = (r[k] as number) / a0;
    out[s * 6 + 3] = 1;
  }
  return out;
}
