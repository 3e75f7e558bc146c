/**
 * FIR crossover measurement: times the direct and the FFT FIR kernels over a grid of tap counts and
 * block sizes (timing windows of the two kernels alternate, best window kept), and prints where FFT becomes
 * faster, the FFT kernel's cost model (`fftFirCost`, µs) and what `chooseFirMethod` predicts.
 * The FFT kernel falls back to direct form for a block (or a block's tail) when its model says direct is
 * cheaper, so on such rows both columns time the same loop.
 * Run: `npx tsx benchmarks/firCrossover.ts [seconds-per-point=0.15]`.
 */
import { FftFirKernel, FirKernel, bestFftSize, chooseFirMethod, fftFirCost } from '@rxdsp/filters';

const perPoint = Number(process.argv[2] ?? 0.15);

/** µs per call of `a` and of `b`: the best of 8 short timing windows each, alternating (robust to a busy, shared machine). */
function time2(a: () => void, b: () => void): [number, number] {
  for (let i = 0; i < 20; i++) {
    a();
    b();
  }
  const window = (fn: () => void): number => {
    let reps = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < (perPoint * 1000) / 16) {
      fn();
      reps++;
      t = performance.now();
    }
    return ((t - t0) * 1000) / reps;
  };
  let ba = Number.POSITIVE_INFINITY;
  let bb = Number.POSITIVE_INFINITY;
  for (let w = 0; w < 8; w++) {
    ba = Math.min(ba, window(a));
    bb = Math.min(bb, window(b));
  }
  return [ba, bb];
}

const blocks = [64, 256, 1024, 4096];
const taps = [8, 16, 24, 32, 48, 64, 96, 128, 182, 256, 512];
console.log('| taps | block | direct µs | fft µs | fft model µs | faster (measured) | auto picks (model) |');
console.log('|---:|---:|---:|---:|---:|---|---|');
for (const B of blocks) {
  const x = new Float64Array(B).map((_, i) => Math.sin(i * 0.1));
  const y = new Float64Array(B);
  for (const M of taps) {
    const h = new Float64Array(M).map((_, i) => Math.cos(i));
    const d = new FirKernel(h);
    const f = new FftFirKernel(h, { blockSize: B });
    const [td, tf] = time2(
      () => d.process(x, y),
      () => f.process(x, y),
    );
    const model = fftFirCost(M, B, bestFftSize(M, B)) / 1000;
    console.log(
      `| ${M} | ${B} | ${td.toFixed(2)} | ${tf.toFixed(2)} | ${model.toFixed(2)} | ${td < tf ? 'direct' : 'fft'} | ${chooseFirMethod(M, B)} |`,
    );
  }
}
