import { map, pipe, type OperatorFunction } from 'rxjs';
import { chirp, type Frame } from '@rxdsp/core';
import { capture, type DelayEstimate } from '@rxdsp/analysis';
import { collectSamples, type OpenedDevice } from '@rxdsp/runtime';
import { findRoundTrips } from './findRoundTrips';

/** Options of {@link measureRoundTrips}. */
export interface RoundTripOptions {
  readonly sampleRate: number;
  readonly frameLength: number;
  readonly channels: number;
  /** Test signal: a 0.25 s linear chirp 200 Hz → 0.4·fs (default), or a one-sample impulse. */
  readonly signal: 'chirp' | 'impulse';
  /** Number of test signals played in the run (≥ 1). */
  readonly repetitions: number;
  /** Silence before the first test signal, seconds (default 1: the sound server settles its latency). */
  readonly leadInSeconds?: number;
  /** Time from one test signal to the next, seconds (default 1: latencies up to 1 s minus the signal are measurable). */
  readonly spacingSeconds?: number;
}

/** One round-trip measurement. */
export interface RoundTrip {
  /** Output sample index → input sample index delay, samples (NaN when nothing came back). */
  readonly delaySamples: number;
  readonly delayMs: number;
  /** From `estimateDelay`. */
  readonly estimate: DelayEstimate;
  /**
   * Resyncs of the duplex output queue (frames dropped to bring it back to its cushion) from the
   * previous repetition's signal to the end of this one's: the delay may differ from the
   * previous one's by the frames dropped. Absent on a device without resyncs (simulated).
   */
  readonly resyncsSincePrevious?: number;
}

/** What {@link measureRoundTrips} found: one {@link RoundTrip} per repetition, and the run's resyncs. */
export interface RoundTripRun {
  readonly trips: readonly RoundTrip[];
  /** Resyncs of the duplex output queue over the run (0 on a device without them). */
  readonly resyncs: number;
  /** Output samples per channel dropped by them. */
  readonly resyncDroppedSamples: number;
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
 * Measures the round-trip latency of a device: one duplex run whose pipeline records the
 * input and replaces the output by silence with the test signal played `repetitions`
 * times, `spacingSeconds` apart after a `leadInSeconds` settling time. For each, the
 * signal is found with `estimateDelay` in the input recorded from its start to the next
 * one. The delay counts from the output sample index to the input sample index of the same
 * stream, so it is the full loop: output cushion and buffers, the converter (or sound
 * server) path, input buffers. On the simulated device (whose input does not hear its
 * output) the DAC's own recording is searched instead: the delay it models, (1 + cushion)
 * frames.
 */
export async function measureRoundTrips(opened: OpenedDevice, opts: RoundTripOptions): Promise<RoundTripRun> {
  const fs = opts.sampleRate;
  const ref = testSignal(opts.signal, fs);
  const leadIn = Math.round((opts.leadInSeconds ?? 1) * fs);
  const spacing = Math.round((opts.spacingSeconds ?? 1) * fs);
  if (spacing <= ref.length) throw new RangeError(`measureRoundTrips: spacingSeconds must exceed the test signal (${ref.length / fs} s)`);
  const seconds = (leadIn + opts.repetitions * spacing) / fs;
  const rec = capture();
  const play: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = map((f) => {
    const n = f.channels[0]?.length ?? 0;
    const out = new Int16Array(n);
    for (let i = 0; i < n; i++) {
      const t = f.index + i - leadIn;
      if (t < 0) continue;
      const k = t % spacing;
      if (k < ref.length && t < opts.repetitions * spacing) out[i] = ref[k]!;
    }
    return { ...f, channels: Array.from({ length: opts.channels }, (_, c) => (c === 0 ? out : out.slice())) };
  });
  const handle = opened.device.duplex(pipe(rec as unknown as OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>, play), { seconds });
  const resyncAt: number[] = [];
  let resyncDropped = 0;
  handle.events$.subscribe((e) => {
    if (e.type === 'resync') resyncAt.push(e.frameIndex);
  });
  const ended = opened.pump ? opened.pump(handle.done).then(() => handle.done) : handle.done;
  await ended;
  // A simulated device's input does not hear its output; what its DAC played, on the input's
  // clock, is the loop it models (its cushion): measure that recording instead.
  // (it keeps its newest recordSeconds: `firstSample` is the run position of its first sample;
  // the capture ring likewise holds the newest samples it saw)
  const played = 'output' in handle && typeof handle.output === 'function' ? (handle.output as () => { channels: Int16Array[]; firstSample?: number })() : undefined;
  const simulated = opened.kind === 'simulated' && played?.channels[0] !== undefined;
  const recorded = simulated ? played!.channels[0]! : rec.channel(0);
  const firstSample = simulated ? (played!.firstSample ?? 0) : rec.samplesSeen - rec.length;
  const found = findRoundTrips(recorded, ref, { sampleRate: fs, leadInSamples: leadIn, spacingSamples: spacing, repetitions: opts.repetitions, firstSample });
  const stats = 'stats' in handle && typeof handle.stats === 'function' ? (handle.stats as () => { resyncDroppedSamples?: number })() : undefined;
  resyncDropped = stats?.resyncDroppedSamples ?? 0;
  const trips = found.map((t, r) => {
    const from = r === 0 ? 0 : leadIn + (r - 1) * spacing;
    const to = leadIn + r * spacing + ref.length;
    return { ...t, resyncsSincePrevious: resyncAt.filter((i) => i >= from && i < to).length };
  });
  return { trips, resyncs: resyncAt.length, resyncDroppedSamples: resyncDropped };
}
