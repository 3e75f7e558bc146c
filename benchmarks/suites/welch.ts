/**
 * Analysis suite (issue 6): `welch` on 20 s of seeded white noise at 48 kHz with nperseg 1024 (and a
 * non-power-of-two nperseg, 1000, which goes through the mixed-radix FFT), ours vs `scipy.signal.welch` run
 * by `welch.py` as a child process in the same run on the same samples; plus the streaming `psd`
 * operator and the per-frame overhead of the `capture` and `frameTiming` operators (frames of 1024).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from '@rxdsp/core';
import { capture, frameTiming, psd, welch } from '@rxdsp/analysis';
import { Subject, type OperatorFunction } from 'rxjs';
import { FRAME, SAMPLE_RATE, SECONDS, frames, tempDir, whiteNoise, writeF64 } from '../lib/signal';
import { runPython } from '../lib/scipy';
import { bestPassSeconds, msps } from '../lib/timing';
import type { BenchRow } from '../lib/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const REPS = Number(process.env.RXDSP_BENCH_REPS ?? 5);
const NPERSEGS = [1024, 1000];
let notesText = '';

function maxRel(a: Float64Array, b: Float64Array): number {
  let peak = 0;
  let err = 0;
  for (let i = 0; i < b.length; i++) {
    peak = Math.max(peak, Math.abs(b[i]!));
    err = Math.max(err, Math.abs(a[i]! - b[i]!));
  }
  return err / peak;
}

/** Time of one pass of all frames through `op` minus the same pass through nothing, per frame. */
function operatorOverheadUs(fr: Frame[], make: () => OperatorFunction<Frame, unknown>): { us: number; seconds: number } {
  let subject = new Subject<Frame>();
  const wire = (withOp: boolean) => () => {
    subject = new Subject<Frame>();
    (withOp ? subject.pipe(make()) : subject).subscribe();
  };
  const pass = () => {
    for (const f of fr) subject.next(f);
  };
  const base = bestPassSeconds(REPS, wire(false), pass);
  const withOp = bestPassSeconds(REPS, wire(true), pass);
  return { us: (Math.max(0, withOp - base) * 1e6) / fr.length, seconds: withOp };
}

export async function run(): Promise<BenchRow[]> {
  const x = whiteNoise(SAMPLE_RATE * SECONDS);
  const dir = tempDir();
  const rows: BenchRow[] = [];
  try {
    writeF64(join(dir, 'x.f64'), x);
    const ours = new Map<number, { seconds: number; pxx: Float64Array }>();
    for (const nperseg of NPERSEGS) {
      let pxx: Float64Array = new Float64Array(0);
      const seconds = bestPassSeconds(REPS, () => undefined, () => {
        pxx = welch(x, { fs: SAMPLE_RATE, nperseg }).pxx;
      });
      ours.set(nperseg, { seconds, pxx });
    }
    const py = runPython<{ scipy: string; numpy: string; rows: Record<string, { seconds: number; msps: number }> }>(
      join(here, 'welch.py'),
      [join(dir, 'x.f64'), dir, String(REPS), String(SAMPLE_RATE), ...NPERSEGS.map(String)],
    );
    for (const nperseg of NPERSEGS) {
      const o = ours.get(nperseg)!;
      const row: BenchRow = {
        name: `welch, nperseg ${nperseg}${nperseg & (nperseg - 1) ? ' (mixed-radix FFT)' : ''}, hann, 50 % overlap`,
        oursMsps: msps(x.length, o.seconds),
        realtimeFactor: SECONDS / o.seconds,
      };
      if (py.ok) {
        const s = py.value.rows[String(nperseg)]!;
        row.scipyMsps = s.msps;
        row.ratio = row.oursMsps / s.msps;
        const raw = readFileSync(join(dir, `welch${nperseg}.scipy.f64`));
        const ref = new Float64Array(raw.byteLength / 8);
        new Uint8Array(ref.buffer).set(raw);
        row.note = `max rel. error vs scipy ${maxRel(o.pxx, ref).toExponential(1)}`;
      } else {
        row.note = py.reason;
      }
      rows.push(row);
    }
    notesText = py.ok
      ? `scipy ${py.value.scipy}, numpy ${py.value.numpy}. welch: one call on the whole signal, best of ${REPS} after a warm-up, both sides.`
      : `scipy unavailable: ${py.reason}`;

    // Streaming and operator rows (ours only): frames of 1024, mono.
    const fr: Frame[] = frames(x, FRAME).map((c, k) => ({ channels: [c], sampleRate: SAMPLE_RATE, index: k * FRAME }));
    const stream = operatorOverheadUs(fr, () => psd({ nperseg: 1024, everyFrames: 10 }));
    rows.push({
      name: 'psd operator (running Welch, nperseg 1024, estimate every 10 frames)',
      oursMsps: msps(x.length, stream.seconds),
      realtimeFactor: SECONDS / stream.seconds,
      usPerFrame: stream.us,
    });
    const cap = operatorOverheadUs(fr, () => capture({ seconds: 2 }));
    rows.push({ name: 'capture({ seconds: 2 }) overhead', oursMsps: msps(x.length, cap.seconds), realtimeFactor: SECONDS / cap.seconds, usPerFrame: cap.us, note: 'target ≤ 2 µs/frame' });
    const t = frameTiming();
    const tim = operatorOverheadUs(fr, () => (s) => s.pipe(t.tic(), t.toc()));
    rows.push({ name: 'frameTiming tic() + toc() overhead', oursMsps: msps(x.length, tim.seconds), realtimeFactor: SECONDS / tim.seconds, usPerFrame: tim.us, note: 'target ≤ 2 µs/frame each' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function notes(): string {
  return notesText;
}
