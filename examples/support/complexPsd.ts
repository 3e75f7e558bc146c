/**
 * Two-sided Welch PSD of a complex signal (Hann window, 50 % overlap, density scaling as scipy's
 * `welch(x, fs, return_onesided=False)`, frequencies shifted to −fs/2 … fs/2), for the spectra of
 * the FM receiver's complex stages. A small radix-2 FFT: `nperseg` must be a power of two.
 */
export function complexPsd(i: Float64Array, q: Float64Array, fs: number, nperseg = 4096): { f: Float64Array; pxx: Float64Array } {
  const n = nperseg;
  if ((n & (n - 1)) !== 0) throw new RangeError(`complexPsd: nperseg must be a power of two, got ${n}`);
  const w = Float64Array.from({ length: n }, (_, k) => 0.5 - 0.5 * Math.cos((2 * Math.PI * k) / n)); // periodic Hann, as scipy's welch
  const wss = w.reduce((s, v) => s + v * v, 0);
  const acc = new Float64Array(n);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  let segments = 0;
  for (let start = 0; start + n <= i.length; start += n / 2) {
    let mi = 0;
    let mq = 0;
    for (let k = 0; k < n; k++) {
      mi += i[start + k]!;
      mq += q[start + k]!;
    }
    mi /= n;
    mq /= n;
    for (let k = 0; k < n; k++) {
      re[k] = (i[start + k]! - mi) * w[k]!;
      im[k] = (q[start + k]! - mq) * w[k]!;
    }
    fft(re, im);
    for (let k = 0; k < n; k++) acc[k] = acc[k]! + re[k]! * re[k]! + im[k]! * im[k]!;
    segments++;
  }
  const f = new Float64Array(n);
  const pxx = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const src = (k + n / 2) % n; // fftshift
    f[k] = ((k - n / 2) * fs) / n;
    pxx[k] = segments > 0 ? acc[src]! / (segments * fs * wss) : 0;
  }
  return { f, pxx };
}

/** In-place iterative radix-2 FFT. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let k = 1, j = 0; k < n; k++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (k < j) {
      [re[k], re[j]] = [re[j]!, re[k]!];
      [im[k], im[j]] = [im[j]!, im[k]!];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = (-2 * Math.PI) / len;
    for (let s = 0; s < n; s += len) {
      for (let k = 0; k < len / 2; k++) {
        const cr = Math.cos(ang * k);
        const ci = Math.sin(ang * k);
        const a = s + k;
        const b = a + len / 2;
        const tr = re[b]! * cr - im[b]! * ci;
        const ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
}
