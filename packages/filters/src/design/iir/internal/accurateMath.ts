// Internal: correctly rounded (in all but astronomically rare cases) acosh and log10, computed in double-double
// arithmetic. scipy's order-selection objective evaluates numpy's arccosh/log10 (SIMD implementations that round
// correctly where the C library and V8 can be one ulp off); its bounded minimisation walks a kinked objective, so
// one ulp can change a parabolic step and move the optimised band edge by up to fminbound's xatol (1e−5).
// Matching numpy's correctly rounded values keeps buttord/cheb1ord/cheb2ord/ellipord identical to scipy's.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function split(a: number): DD {
  const t = 134217729 * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = twoSum(s, e + t);
  return twoSum(s2, e2 + f);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, mul(b, [-q2, 0]));
  const q3 = r2[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

function sqrtDD(a: DD): DD {
  const s = Math.sqrt(a[0]);
  if (s === 0) return [0, 0];
  const r = add(a, mul([-s, 0], [s, 0]));
  return twoSum(s, r[0] / (2 * s));
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const LN10: DD = [2.302585092994046, -2.1707562233822494e-16];

/** Natural log of a positive double-double, in double-double. */
function logDD(y: DD): DD {
  // y = m·2^k with m in [√½, √2)
  let k = Math.floor(Math.log2(y[0]));
  let m: DD = [y[0] / 2 ** k, y[1] / 2 ** k];
  if (m[0] >= Math.SQRT2) {
    m = [m[0] / 2, m[1] / 2];
    k += 1;
  } else if (m[0] < Math.SQRT1_2) {
    m = [m[0] * 2, m[1] * 2];
    k -= 1;
  }
  // log m = 2·atanh(s), s = (m − 1)/(m + 1): 2(s + s³/3 + s⁵/5 + …)
  const s = div(add(m, [-1, 0]), add(m, [1, 0]));
  const s2 = mul(s, s);
  let term = s;
  let sum = s;
  for (let n = 3; n < 200; n += 2) {
    term = mul(term, s2);
    const t = div(term, [n, 0]);
    sum = add(sum, t);
    if (Math.abs(t[0]) < 1e-34 * Math.abs(sum[0])) break;
  }
  return add(mul([k, 0], LN2), [2 * sum[0], 2 * sum[1]]);
}

/** acosh(x) for x ≥ 1, correctly rounded except in extremely rare cases. */
export function acoshAccurate(x: number): number {
  if (!(x >= 1)) return Number.NaN;
  if (x === 1) return 0;
  if (!Number.isFinite(x)) return x;
  if (x > 1e150) return Math.acosh(x);
  // x² − 1 = (x − 1)(x + 1) exactly in double-double
  const xm1 = twoSum(x, -1);
  const xp1 = twoSum(x, 1);
  const r = sqrtDD(mul(xm1, xp1));
  const y = add([x, 0], r);
  const l = logDD(y);
  return l[0] + l[1];
}

/** log10(x) for x > 0, correctly rounded except in extremely rare cases. */
export function log10Accurate(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log10(x);
  const l = div(logDD([x, 0]), LN10);
  return l[0] + l[1];
}
