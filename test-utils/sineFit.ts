// Test-only: THD+N by least-squares sine fit (IEEE 1057's four-parameter fit), for resampler and device tests.
// The fundamental is "notched" by subtracting the best-fitting sine (amplitude, phase, DC and frequency all
// fitted); what is left is harmonics + noise + any other error, reported relative to the fitted sine's power.

/** Result of {@link sineFit}. */
export interface SineFit {
  /** Fitted frequency in cycles per sample. */
  readonly frequency: number;
  /** Fitted amplitude. */
  readonly amplitude: number;
  /** Fitted DC offset. */
  readonly offset: number;
  /** x minus the fitted sine and offset. */
  readonly residual: Float64Array;
  /** 10·log10(Σ residual² / Σ fitted sine²): THD+N in dB. */
  readonly thdNDb: number;
}

/** Solves the small dense system A·v = b in place (Gaussian elimination with partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[piv]![c]!)) piv = r;
    [A[c], A[piv]] = [A[piv]!, A[c]!];
    [b[c], b[piv]] = [b[piv]!, b[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = A[r]![c]! / A[c]![c]!;
      for (let k = c; k < n; k++) A[r]![k]! -= f * A[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= A[r]![k]! * v[k]!;
    v[r] = s / A[r]![r]!;
  }
  return v;
}

/**
 * Fits x[n] ≈ a·cos(ωn) + b·sin(ωn) + c with ω refined from `f0` (cycles/sample) by Gauss–Newton (the
 * four-parameter fit), and returns the residual and THD+N. Time is centred on the block for conditioning.
 */
export function sineFit(x: ArrayLike<number>, f0: number, iterations = 8): SineFit {
  const N = x.length;
  const mid = (N - 1) / 2;
  let w = 2 * Math.PI * f0;
  let a = 0;
  let b = 0;
  let c = 0;
  const fit3 = () => {
    const A = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    const r = [0, 0, 0];
    for (let i = 0; i < N; i++) {
      const t = i - mid;
      const row = [Math.cos(w * t), Math.sin(w * t), 1];
      for (let j = 0; j < 3; j++) {
        r[j]! += row[j]! * (x[i] as number);
        for (let k = 0; k < 3; k++) A[j]![k]! += row[j]! * row[k]!;
      }
    }
    [a, b, c] = solve(A, r) as [number, number, number];
  };
  fit3();
  for (let it = 0; it < iterations; it++) {
    const A = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];
    const r = [0, 0, 0, 0];
    for (let i = 0; i < N; i++) {
      const t = i - mid;
      const cs = Math.cos(w * t);
      const sn = Math.sin(w * t);
      const row = [cs, sn, 1, t * (-a * sn + b * cs)];
      const e = (x[i] as number) - (a * cs + b * sn + c);
      for (let j = 0; j < 4; j++) {
        r[j]! += row[j]! * e;
        for (let k = 0; k < 4; k++) A[j]![k]! += row[j]! * row[k]!;
      }
    }
    const d = solve(A, r);
    a += d[0]!;
    b += d[1]!;
    c += d[2]!;
    w += d[3]!;
    fit3();
  }
  const residual = new Float64Array(N);
  let er = 0;
  let es = 0;
  for (let i = 0; i < N; i++) {
    const t = i - mid;
    const s = a * Math.cos(w * t) + b * Math.sin(w * t);
    residual[i] = (x[i] as number) - s - c;
    er += residual[i]! ** 2;
    es += s * s;
  }
  return { frequency: w / (2 * Math.PI), amplitude: Math.hypot(a, b), offset: c, residual, thdNDb: 10 * Math.log10(er / es) };
}
