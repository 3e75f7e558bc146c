import { map, pipe, type OperatorFunction } from 'rxjs';
import { chirp, type Frame } from '@rxdsp/core';
import { capture, estimateDelay, type DelayEstimate } from '@rxdsp/analysis';
import { collectSamples } from '@rxdsp/examples/harness/collectSamples';
import type { OpenedDevice } from '@rxdsp/examples';

/** Options of {@link measureRoundTrip}. */
export interface RoundTripOptions {
  readonly sampleRate: number;
  readonly frameLength: number;
  readonly channels: number;
  /** Test signal: a 0.25 s linear chirp 200 Hz → 0.4·fs (default), or a one-sample impulse. */
  readonly signal: 'chirp' | 'impulse';
  /** Silence before the test signal, seconds (default 0.3: the stream settles). */
  readonly leadInSeconds?: number;
  /** Listening time after the test signal, seconds (default 0.7: the longest latency measurable). */
  readonly tailSeconds?: number;
}

/** One round-trip measurement. */
export interface RoundTrip {
  /** Output sample index → input sample index delay, samples (NaN when nothing came back). */
  readonly delaySamples: number;
  readonly delayMs: number;
  /** From `estimateDelay`. */
  readonly estimate: DelayEstimate;
}

/** The test signal as Int16 samples (half full scale). */
export function testSignal(kind: 'chirp' | 'impulse', sampleRate: number): Int16Array {
  if (kind === 'impulse') return Int16Array.of(16_384);
  const [x] = collectSamples(
    chirp({ f0: 200, f1: 0.4 * sampleRate, seconds: 0.25, amplitude: 16_384, dtype: 'int16', sampleRate, frameLength: 4096 }),
    Int16Array,
  );
  return x!;
}

/**
 * Measures the round-trip latency of a device once: a duplex run whose pipeline records
 * the input and replaces the output by silence, the test signal at `leadIn`, silence;
 * then `estimateDelay` finds the test signal in the recorded input. The delay counts
 * from the output sample index to the input sample index of the same run, so it is the
 * full loop: output buffering, the converter (or sound server) path, input buffering.
 */
export async function measureRoundTrip(opened: OpenedDevice, opts: RoundTripOptions): Promise<RoundTrip> {
  const fs = opts.sampleRate;
  const ref = testSignal(opts.signal, fs);
  const leadIn = Math.round((opts.leadInSeconds ?? 0.3) * fs);
  const tail = Math.round((opts.tailSeconds ?? 0.7) * fs);
  const seconds = (leadIn + ref.length + tail) / fs;
  const rec = capture();
  const play: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = map((f) => {
    const n = f.channels[0]?.length ?? 0;
    const out = new Int16Array(n);
    for (let i = 0; i < n; i++) {
      const k = f.index + i - leadIn;
      if (k >= 0 && k < ref.length) out[i] = ref[k]!;
    }
    return { ...f, channels: Array.from({ length: opts.channels }, (_, c) => (c === 0 ? out : out.slice())) };
  });
  const handle = opened.device.duplex(pipe(rec as unknown as OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>, play), { seconds });
  await handle.done;
  const recorded = Float64Array.from(rec.channel(0));
  const estimate = estimateDelay(Float64Array.from(ref), recorded, fs, { minDelaySamples: 0 });
  const delaySamples = estimate.delaySamples - leadIn;
  return { delaySamples, delayMs: (1000 * delaySamples) / fs, estimate };
}
