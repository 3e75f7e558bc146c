/**
 * Multirate suite (issue 14): `resamplePoly` (one call on the whole signal) and the streaming polyphase resampler
 * (the `ResamplerKernel` alone, and the full `resample` operator chain, frames of 1024) against
 * `scipy.signal.resample_poly` run by `multirate.py` as a child process in the same run on the same samples:
 * 20 s of seeded white noise, taken as 44.1 kHz for 160/147 (→ 48 kHz) and as 48 kHz for 147/160 (→ 44.1 kHz)
 * and 1/4 (decimation by 4). Throughput counts input samples. The streaming rows compute upfirdn's output
 * (resample_poly's filter, not trimmed), so they do the same multiply-adds as resample_poly.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from '@rxdsp/core';
import { ResamplerKernel, resample, resamplePoly, resamplePolyTaps } from '@rxdsp/filters';
import { Subject } from 'rxjs';
import { FRAME, SECONDS, frames, tempDir, whiteNoise, writeF64 } from '../lib/signal';
import { runPython } from '../lib/scipy';
import { bestPassSeconds, msps } from '../lib/timing';
import type { BenchRow } from '../lib/types';

const here = fileURLToPath(new URL('.', import.meta.url));
const REPS = Number(process.env.RXDSP_BENCH_REPS ?? 5);
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

export async function run(): Promise<BenchRow[]> {
  const dir = tempDir();
  const rows: BenchRow[] = [];
  try {
    const x = whiteNoise(48000 * SECONDS);
    writeF64(join(dir, 'x.f64'), x);
    // ours first (same process run as scipy's child below)
    const ours = RATIOS.map(({ up, down }) => {
      let y: Float64Array = new Float64Array(0);
      const oneShot = bestPassSeconds(REPS, () => undefined, () => {
        y = resamplePoly(x, up, down);
      });
      const { taps, up: u, down: d } = resamplePolyTaps(up, down);
      const fr = frames(x, FRAME);
      let k = new ResamplerKernel({ taps, up: u, down: d });
      const kernel = bestPassSeconds(REPS, () => (k = new ResamplerKernel({ taps, up: u, down: d })), () => {
        for (const f of fr) k.process(f);
        k.flush();
      });
      let subject = new Subject<Frame<Float64Array>>();
      const frameObjs: Frame<Float64Array>[] = fr.map((c, i) => ({ channels: [c], sampleRate: 48000, index: i * FRAME }));
      const operator = bestPassSeconds(
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
    });
    const py = runPython<{ scipy: string; numpy: string; rows: Record<string, { seconds: number; msps: number }> }>(join(here, 'multirate.py'), [
      join(dir, 'x.f64'),
      dir,
      String(REPS),
      ...RATIOS.map((r) => `${r.up}/${r.down}`),
    ]);
    RATIOS.forEach(({ up, down, inRate }, i) => {
      const o = ours[i]!;
      const label = `${inRate / 1000} kHz → ${(inRate * up) / down / 1000} kHz (${up}/${down})`;
      const scipy = py.ok ? py.value.rows[`${up}/${down}`] : undefined;
      let err = '';
      if (py.ok) {
        const raw = readFileSync(join(dir, `resample${up}_${down}.scipy.f64`));
        const ref = new Float64Array(raw.byteLength / 8);
        new Uint8Array(ref.buffer).set(raw);
        err = `max rel. error vs scipy ${maxRel(o.y, ref).toExponential(1)}`;
      }
      const row = (name: string, seconds: number, note: string): BenchRow => {
        const r: BenchRow = { name, oursMsps: msps(x.length, seconds), realtimeFactor: x.length / inRate / seconds, note };
        if (scipy) {
          r.scipyMsps = scipy.msps;
          r.ratio = r.oursMsps / scipy.msps;
        }
        return r;
      };
      rows.push(row(`resamplePoly ${label}`, o.oneShot, err || (py.ok ? '' : py.reason)));
      rows.push(row(`ResamplerKernel (streaming) ${label}, frames of ${FRAME}`, o.kernel, 'vs resample_poly on the whole signal'));
      rows.push(row(`resample operator ${label}, frames of ${FRAME}`, o.operator, 'full RxJS chain, vs resample_poly'));
    });
    notesText = py.ok
      ? `scipy ${py.value.scipy}, numpy ${py.value.numpy}. resample_poly / resamplePoly: one call on the whole 20 s signal; streaming: all frames then the flush; best of ${REPS} after a warm-up, both sides. ` +
        'The issue asked for ≥ 1.5× scipy: not reached. Both compute the same polyphase multiply-adds (ours four outputs of a phase at a time); ' +
        "scipy's compiled upfirdn loop runs them several times faster than V8's bounds-checked typed-array loop; closing the gap needs a WebAssembly (SIMD) inner loop."
      : `scipy unavailable: ${py.reason}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function notes(): string {
  return notesText;
}
