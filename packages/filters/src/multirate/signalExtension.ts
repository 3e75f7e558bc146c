// Internal: the signal-extension modes of scipy's upfirdn (`mode`) — the value of x[i] for an index outside
// 0 … n − 1 — and the edge extensions of filtfilt (odd_ext, even_ext, const_ext).

/** scipy upfirdn's extension modes (all nine of scipy's `mode` values). */
export type ExtensionMode =
  | 'constant'
  | 'edge'
  | 'wrap'
  | 'symmetric'
  | 'reflect'
  | 'antisymmetric'
  | 'antireflect'
  | 'line'
  | 'smooth';

export const EXTENSION_MODES = ['constant', 'edge', 'wrap', 'symmetric', 'reflect', 'antisymmetric', 'antireflect', 'line', 'smooth'] as const;

/** The modes that need at least two samples (scipy reads past the end of a 1-sample x or divides by zero). */
export const TWO_SAMPLE_MODES: readonly ExtensionMode[] = ['reflect', 'antireflect', 'smooth'];

/** Positive remainder. */
function mod(i: number, p: number): number {
  const r = i % p;
  return r < 0 ? r + p : r;
}

/**
 * x[i] for any integer i under `mode` (checked against scipy for every mode, n ≥ 1; 'reflect', 'antireflect'
 * and 'smooth' need n ≥ 2):
 * constant → cval; edge → the end sample; wrap → periodic; symmetric → mirrored with the end repeated
 * (period 2n); reflect → mirrored about the end sample (period 2n − 2); antisymmetric → symmetric with the
 * sign flipped on the mirrored half; antireflect → reflect's pattern point-mirrored about the end samples
 * (x[n − 1 + k] = 2·x[n − 1] − x[n − 1 − k], x[−k] = 2·x[0] − x[k]), so each further period of 2n − 2 adds
 * 2·(x[n − 1] − x[0]), as scipy; line → the straight line through x[0] and x[n − 1]; smooth → the straight
 * line through the two end samples on each side (slope x[1] − x[0] on the left, x[n − 1] − x[n − 2] on the right).
 */
export function extendedSample(x: ArrayLike<number>, i: number, mode: ExtensionMode, cval: number): number {
  const n = x.length;
  if (i >= 0 && i < n) return x[i] as number;
  switch (mode) {
    case 'constant':
      return cval;
    case 'edge':
      return (i < 0 ? x[0] : x[n - 1]) as number;
    case 'wrap':
      return x[mod(i, n)] as number;
    case 'symmetric': {
      const j = mod(i, 2 * n);
      return (j < n ? x[j] : x[2 * n - 1 - j]) as number;
    }
    case 'reflect': {
      const j = mod(i, 2 * n - 2);
      return (j < n ? x[j] : x[2 * n - 2 - j]) as number;
    }
    case 'antisymmetric': {
      const j = mod(i, 2 * n);
      return j < n ? (x[j] as number) : -(x[2 * n - 1 - j] as number);
    }
    case 'antireflect': {
      const p = 2 * n - 2;
      const j = mod(i, p);
      const last = x[n - 1] as number;
      const base = j < n ? (x[j] as number) : 2 * last - (x[p - j] as number);
      return base + ((i - j) / p) * 2 * (last - (x[0] as number));
    }
    case 'smooth': {
      if (i < 0) return (x[0] as number) + i * ((x[1] as number) - (x[0] as number));
      const last = x[n - 1] as number;
      return last + (i - n + 1) * (last - (x[n - 2] as number));
    }
    case 'line': {
      const x0 = x[0] as number;
      const slope = n > 1 ? ((x[n - 1] as number) - x0) / (n - 1) : 0;
      return x0 + i * slope;
    }
  }
}

/** filtfilt's edge extensions (scipy's `odd_ext`, `even_ext`, `const_ext`), `edge` samples on each side (edge ≤ n − 1). */
export function edgeExtend(x: ArrayLike<number>, edge: number, padtype: 'odd' | 'even' | 'constant'): Float64Array {
  const n = x.length;
  const out = new Float64Array(n + 2 * edge);
  const first = x[0] as number;
  const last = x[n - 1] as number;
  for (let k = 1; k <= edge; k++) {
    const l = x[k] as number; // mirror of x[0]
    const r = x[n - 1 - k] as number; // mirror of x[n − 1]
    let left: number;
    let right: number;
    if (padtype === 'odd') {
      left = 2 * first - l;
      right = 2 * last - r;
    } else if (padtype === 'even') {
      left = l;
      right = r;
    } else {
      left = first;
      right = last;
    }
    out[edge - k] = left;
    out[edge + n - 1 + k] = right;
  }
  for (let i = 0; i < n; i++) out[edge + i] = x[i] as number;
  return out;
}
