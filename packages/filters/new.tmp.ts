import { FftFirKernel } from './src/kernels/FftFirKernel';
const taps = new Float64Array(182).map(() => Math.random() - 0.5);
const k = new FftFirKernel(taps, { blockSize: 1024 });
const frames = Array.from({ length: 64 }, () => new Float64Array(1024).map(() => Math.random()));
const out = new Float64Array(1024);
for (let w = 0; w < 3000; w++) k.process(frames[w & 63]!, out);
let best = Infinity;
for (let r = 0; r < 15; r++) { const t0 = process.cpuUsage(); for (let i = 0; i < 1000; i++) k.process(frames[i & 63]!, out); const d = process.cpuUsage(t0); best = Math.min(best, (d.user + d.system) / 1000); }
console.log(process.argv[2] ?? '', 'FftFirKernel 182 taps, 1024 frame:', best.toFixed(2), 'us cpu');
