/**
 * Pipelines suite (issue 12): what a user who ports the course's code line by line runs, fed by
 * `fromSamples` (not a Subject), against numpy + scipy timed the same way in the same run
 * (`pipelines.py`, a child process, on the same samples and coefficients):
 *
 * - the seed's callback as `docs/from-pyaudio-helper.md` ports it: Int16 frames → `toFloat({ scale: 'int16' })`
 *   → `linearFilter(b, [1], { zi })` (182 taps) → `capture({ seconds: 2 })` → `toInt16({ scale: 'int16' })`,
 *   against the pyaudio_helper callback body (frombuffer → astype(float32) → lfilter → capture → astype(int16));
 * - `linearFilter` with a FIR (`b, [1]`) and with 182 taps over 10 poles, kernel and operator;
 * - `firFilter`, `sosFilter`, first-order `linearFilter` as operators fed by `fromSamples`;
 * - the opt-in float32 FIR (`firFilter(taps, { precision: 'float32' })`, PFFFT WebAssembly SIMD), kernel and
 *   pipeline, against scipy's float64 framed `lfilter` (the reference anchor), and the seed's callback with it.
 *
 * Three rounds alternate the two sides (scipy, ours, scipy, ours, …) and keep each side's best. Ratios use
 * CPU time per frame of the least disturbed window of 64 frames (ours: `process.cpuUsage`, scipy:
 * `time.process_time`): the machine is shared and loaded, wall time measures the waiting and even a whole
 * pass's CPU time includes other processes' cache flushes; whole-pass CPU and wall ratios are in the notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from '@rxdsp/analysis';
import { fromSamples, toFloat, toInt16, type Frame } from '@rxdsp/core';
import {
  Float32FftFirKernel,
  LinearFilterKernel,
  SosFilterKernel,
  createFirKernel,
  ellip,
  hasWasmSimd,
  firFilter,
  linearFilter,
  remez,
  sosFilter,
  type FilterKernel,
} from '@rxdsp/filters';
import type { Observable, OperatorFunction } from 'rxjs';
import { FRAME, SAMPLE_RATE, SECONDS, frames, tempDir, whiteNoise, writeF64 } from '../lib/signal';
import { runPython } from '../lib/scipy';
import { timePasses, type PassTimes } from '../lib/cpuTiming';
import { msps } from '../lib/timing';
import type { BenchRow } from '../lib/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const REPS = Number(process.env.RXDSP_BENCH_REPS ?? 5);
const ROUNDS = 3;
/** Int16 scale of the seed's input: white noise at an RMS of 3000 counts (peaks ≈ 15 000). */
const INT16_RMS = 3000;

type Key = 'seed' | 'fir' | 'fir10' | 'sos' | 'iir1';
interface PyResult {
  scipy: string;
  numpy: string;
  rows: Record<Key, PassTimes>;
}

/** Real polynomial (a[0] = 1) with the poles r·e^(±iθ). */
function polyFromPolePairs(pairs: readonly [number, number][]): number[] {
  let p = [1];
  for (const [r, th] of pairs) {
    // (1 − 2r cosθ z⁻¹ + r² z⁻²)
    const q = [1, -2 * r * Math.cos(th), r * r];
    const next = new Array<number>(p.length + 2).fill(0);
    for (let i = 0; i < p.length; i++) for (let j = 0; j < 3; j++) next[i + j]! += p[i]! * q[j]!;
    p = next;
  }
  return p;
}

function coefficients() {
  const p = Math.exp((-2 * Math.PI * 1000) / SAMPLE_RATE);
  const fir = Array.from(remez(182, [0, 2700, 3200, 4800, 5300, 24000], [0, 1, 0], { fs: SAMPLE_RATE }));
  const sos = Array.from(ellip(5, 0.5, 60, [3200, 4800], { btype: 'bandpass', fs: SAMPLE_RATE, output: 'sos' }), (r) => Array.from(r));
  const a10 = polyFromPolePairs([
    [0.9, 0.3],
    [0.85, 0.9],
    [0.8, 1.6],
    [0.7, 2.3],
    [0.6, 2.9],
  ]);
  return { fir, sos, a10, b1: [1 - p], a1: [1, -p] };
}

function relToPeak(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < b.length; i++) {
    peak = Math.max(peak, Math.abs(b[i]!));
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
  }
  return err / peak;
}

/** One pass of a whole source through `op`, the output frames copied into `into` (outside nothing else). */
function pipelinePass<F extends Frame>(source: () => Observable<F>, op: () => OperatorFunction<F, Frame>, into: Float64Array | Int16Array): (tick: () => void) => void {
  return (tick) => {
    let pos = 0;
    source()
      .pipe(op())
      .subscribe((f) => {
        const ch = f.channels[0]!;
        (into as Float64Array).set(ch as Float64Array, pos);
        pos += ch.length;
        tick();
      });
    if (pos !== into.length) throw new Error(`pipeline pass produced ${pos} samples, expected ${into.length}`);
  };
}

let notesText = '';

export async function run(): Promise<BenchRow[]> {
  const N = SAMPLE_RATE * SECONDS;
  const x = whiteNoise(N);
  const x16 = Int16Array.from(x, (v) => Math.max(-32768, Math.min(32767, Math.round(v * INT16_RMS))));
  const nFrames = Math.ceil(N / FRAME);
  const c = coefficients();

  const dir = tempDir();
  writeF64(join(dir, 'x.f64'), x);
  writeFileSync(join(dir, 'x.i16'), Buffer.from(x16.buffer, x16.byteOffset, x16.byteLength));
  writeFileSync(join(dir, 'coeffs.json'), JSON.stringify(c));
  const runScipy = () =>
    runPython<PyResult>(join(here, 'pipelines.py'), [
      join(dir, 'x.f64'),
      join(dir, 'x.i16'),
      join(dir, 'coeffs.json'),
      dir,
      String(REPS),
      String(FRAME),
      String(SAMPLE_RATE),
    ]);

  const ins = frames(x, FRAME);
  const kernelPass = (k: () => FilterKernel, out: Float64Array) => {
    const outs = frames(out, FRAME);
    let kk = k();
    return {
      reset: () => (kk = k()),
      pass: (tick: () => void) =>
        ins.forEach((f, i) => {
          kk.process(f, outs[i]!);
          tick();
        }),
    };
  };
  const zi = new Float64Array(c.fir.length - 1);
  const fromX = () => fromSamples(x, { sampleRate: SAMPLE_RATE, frameLength: FRAME });
  const fromX16 = () => fromSamples(x16, { sampleRate: SAMPLE_RATE, frameLength: FRAME });

  interface Case {
    key: Key;
    name: string;
    out: Float64Array | Int16Array;
    timed: () => { reset: () => void; pass: (tick: () => void) => void };
  }
  const f64 = () => new Float64Array(N);
  const cases: Case[] = [
    {
      key: 'seed',
      name: "the seed's callback, ported: Int16 → toFloat → linearFilter(b, [1], { zi }) 182 taps → capture(2 s) → toInt16",
      out: new Int16Array(N),
      timed() {
        const out = this.out;
        let cap = capture({ seconds: 2 });
        const pass = pipelinePass(
          fromX16,
          () => (src) =>
            src.pipe(toFloat({ scale: 'int16' }), linearFilter(c.fir, [1], { zi }), cap, toInt16({ scale: 'int16' })) as Observable<Frame>,
          out,
        );
        return { reset: () => (cap = capture({ seconds: 2 })), pass };
      },
    },
    { key: 'fir', name: 'linearFilter(taps, [1]), 182-tap FIR — LinearFilterKernel', out: f64(), timed() { return kernelPass(() => new LinearFilterKernel(c.fir, [1]), this.out as Float64Array); } },
    { key: 'fir', name: 'fromSamples → linearFilter(taps, [1]), 182-tap FIR', out: f64(), timed() { return { reset: () => undefined, pass: pipelinePass(fromX, () => linearFilter(c.fir, [1]), this.out) }; } },
    { key: 'fir', name: 'fromSamples → firFilter(taps), 182-tap FIR', out: f64(), timed() { return { reset: () => undefined, pass: pipelinePass(fromX, () => firFilter(c.fir), this.out) }; } },
    { key: 'fir10', name: '182 taps over 10 poles — LinearFilterKernel', out: f64(), timed() { return kernelPass(() => new LinearFilterKernel(c.fir, c.a10), this.out as Float64Array); } },
    { key: 'fir10', name: 'fromSamples → linearFilter(b, a), 182 taps over 10 poles', out: f64(), timed() { return { reset: () => undefined, pass: pipelinePass(fromX, () => linearFilter(c.fir, c.a10), this.out) }; } },
    { key: 'sos', name: 'fromSamples → sosFilter, elliptic 10th order (5 sections)', out: f64(), timed() { return { reset: () => undefined, pass: pipelinePass(fromX, () => sosFilter(c.sos), this.out) }; } },
    { key: 'iir1', name: 'fromSamples → linearFilter, first-order IIR', out: f64(), timed() { return { reset: () => undefined, pass: pipelinePass(fromX, () => linearFilter(c.b1, c.a1), this.out) }; } },
  ];
  if (hasWasmSimd()) {
    const x32 = Float32Array.from(x);
    const ins32 = frames(x, FRAME).map((f) => Float32Array.from(f));
    const fromX32 = () => fromSamples(x32, { sampleRate: SAMPLE_RATE, frameLength: FRAME });
    cases.push(
      {
        key: 'fir',
        name: "float32 FIR 182 taps — Float32FftFirKernel (firFilter precision 'float32'), Float32 frames",
        out: f64(),
        timed() {
          const out = this.out as Float64Array;
          const o32 = new Float32Array(FRAME);
          let k = new Float32FftFirKernel(c.fir, { blockSize: FRAME });
          return {
            reset: () => (k = new Float32FftFirKernel(c.fir, { blockSize: FRAME })),
            pass: (tick: () => void) =>
              ins32.forEach((f, i) => {
                k.process(f, o32);
                out.set(o32.subarray(0, f.length), i * FRAME);
                tick();
              }),
          };
        },
      },
      {
        key: 'fir',
        name: "fromSamples(Float32) → firFilter(taps, { precision: 'float32' }), 182 taps",
        out: f64(),
        timed() {
          return { reset: () => undefined, pass: pipelinePass(fromX32, () => firFilter(c.fir, { precision: 'float32' }), this.out) };
        },
      },
      {
        key: 'seed',
        name: "the seed's callback with the float32 FIR: toFloat(float32) → firFilter(b, { precision: 'float32' }) → capture → toInt16",
        out: new Int16Array(N),
        timed() {
          const out = this.out;
          let cap = capture({ seconds: 2 });
          const pass = pipelinePass(
            fromX16,
            () => (src) =>
              src.pipe(toFloat({ scale: 'int16', dtype: 'float32' }), firFilter(c.fir, { precision: 'float32' }), cap, toInt16({ scale: 'int16' })) as Observable<Frame>,
            out,
          );
          return { reset: () => (cap = capture({ seconds: 2 })), pass };
        },
      },
    );
  }
  // kept for reference in the notes: the FIR kernels and the SOS kernel without any operator
  const refs: Case[] = [
    { key: 'fir', name: 'createFirKernel (auto → FFT), 182 taps — kernel', out: f64(), timed() { return kernelPass(() => createFirKernel(c.fir, { blockSize: FRAME }), this.out as Float64Array); } },
    { key: 'sos', name: 'SosFilterKernel, 5 sections — kernel', out: f64(), timed() { return kernelPass(() => new SosFilterKernel(c.sos), this.out as Float64Array); } },
  ];
  const all = [...cases, ...refs];

  // One untimed pass of every case first, so that no row pays for compiling code the others share.
  for (const cs of all) {
    const t = cs.timed();
    t.reset();
    t.pass(() => undefined);
  }
  const py = runScipy();
  const best = new Map<string, PassTimes>();
  const scipyBest: Partial<Record<Key, PassTimes>> = {};
  const keep = (m: PassTimes | undefined, t: PassTimes): PassTimes =>
    m === undefined ? t : { cpu: Math.min(m.cpu, t.cpu), wall: Math.min(m.wall, t.wall), window: Math.min(m.window, t.window) };
  for (let round = 0; round < ROUNDS; round++) {
    const p = round === 0 ? py : runScipy();
    if (p.ok) for (const k of Object.keys(p.value.rows) as Key[]) scipyBest[k] = keep(scipyBest[k], p.value.rows[k]);
    for (const cs of all) {
      const t = cs.timed();
      best.set(cs.name, keep(best.get(cs.name), timePasses(REPS, t.reset, t.pass)));
    }
  }

  const rows: BenchRow[] = [];
  const checks: string[] = [];
  const wallRatios: string[] = [];
  for (const cs of all) {
    const t = best.get(cs.name)!;
    // per frame, CPU time of the cheapest window; as throughput: FRAME samples per that time
    const perFrame = t.window;
    const row: BenchRow = {
      name: cs.name,
      oursMsps: FRAME / perFrame / 1e6,
      realtimeFactor: FRAME / SAMPLE_RATE / perFrame,
      usPerFrame: perFrame * 1e6,
    };
    const spt = scipyBest[cs.key];
    if (py.ok && spt !== undefined) {
      row.scipyMsps = FRAME / spt.window / 1e6;
      row.ratio = spt.window / perFrame;
      const sp = spt.window * nFrames;
      wallRatios.push(
        `| ${cs.name} | ${((t.cpu / nFrames) * 1e6).toFixed(1)} | ${((spt.cpu / nFrames) * 1e6).toFixed(1)} | ${(spt.cpu / t.cpu).toFixed(2)}× | ` +
          `${((t.wall / nFrames) * 1e6).toFixed(1)} | ${((spt.wall / nFrames) * 1e6).toFixed(1)} | ${(spt.wall / t.wall).toFixed(2)}× |`,
      );
      const buf = readFileSync(join(dir, `${cs.key}.scipy.${cs.key === 'seed' ? 'i16' : 'f64'}`));
      if (cs.key === 'seed') {
        const ref = new Int16Array(buf.buffer, buf.byteOffset, buf.byteLength / 2);
        let worst = 0;
        for (let i = 0; i < N; i++) worst = Math.max(worst, Math.abs(cs.out[i]! - ref[i]!));
        row.note = `scipy ${((sp / nFrames) * 1e6).toFixed(1)} µs/frame; int16 out vs astype(int16): max |Δ| = ${worst} count (we round, numpy truncates)`;
      } else {
        const ref = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
        row.note = `max |ours − scipy| / peak = ${relToPeak(cs.out, ref).toExponential(1)}`;
      }
      checks.push(`- ${cs.name}: ${row.note}`);
    }
    rows.push(row);
  }
  notesText = [
    py.ok ? `scipy ${py.value.scipy}, numpy ${py.value.numpy}.` : `scipy side not run: ${py.reason}`,
    '',
    "Rows fed by `fromSamples` time the whole pipeline (the source's frame copies, every operator, the new output",
    'frames); the "kernel" rows call the kernel on preallocated frames. The seed row compares per-frame time with the',
    'pyaudio_helper callback body in Python (int16 bytes in, int16 bytes out, capture by `np.hstack` of the newest 2 s).',
    '',
    ...checks,
    '',
    'The same runs timed by whole passes (best pass per frame): CPU time, and wall time (on a loaded machine mostly waiting):',
    '',
    '| row | ours µs/frame (CPU, pass) | scipy µs/frame (CPU, pass) | ratio (CPU, pass) | ours µs/frame (wall) | scipy µs/frame (wall) | ratio (wall) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...wallRatios,
    hasWasmSimd() ? '' : '\nWebAssembly SIMD unavailable: the float32 rows were not run.',
  ].join('\n');
  return rows;
}

export function notes(): string {
  return notesText;
}
