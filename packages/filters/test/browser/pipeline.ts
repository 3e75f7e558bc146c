// Test-only: the filter pipeline that the browser test runs in Chromium and, for comparison, in
// Node. Imports only the browser-safe entries '@rxdsp/core' and '@rxdsp/filters'.
import { Subject } from 'rxjs';
import { tone, type Frame } from '@rxdsp/core';
import { butter, sosFilter } from '@rxdsp/filters';

/** The pipeline's settings, shared by the page, the worklet and the Node reference. */
export const SETTINGS = {
  sampleRate: 48_000,
  /** Web Audio's render quantum: the worklet sees frames of this length. */
  frameLength: 128,
  toneHz: 3_000,
  amplitude: 0.5,
  seconds: 0.25,
  order: 4,
  cutoffHz: 1_000,
} as const;

/** The 4th-order Butterworth lowpass (second-order sections) every side designs for itself. */
export function designSos(sampleRate: number): number[][] {
  return butter(SETTINGS.order, SETTINGS.cutoffHz, { btype: 'lowpass', output: 'sos', fs: sampleRate }) as unknown as number[][];
}

/** The input: core's `tone`, as one Float32Array (the storage of an AudioBuffer). */
export function toneSamples(sampleRate: number): Float32Array<ArrayBuffer> {
  const chunks: Frame[] = [];
  tone(SETTINGS.toneHz, { sampleRate, frameLength: 1024, amplitude: SETTINGS.amplitude, seconds: SETTINGS.seconds }).subscribe((f) => chunks.push(f));
  const out = new Float32Array(chunks.reduce((n, f) => n + f.channels[0]!.length, 0));
  let at = 0;
  for (const f of chunks) {
    out.set(f.channels[0]!, at);
    at += f.channels[0]!.length;
  }
  return out;
}

/**
 * A push-driven pipeline: `push(x)` feeds one frame through `sosFilter` (one kernel for the life
 * of the pipeline, state carried across frames) and returns the filtered frame. This is what the
 * AudioWorkletProcessor calls once per render quantum.
 */
export function filterPipeline(sampleRate: number): { push(x: Float32Array): Float32Array } {
  const input = new Subject<Frame<Float32Array>>();
  let last: Float32Array | undefined;
  input.pipe(sosFilter(designSos(sampleRate))).subscribe((f) => {
    last = f.channels[0];
  });
  let index = 0;
  return {
    push(x) {
      last = undefined;
      input.next({ channels: [x], sampleRate, index });
      index += x.length;
      if (last === undefined) throw new Error('filterPipeline: sosFilter emitted no frame');
      return last;
    },
  };
}

/** Level of `y` relative to `x` in dB (RMS over the second half: the filter has settled). */
export function gainDb(x: Float32Array, y: Float32Array): number {
  const rms = (v: Float32Array) => {
    let s = 0;
    const from = Math.floor(v.length / 2);
    for (let i = from; i < v.length; i++) s += v[i]! * v[i]!;
    return Math.sqrt(s / (v.length - from));
  };
  return 20 * Math.log10(rms(y) / rms(x));
}
