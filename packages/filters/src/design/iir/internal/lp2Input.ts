// Internal: argument checks shared by the transfer-function forms lp2lp, lp2hp, lp2bp, lp2bs.
// Their zpk forms used to carry the same names, so a call written for those — lp2lp(z, p, k, wo) with roots
// { re, im }, or a zpk object — is recognised and rejected with a TypeError that names the zpk form to use.
import { checkFiniteVector, describeValue } from '@rxdsp/core';

function isZpkObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) && 'z' in v && 'p' in v;
}

function isRoot(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 're' in v && 'im' in v;
}

/**
 * Checks `(b, a)` of `fn` (`'lp2lp'` …) and the argument count, and returns them as Float64Arrays.
 * @param signature the scipy argument list for messages, e.g. `'(b, a, wo)'`.
 */
export function lp2Input(
  fn: string,
  b: unknown,
  a: unknown,
  argCount: number,
  signature: string,
): { b: Float64Array; a: Float64Array } {
  const zpkName = `${fn}Zpk`;
  const zpkSignature = signature.replace('(b, a', '(z, p, k');
  const hint = `${fn} takes transfer-function coefficients ${signature} as scipy.signal.${fn} does; for zeros, poles and gain use ${zpkName}${zpkSignature}`;
  if (isZpkObject(b)) throw new TypeError(`${fn}: b must be an array of numbers, got a zpk object { z, p, k }; ${hint}`);
  for (const [name, v] of [['b', b], ['a', a]] as const) {
    if (Array.isArray(v)) {
      const i = v.findIndex(isRoot);
      if (i >= 0) throw new TypeError(`${fn}: ${name}[${i}] is a complex root { re, im }, not a coefficient; ${hint}`);
    }
  }
  const maxArgs = signature.split(',').length;
  if (argCount > maxArgs) {
    throw new TypeError(`${fn}: expected at most ${maxArgs} arguments ${signature}, got ${argCount}; ${hint}`);
  }
  if (typeof a === 'object' && a !== null && !Array.isArray(a) && !ArrayBuffer.isView(a)) {
    throw new TypeError(`${fn}: a must be an array of numbers, got ${describeValue(a)}; ${hint}`);
  }
  return { b: checkFiniteVector(fn, 'b', b, { scalar: true }), a: checkFiniteVector(fn, 'a', a, { scalar: true }) };
}

/** Pascal's triangle: rows C(n, 0..n) for n = 0..max, exact while the values stay below 2^53 (every n ≤ 56). */
export function binomialRows(max: number): Float64Array[] {
  const rows: Float64Array[] = [Float64Array.of(1)];
  for (let n = 1; n <= max; n++) {
    const prev = rows[n - 1] as Float64Array;
    const row = new Float64Array(n + 1);
    row[0] = 1;
    row[n] = 1;
    for (let k = 1; k < n; k++) row[k] = (prev[k - 1] as number) + (prev[k] as number);
    rows.push(row);
  }
  return rows;
}
