// Internal: the stability check linearFilter and sosFilter run on fixed and live coefficients.
// No root finding: the Schur–Cohn (Jury) step-down recursion for a transfer-function denominator,
// the closed-form second-order conditions for each section of a cascade.

/** What `checkStable` found unstable, for a message. */
export type Instability = { readonly where: string; readonly detail: string };

/**
 * Schur–Cohn step-down test of a monic denominator `a` (`a[0] = 1`, as `normaliseBA` returns it).
 * The polynomial z^n·A(z) has every root strictly inside the unit circle if and only if each
 * reflection coefficient k_m met while reducing the degree from n to 1 has |k_m| < 1, where
 * k_m = p_m[m] and p_{m−1}[i] = (p_m[i] − k_m·p_m[m−i]) / (1 − k_m²). A pole on the circle
 * (e.g. `a = [1, −1]`) gives |k| = 1 and counts as unstable.
 * @returns undefined when stable, else the step and the offending reflection coefficient.
 */
function schurCohn(a: Float64Array): Instability | undefined {
  let m = a.length - 1;
  while (m > 0 && a[m] === 0) m--; // trailing zeros: poles at z = 0
  let p = a.slice(0, m + 1);
  for (; m >= 1; m--) {
    const k = p[m] as number;
    if (!(Math.abs(k) < 1)) {
      return { where: 'a', detail: `Schur–Cohn test: reflection coefficient k${m} = ${k}, |k${m}| ≥ 1` };
    }
    const d = (1 - k) * (1 + k);
    const q = new Float64Array(m);
    for (let i = 0; i < m; i++) q[i] = ((p[i] as number) - k * (p[m - i] as number)) / d;
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
