// Measures one sinusoid in a real signal: its frequency (to a few mHz), amplitude, and the SNR
// (tone against everything else but DC and its harmonics) and SINAD (against everything but DC).
// Used by the FM receiver tests; plain least squares, no FFT library.

/** DTFT magnitude of x (already windowed) at f (Hz). */
function dtftMag(x: ArrayLike<number>, fs: number, f: number): number {
  const n = x.length;
  const w = (2 * Math.PI * f) / fs;
  let re = 0;
  let im = 0;
  let cr = 1;
  let ci = 0;
  const wr = Math.cos(w);
  const wi = -Math.sin(w);
  for (let k = 0; k < n; k++) {
    if ((k & 1023) === 0) {
      // re-anchor the rotation recurrence
      cr = Math.cos(w * k);
      ci = -Math.sin(w * k);
    }
    const v = x[k] as number;
    re += v * cr;
    im += v * ci;
    const t = cr * wr - ci * wi;
    ci = cr * wi + ci * wr;
    cr = t;
  }
  return Math.hypot(re, im);
}

/** Least-squares fit of DC + sinusoids at the given frequencies; the power of the first sinusoid and of the residual. */
function fit(x: ArrayLike<number>, fs: number, freqs: readonly number[]): { tonePower: number; residualPower: number } {
  const n = x.length;
  const cols = 1 + 2 * freqs.length;
  const ata = Array.from({ length: cols }, () => new Float64Array(cols));
  const atx = new Float64Array(cols);
  const row = new Float64Array(cols);
  const fill = (k: number): void => {
    row[0] = 1;
    freqs.forEach((f, j) => {
      const ph = (2 * Math.PI * f * k) / fs;
      row[1 + 2 * j] = Math.cos(ph);
      row[2 + 2 * j] = Math.sin(ph);
    });
  };
  for (let k = 0; k < n; k++) {
    fill(k);
    const v = x[k] as number;
    for (let a = 0; a < cols; a++) {
      const ra = row[a] as number;
      atx[a] = (atx[a] as number) + ra * v;
      const line = ata[a] as Float64Array;
      for (let b = 0; b < cols; b++) line[b] = (line[b] as number) + ra * (row[b] as number);
    }
  }
  // Gauss–Jordan elimination with partial pivoting
  const m = ata.map((r, a) => [...r, atx[a] as number]);
  for (let p = 0; p < cols; p++) {
    let best = p;
    for (let r = p + 1; r < cols; r++) if (Math.abs(m[r]![p]!) > Math.abs(m[best]![p]!)) best = r;
    [m[p], m[best]] = [m[best]!, m[p]!];
    for (let r = 0; r < cols; r++) {
      if (r === p) continue;
      const k = m[r]![p]! / m[p]![p]!;
      for (let c = p; c <= cols; c++) m[r]![c] = m[r]![c]! - k * m[p]![c]!;
    }
  }
  const coef = m.map((r, a) => r[cols]! / r[a]!);
  let res = 0;
  for (let k = 0; k < n; k++) {
    fill(k);
    let y = 0;
    for (let a = 0; a < cols; a++) y += coef[a]! * (row[a] as number);
    const e = (x[k] as number) - y;
    res += e * e;
  }
  const a1 = coef[1]!;
  const b1 = coef[2]!;
  return { tonePower: (a1 * a1 + b1 * b1) / 2, residualPower: res / n };
}

/** What {@link analyseTone} measured. */
export interface ToneMeasurement {
  /** Hz. */
  readonly frequency: number;
  /** Peak amplitude. */
  readonly amplitude: number;
  /** Tone power over the residual after removing DC, the tone and its harmonics 2…5 (dB). */
  readonly snrDb: number;
  /** Tone power over the residual after removing DC and the tone only (dB). */
  readonly sinadDb: number;
}

/**
 * Finds the strongest tone between `minHz` and `maxHz` (coarse scan in 5 Hz steps of the Hann-windowed
 * DTFT, then a golden-section search to 1 mHz) and measures it by least squares.
 */
export function analyseTone(x: ArrayLike<number>, fs: number, { minHz = 100, maxHz = 5000 } = {}): ToneMeasurement {
  const n = x.length;
  const xw = new Float64Array(n);
  for (let k = 0; k < n; k++) xw[k] = (x[k] as number) * (0.5 - 0.5 * Math.cos((2 * Math.PI * k) / (n - 1)));
  let bestF = minHz;
  let bestM = -1;
  for (let f = minHz; f <= maxHz; f += 5) {
    const m = dtftMag(xw, fs, f);
    if (m > bestM) {
      bestM = m;
      bestF = f;
    }
  }
  let lo = bestF - 5;
  let hi = bestF + 5;
  const g = (Math.sqrt(5) - 1) / 2;
  while (hi - lo > 1e-3) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (dtftMag(xw, fs, a) > dtftMag(xw, fs, b)) hi = b;
    else lo = a;
  }
  const f0 = (lo + hi) / 2;
  const sinad = fit(x, fs, [f0]);
  const harmonics = [f0, 2 * f0, 3 * f0, 4 * f0, 5 * f0].filter((f) => f < fs / 2);
  const snr = fit(x, fs, harmonics);
  return {
    frequency: f0,
    amplitude: Math.sqrt(2 * sinad.tonePower),
    snrDb: 10 * Math.log10(snr.tonePower / snr.residualPower),
    sinadDb: 10 * Math.log10(sinad.tonePower / sinad.residualPower),
  };
}
