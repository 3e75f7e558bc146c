/**
 * The two forms of LinearFilterKernel measured against each other (the data behind its 'auto' choice):
 * scipy's transposed direct form II loop ('tdf2') and the split form ('split': the numerator on the FIR
 * kernels, then the all-pole part), for numerators of nb taps over na − 1 poles, frames of 1024 samples,
 * CPU time per sample (best of several passes). Prints a Markdown table with the form 'auto' picks.
 *
 * Run from the repo root: `npx tsx benchmarks/linearFilterForms.ts`
 */
import { LinearFilterKernel } from '@rxdsp/filters';
import { bestPassTimes } from './lib/cpuTiming';
import { whiteNoise } from './lib/signal';

const FRAME = 1024;
const FRAMES = 200;
const x = whiteNoise(FRAME * FRAMES);
const y = new Float64Array(FRAME);

/** Denominator with na − 1 poles of radius 0.8 spread over the upper half plane (and a real one if odd). */
function denominator(na: number): number[] {
  let p = [1];
  const mul = (q: number[]) => {
    const next = new Array<number>(p.length + q.length - 1).fill(0);
    for (let i = 0; i < p.length; i++) for (let j = 0; j < q.length; j++) next[i + j]! += p[i]! * q[j]!;
    p = next;
  };
  const poles = na - 1;
  for (let k = 0; k < Math.floor(poles / 2); k++) {
    const th = ((k + 0.5) * Math.PI) / Math.max(1, Math.floor(poles / 2));
    mul([1, -1.6 * Math.cos(th), 0.64]);
  }
  if (poles % 2 === 1) mul([1, -0.5]);
  return p;
}

function nsPerSample(b: number[], a: number[], method: 'tdf2' | 'split'): number {
  let k = new LinearFilterKernel(b, a, { method, blockSize: FRAME });
  const t = bestPassTimes(
    5,
    () => (k = new LinearFilterKernel(b, a, { method, blockSize: FRAME })),
    () => {
      for (let f = 0; f < FRAMES; f++) k.process(x.subarray(f * FRAME, (f + 1) * FRAME), y);
    },
  );
  return (t.cpu / (FRAME * FRAMES)) * 1e9;
}

const lines = ['| taps (nb) | poles (na − 1) | tdf2 ns/sample | split ns/sample | faster | auto picks |', '|---:|---:|---:|---:|---|---|'];
for (const [nb, na] of [
  [4, 1],
  [8, 1],
  [16, 1],
  [32, 1],
  [182, 1],
  [11, 11],
  [16, 3],
  [32, 5],
  [64, 3],
  [182, 11],
] as const) {
  const b = Array.from({ length: nb }, (_, i) => Math.sin(0.3 * i + 1) / nb);
  const a = denominator(na);
  const t = nsPerSample(b, a, 'tdf2');
  const s = nsPerSample(b, a, 'split');
  const auto = new LinearFilterKernel(b, a, { blockSize: FRAME }).method;
  lines.push(`| ${nb} | ${na - 1} | ${t.toFixed(1)} | ${s.toFixed(1)} | ${t < s ? 'tdf2' : 'split'} | ${auto} |`);
}
console.log(lines.join('\n'));
