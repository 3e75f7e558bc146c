/**
 * FIR crossover measurement: times the direct and the FFT FIR kernels over a grid of tap counts and
 * block sizes, and prints where FFT becomes faster and what `chooseFirMethod` predicts.
 * Run: `npx tsx benchmarks/firCrossover.ts [seconds-per-point=0.15]`.
 */
import { FftFirKernel, FirKernel, chooseFirMethod } from '../packages/filters/src/kernels/index';

const perPoint = Number(process.argv[2] ?? 0.15);

/** µs per call: the best of 5 short timing windows (robust to a busy, shared machine). */
function time(fn: () => void): number {
  for (let i = 0; i < 20; i++) fn();
  let best = Number.POSITIVE_INFINITY;
  for (let w = 0; w < 5; w++) {
    let reps = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < (perPoint * 1000) / 5) {
      fn();
      reps++;
      t = performance.now();
    }
    best = Math.min(best, ((t - t0) * 1000) / reps);
  }
  return best;
}

const blocks = [64, 256, 1024, 4096];
const taps = [8, 16, 24, 32, 48, 64, 96, 128, 182, 256, 512];
console.log('| taps | block | direct µs | fft µs | faster | auto picks |');
console.log('|---:|---:|---:|---:|---|---|');
for (const B of blocks) {
  const x = new Float64Array(B).map((_, i) => Math.sin(i * 0.1));
  const y = new Float64Array(B);
  for (const M of taps) {
    const h = new Float64Array(M).map((_, i) => Math.cos(i));
    const d = new FirKernel(h);
    const f = new FftFirKernel(h, { blockSize: B });
    const td = time(() => d.process(x, y));
    const tf = time(() => f.process(x, y));
    console.log(`| ${M} | ${B} | ${td.toFixed(2)} | ${tf.toFixed(2)} | ${td < tf ? 'direct' : 'fft'} | ${chooseFirMethod(M, B)} |`);
  }
}
