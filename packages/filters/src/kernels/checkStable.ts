// Internal: the stability check linearFilter and sosFilter run on fixed and live coefficients.
// No root finding: the Schur–Cohn (Jury) step-down recursion for a transfer-function denominator,
// the closed-form second-order conditions for each section of a cascade.

/** What `checkStable` found unstable, for a message. */
export type Instability = { readonly where: string; readonly detail: string };

// Double-double arithmetic (value = hi + lo): the step-down subtracts nearly equal products when
// poles lie close to the unit circle (butter(2, 1e-6): poles 2.2e-6 inside), which in plain doubles
// can push a reflection coefficient of a stable filter past 1. In double-double the recursion is
// exact to about 1e-30, far below the rounding of the coefficients themselves.
type DD = readonly [number, number];
function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}
function twoProd(a: number, b: number): DD {
  const p = a * b;
  const sa = 134217729 * a;
  const ah = sa - (sa - a);
  const sb = 134217729 * b;
  const bh = sb - (sb - b);
  return [p, ah * bh - p + ah * (b - bh) + (a - ah) * bh + (a - ah) * (b - bh)];
}
function ddAdd(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return twoSum(s, e + x[1] + y[1]);
}
function ddMul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return twoSum(p, e + x[0] * y[1] + x[1] * y[0]);
}
function ddDiv(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = ddAdd(x, ddMul(y, [-q1, 0]));
  const q2 = r[0] / y[0];
  return twoSum(q1, q2);
}
const neg = (x: DD): DD => [-x[0], -x[1]];
const ONE: DD = [1, 0];

/**
 * Schur–Cohn step-down test of a monic denominator `a` (`a[0] = 1`, as `normaliseBA` returns it).
 * The polynomial z^n·A(z) has every root strictly inside the unit circle if and only if each
 * reflection coefficient k_m met while reducing the degree from n to 1 has |k_m| < 1, where
 * k_m = p_m[m] and p_{m−1}[i] = (p_m[i] − k_m·p_m[m−i]) / (1 − k_m²) (computed in double-double).
 * A pole on the circle (e.g. `a = [1, −1]`) gives |k| = 1 and counts as unstable.
 * @returns undefined when stable, else the step and the offending reflection coefficient.
 */
function schurCohn(a: Float64Array): Instability | undefined {
  let m = a.length - 1;
  while (m > 0 && a[m] === 0) m--; // trailing zeros: poles at z = 0
  let p: DD[] = Array.from(a.subarray(0, m + 1), (v): DD => [v, 0]);
  for (; m >= 1; m--) {
    const k = p[m] as DD;
    const margin = ddAdd(ONE, k[0] < 0 ? k : neg(k)); // 1 − |k|
    if (!(margin[0] > 0)) {
      return { where: 'a', detail: `Schur–Cohn test: reflection coefficient k${m} = ${k[0] + k[1]}, |k${m}| ≥ 1` };
    }
    const d = ddMul(ddAdd(ONE, neg(k)), ddAdd(ONE, k));
    const q: DD[] = [];
    for (let i = 0; i < m; i++) q.push(ddDiv(ddAdd(p[i] as DD, neg(ddMul(k, p[m - i] as DD))), d));
    p = q;
  }
  return undefined;
}

/** Largest pole radius of one section's denominator z² + a1·z + a2 (closed form, for the message). */
function sectionPoleRadius(a1: number, a2: number): number {
  const disc = a1 * a1 - 4 * a2;
  if (disc < 0) return Math.sqrt(a2);
  const s = Math.sqrt(disc);
  return Math.max(Math.abs((-a1 + s) / 2), Math.abs((-a1 - s) / 2));
}

/**
 * Finds an unstable part of a filter. `{ a }`: a monic transfer-function denominator (Schur–Cohn).
 * `{ sos }`: flattened, a0-normalised sections; a section z² + a1·z + a2 has both poles strictly
 * inside the unit circle if and only if |a2| < 1 and |a1| < 1 + a2 (Jury's conditions for degree 2).
 * @returns undefined for a stable filter.
 */
export function findInstability(c: { readonly a: Float64Array } | { readonly sos: Float64Array }): Instability | undefined {
  if ('a' in c) return schurCohn(c.a);
  for (let s = 0; s * 6 < c.sos.length; s++) {
    const a1 = c.sos[s * 6 + 4] as number;
    const a2 = c.sos[s * 6 + 5] as number;
    if (!(Math.abs(a2) < 1 && Math.abs(a1) < 1 + a2)) {
      return { where: `sos[${s}]`, detail: `pole radius ${sectionPoleRadius(a1, a2)}` };
    }
  }
  return undefined;
}

/**
 * Throws a RangeError naming `fn` when the filter has a pole on or outside the unit circle (its output
 * would grow without bound or ring forever), unless the caller opted out with `allowUnstable: true`.
 */
export function checkStable(fn: string, c: { readonly a: Float64Array } | { readonly sos: Float64Array }): void {
  const bad = findInstability(c);
  if (bad === undefined) return;
  throw new RangeError(
    `${fn}: ${bad.where} has a pole on or outside the unit circle (${bad.detail}): the filter is unstable; pass { allowUnstable: true } to run it anyway`,
  );
}
