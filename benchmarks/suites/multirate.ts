/**
 * Multirate suite (issue 14): `resamplePoly` (one call on the whole signal) and the streaming polyphase resampler
 * (the `ResamplerKernel` alone, and the full `resample` operator chain, frames of 1024) against
 * `scipy.signal.resample_poly` run by `multirate.py` as a child process in the same run on the same samples:
 * 20 s of seeded white noise, taken as 44.1 kHz for 160/147 (→ 48 kHz) and as 48 kHz for 147/160 (→ 44.1 kHz)
 * and 1/4 (decimation by 4). Throughput counts input samples. The streaming rows compute upfirdn's output
 * (resample_poly's filter, not trimmed), so they do the same multiply-adds as resample_poly.
 * Both sides are timed by CPU time (the machine is shared and loaded; `lib/cpuTiming.ts`), in alternating rounds
 * (scipy, ours, scipy, ours, …) keeping each side's best, so a change of load hits both alike.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from '@rxdsp/core';
import { ResamplerKernel, resample, resamplePoly, resamplePolyTaps } from '@rxdsp/filters';
import { Subject } from 'rxjs';
import { FRAME, SECONDS, frames, tempDir, whiteNoise, writeF64 } from '../lib/signal';
import { runPython } from '../lib/scipy';
import { bestPassTimes } from '../lib/cpuTiming';
import { msps } from '../lib/timing';
import type { BenchRow } from '../lib/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const REPS = Number(process.env.RXDSP_BENCH_REPS ?? 5);
const ROUNDS = 3;
const RATIOS: readonly { up: number; down: number; inRate: number }[] = [
  { up: 160, down: 147, inRate: 44100 },
  { up: 147, down: 160, inRate: 48000 },
  { up: 1, down: 4, inRate: 48000 },
];
let notesText = '';

function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < b.length; i++) {
    peak = Math.max(peak, Math.abs(b[i]!));
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
  }
  return err / peak;
}

type PyResult = { scipy: string; numpy: string; rows: Record<string, { seconds: number; cpu: number; msps: number }> };
type Times = { cpu: number; wall: number };
const better = (a: Times | undefined, b: Times): Times => (a === undefined ? b : { cpu: Math.min(a.cpu, b.cpu), wall: Math.min(a.wall, b.wall) });

/**
 * One round of ours: per ratio the one-shot call, the kernel over all frames, the operator chain. The ratios run
 * in rotated order (round r starts with ratio r mod 3), so that none is always the first after scipy's child
 * process and the previous round's garbage.
 */
function timeOurs(x: Float64Array, frameObjs: readonly Frame<Float64Array>[], fr: readonly Float64Array[], round: number) {
  const order = RATIOS.map((_, i) => (i + round) % RATIOS.length);
  const results = new Map(order.map((i) => [i, timeRatio(RATIOS[i]!, x, frameObjs, fr)] as const));
  return RATIOS.map((_, i) => results.get(i)!);
}

function timeRatio({ up, down }: { up: number; down: number }, x: Float64Array, frameObjs: readonly Frame<Float64Array>[], fr: readonly Float64Array[]) {
  let y: Float64Array = new Float64Array(0);
  const oneShot = bestPassTimes(REPS, () => undefined, () => {
    y = resamplePoly(x, up, down);
  });
  const { taps, up: u, down: d } = resamplePolyTaps(up, down);
  let k = new ResamplerKernel({ taps, up: u, down: d });
  const kernel = bestPassTimes(REPS, () => (k = new ResamplerKernel({ taps, up: u, down: d })), () => {
    for (const f of fr) k.process(f);
    k.flush();
  });
  let subject = new Subject<Frame<Float64Array>>();
  const operator = bestPassTimes(
    REPS,
    () => {
      subject = new Subject<Frame<Float64Array>>();
      subject.pipe(resample({ up, down })).subscribe();
    },
    () => {
      for (const f of frameObjs) subject.next(f);
      subject.complete();
    },
  );
  return { y, oneShot, kernel, operator };
}

export async function run(): Promise<BenchRow[]> {
  const dir = tempDir();
  const rows: BenchRow[] = [];
  try {
    const x = whiteNoise(48000 * SECONDS);
    writeF64(join(dir, 'x.f64'), x);
    const fr = frames(x, FRAME);
    const frameObjs: Frame<Float64Array>[] = fr.map((c, i) => ({ channels: [c], sampleRate: 48000, index: i * FRAME }));
    const runScipy = () =>
      runPython<PyResult>(join(here, 'multirate.py'), [join(dir, 'x.f64'), dir, String(REPS), ...RATIOS.map((r) => `${r.up}/${r.down}`)]);
    // alternating rounds, each side's best
    let py: ReturnType<typeof runScipy> | undefined;
    const scipyBest = new Map<string, Times>();
    type Ours = ReturnType<typeof timeOurs>[number];
    const ours: { y: Float64Array; oneShot?: Times; kernel?: Times; operator?: Times }[] = RATIOS.map(() => ({ y: new Float64Array(0) }));
    for (let round = 0; round < ROUNDS; round++) {
      const p = runScipy();
      if (round === 0) py = p;
      if (p.ok) for (const [key, r] of Object.entries(p.value.rows)) scipyBest.set(key, better(scipyBest.get(key), { cpu: r.cpu, wall: r.seconds }));
      timeOurs(x, frameObjs, fr, round).forEach((o: Ours, i) => {
        const acc = ours[i]!;
        acc.y = o.y;
        acc.oneShot = better(acc.oneShot, o.oneShot);
        acc.kernel = better(acc.kernel, o.kernel);
        acc.operator = better(acc.operator, o.operator);
      });
    }
    const walls: string[] = [];
    RATIOS.forEach(({ up, down, inRate }, i) => {
      const o = ours[i]!;
      const label = `${inRate / 1000} kHz → ${(inRate * up) / down / 1000} kHz (${up}/${down})`;
      const scipy = scipyBest.get(`${up}/${down}`);
      let err = '';
      if (py?.ok) {
        const raw = readFileSync(join(dir, `resample${up}_${down}.scipy.f64`));
        const ref = new Float64Array(raw.byteLength / 8);
        new Uint8Array(ref.buffer).set(raw);
        err = `max rel. error vs scipy ${maxRel(o.y, ref).toExponential(1)}`;
      }
      const row = (name: string, t: Times, note: string): BenchRow => {
        const r: BenchRow = { name, oursMsps: msps(x.length, t.cpu), realtimeFactor: x.length / inRate / t.cpu, note };
        if (scipy) {
          r.scipyMsps = msps(x.length, scipy.cpu);
          r.ratio = r.oursMsps / r.scipyMsps;
        }
        return r;
      };
      rows.push(row(`resamplePoly ${label}`, o.oneShot!, err || (py?.ok ? '' : (py?.reason ?? ''))));
      rows.push(row(`ResamplerKernel (streaming) ${label}, frames of ${FRAME}`, o.kernel!, 'vs resample_poly on the whole signal'));
      rows.push(row(`resample operator ${label}, frames of ${FRAME}`, o.operator!, 'full RxJS chain, vs resample_poly'));
      const ms = (t: Times | undefined) => (t === undefined ? '—' : (t.wall * 1e3).toFixed(1));
      walls.push(`${up}/${down}: scipy ${ms(scipy)}, resamplePoly ${ms(o.oneShot)}, kernel ${ms(o.kernel)}, operator ${ms(o.operator)}`);
    });
    notesText = py?.ok
      ? `scipy ${py.value.scipy}, numpy ${py.value.numpy}. resample_poly / resamplePoly: one call on the whole 20 s signal; streaming: all frames then the flush. ` +
        `CPU time, best of ${REPS} passes after a warm-up, over ${ROUNDS} alternating rounds (scipy, ours, …; our ratios in rotated order), both sides. ` +
        `Best wall times (ms): ${walls.join('; ')}. ` +
        'Both sides compute the same polyphase multiply-adds; ours run in a WebAssembly SIMD loop (two f64 lanes, `polyphaseSimd.ts`).'
      : `scipy unavailable: ${py?.reason ?? ''}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function notes(): string {
  return notesText;
}
