import {
  checkOptions,
  describeValue,
  FrameFormatError,
  Framer,
  createTimingRecord,
  interleave,
  markArrival,
  markDone,
  type DeviceEvent,
  type DuplexHandle,
  type DuplexResult,
  type Frame,
} from '@rxdsp/core';
import { Subject, type OperatorFunction, type Subscription } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import type { DeviceSelector, LatencySpec } from '../devices/AudioDeviceInfo';
import { checkFraming, resolveDirection } from '../devices/resolveDirection';
import { PA_INPUT_OVERFLOW, type NativeCallback } from '../internal/binding';
import { checkFormat, getDefaultHost, resolveStartTimeout, type DeviceHost, type StreamLease } from '../internal/DeviceHost';
import { int16View } from '../internal/int16View';
import { OutputQueue } from '../internal/OutputQueue';
import { OutputResync } from '../internal/OutputResync';
import { SinkSettlement } from '../internal/SinkSettlement';
import type { DuplexStats, StreamLatencies } from './streamTypes';

/** Options of {@link duplex}. */
export interface DuplexOptions {
  /** Device for both directions (index, name substring, or default); `inDevice`/`outDevice` override it. */
  readonly device?: DeviceSelector;
  readonly inDevice?: DeviceSelector;
  readonly outDevice?: DeviceSelector;
  /** Hz, > 0. */
  readonly sampleRate: number;
  /** Channels of both directions (default 1); `inChannels`/`outChannels` override it. */
  readonly channels?: number;
  readonly inChannels?: number;
  readonly outChannels?: number;
  /** Samples per channel per frame, integer ≥ 1; also PortAudio's framesPerBuffer. */
  readonly frameLength: number;
  /** Suggested latency of both directions: seconds, 'low' (default) or 'high'. */
  readonly latency?: LatencySpec;
  /** Run length in seconds of input; 0 or absent = until `stop()`. */
  readonly seconds?: number;
  /**
   * The output cushion in frames (integer 0 … 64, default 1): frames of silence queued ahead of
   * the first output frame, and the length of output queue the run keeps ahead of each new
   * frame. It absorbs the jitter of the JavaScript thread; each frame adds frameLength/fs of
   * round-trip latency; too small a cushion shows as underflows. A queue found longer than the
   * cushion plus one frame is cut back to it (a resync, see {@link duplex}).
   */
  readonly prefill?: number;
  /**
   * Seconds the device may take to deliver its first audio after the start (default 5, range
   * (0, 600]): some devices (Bluetooth, some USB, a PulseAudio sink with rewinds) take seconds.
   * After the first callback, a device silent for ~2 s is reported as failed.
   */
  readonly startTimeout?: number;
  /** As in `adc`: seconds of input allowed to wait for JavaScript before it is dropped (default 2). */
  readonly maxBacklogSeconds?: number;
  /** As in `adc`: real-time scheduling of PortAudio's callback thread on ALSA (default true). */
  readonly realtime?: boolean;
}

/** The handle returned by {@link duplex}. */
export interface PortAudioDuplexHandle extends DuplexHandle {
  /** The latencies PortAudio uses (undefined until the stream is open). */
  latencies(): StreamLatencies | undefined;
  /** Running totals (frames = input frames passed to the pipeline), with the output resyncs. */
  stats(): DuplexStats;
}

type Pipeline = OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>;

/**
 * Runs `pipeline` between a PortAudio input and output on one full-duplex stream (one clock):
 * every input frame (exactly `frameLength` samples, continuous `index`, PortAudio `time`) goes
 * through the pipeline, and every frame it emits is played in order.
 *
 * ```text
 * input     --i0--i1--i2--i3--…
 * pipeline  --o0--o1--o2--o3--…           (any OperatorFunction of Int16 frames)
 * output    [prefill silence] o0 o1 o2 …  round trip ≈ (1 + prefill)·frameLength/fs + device latencies
 * ```
 *
 * Bounded latency: the output queue (native ring plus what waits in JavaScript) is kept at the
 * cushion of `prefill` frames ahead of each new frame. When a stall of the JavaScript thread
 * (the device played silence meanwhile: underflows) or a pipeline that emits more than it
 * receives leaves more than `prefill + 1` frames queued, whole output frames are dropped until
 * the queue is back at the cushion: a `resync`, counted in `stats()` and emitted on `events$`.
 *
 * ```text
 * frames queued ahead of each new output frame (prefill 1; ✕ = the new frame is dropped):
 *   1 1 1 ‖stall: underflows‖ 0 1 2 3✕ 3✕ 2✕ 1 1 1 …   (one resync, 3 frames dropped)
 * ```
 *
 * The stream starts at once (opens are serialised process-wide) and runs for `seconds` of input
 * (then `done` resolves) or until `stop()`. Status events: `started` (with the ms since the
 * call), `overflow`, `underflow`, `stopped`, `error`. `timing` is a `TimingRecord`: the arrival
 * of every input frame and the moment its output frame was written, for `streamStats` and the
 * activity plot of `@rxdsp/analysis` (`startRun` and `DspIoStream` of `@rxdsp/runtime` run the
 * whole instrumented run). An error thrown in the pipeline, or an output frame of the
 * wrong format (`FrameFormatError`), aborts and closes the stream and rejects `done`; `stop()`
 * still resolves. An error nobody handles — `done` never read — is reported as RxJS reports
 * unhandled errors: to `config.onUnhandledError` when set, else thrown on a fresh task.
 *
 * @param opts see {@link DuplexOptions}
 * @param pipeline operator from input frames to output frames (created once per run)
 *
 * ## Example
 * ```ts
 * import { duplex } from '@rxdsp/audio-portaudio';
 * import { map } from 'rxjs';
 *
 * const run = duplex({ sampleRate: 48000, channels: 1, frameLength: 256, latency: 0.05, seconds: 5 },
 *   map((f) => f)); // talk-through
 * const result = await run.done;
 * console.log(result.frames, result.underflows, result.overflows);
 * ```
 */
export function duplex(opts: DuplexOptions, pipeline: Pipeline): PortAudioDuplexHandle {
  return duplexOn(getDefaultHost(), opts, pipeline, 'duplex');
}

/** {@link duplex} on a given host (tests use a fake binding). Internal. */
/** A validated duplex configuration. Internal. */
export interface DuplexConfig {
  readonly sampleRate: number;
  readonly frameLength: number;
  readonly prefill: number;
  readonly seconds: number;
  readonly backlog: number;
  readonly startTimeout: number;
  readonly nativeIn: { device: number; channels: number; latency: number };
  readonly nativeOut: { device: number; channels: number; latency: number };
}

/** Validates duplex options (synchronously, opening nothing); throws AudioDeviceError. Internal. */
export function resolveDuplexConfig(host: DeviceHost, opts: DuplexOptions, fn = 'duplex'): DuplexConfig {
  checkOptions(fn, opts);
  const devices = host.listDevices(fn);
  checkFraming(fn, devices, opts.frameLength, opts.sampleRate);
  const inSel = opts.inDevice ?? opts.device;
  const outSel = opts.outDevice ?? opts.device;
  const inDir = resolveDirection(fn, devices, 'input', inSel, opts.inDevice !== undefined ? 'inDevice' : 'device', opts.inChannels ?? opts.channels ?? 1, opts.latency);
  const outDir = resolveDirection(fn, devices, 'output', outSel, opts.outDevice !== undefined ? 'outDevice' : 'device', opts.outChannels ?? opts.channels ?? 1, opts.latency);
  const prefill = opts.prefill ?? 1;
  if (!Number.isInteger(prefill) || prefill < 0 || prefill > 64) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: prefill must be an integer from 0 to 64, got ${String(prefill)}`);
  }
  const seconds = opts.seconds ?? 0;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: seconds must be a finite number >= 0, got ${String(seconds)}`);
  }
  const backlog = opts.maxBacklogSeconds ?? 2;
  if (!(typeof backlog === 'number' && backlog > 0 && backlog <= 60)) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: maxBacklogSeconds must be in (0, 60], got ${String(backlog)}`);
  }
  const startTimeout = resolveStartTimeout(fn, opts.startTimeout);
  const { sampleRate, frameLength } = opts;
  const nativeIn = { device: inDir.device.index, channels: inDir.channels, latency: inDir.latency };
  const nativeOut = { device: outDir.device.index, channels: outDir.channels, latency: outDir.latency };
  checkFormat(fn, host, { input: nativeIn, output: nativeOut, sampleRate }, devices,
    `${inDir.channels} in / ${outDir.channels} out channel(s) at ${sampleRate} Hz on [${inDir.device.index}] ${inDir.device.name} → [${outDir.device.index}] ${outDir.device.name}`);
  return { sampleRate, frameLength, prefill, seconds, backlog, startTimeout, nativeIn, nativeOut };
}

/** {@link duplex} on a given host (tests use a fake binding). Internal. */
export function duplexOn(host: DeviceHost, opts: DuplexOptions, pipeline: Pipeline, fn = 'duplex'): PortAudioDuplexHandle {
  if (typeof pipeline !== 'function') throw new TypeError(`${fn}: pipeline must be an OperatorFunction, got ${describeValue(pipeline)}`);
  const { sampleRate, frameLength, prefill, seconds, backlog, startTimeout, nativeIn, nativeOut } = resolveDuplexConfig(host, opts, fn);
  const inCh = nativeIn.channels;
  const outCh = nativeOut.channels;

  const totalSamples = seconds > 0 ? Math.round(seconds * sampleRate) : Infinity;
  const events = new Subject<DeviceEvent>();
  const timing = createTimingRecord(sampleRate, frameLength);
  const stats: DuplexStats = { frames: 0, overflows: 0, droppedSamples: 0, underflows: 0, resyncs: 0, resyncDroppedSamples: 0 };
  const framer = new Framer<Int16Array>({ channels: inCh, frameLength, sampleRate, arrayType: Int16Array });
  const queue = new OutputQueue(outCh);
  const input$ = new Subject<Frame<Int16Array>>();
  const slots: number[] = [];
  let latest: StreamLatencies | undefined;
  let state: 'running' | 'stopping' | 'done' = 'running';
  let outputStarted = false;
  let lastDropped = 0;
  let lastUnderflows = 0;
  let lastPlayed = 0;
  let sub: Subscription | undefined;
  let lease: StreamLease | undefined;
  let closing: Promise<DuplexResult> | undefined;
  const settle = new SinkSettlement<DuplexResult>();

  const result = (): DuplexResult => ({
    frames: stats.frames,
    overflows: stats.overflows,
    underflows: stats.underflows,
    seconds: Math.min(framer.position, totalSamples) / sampleRate,
  });

  const finish = (err?: unknown, reason: 'complete' | 'stopped' | 'error' = 'stopped'): Promise<DuplexResult> => {
    if (closing) return closing;
    state = 'done';
    if (err !== undefined) events.next({ type: 'error', error: err });
    sub?.unsubscribe();
    closing = (lease ? host.close(lease) : Promise.resolve()).then(
      () => undefined,
      (closeErr: unknown) => {
        const e = new AudioDeviceError('STREAM_FAILED', `${fn}: closing the stream failed: ${String(closeErr)}`);
        if (err === undefined) {
          err = e;
          events.next({ type: 'error', error: e });
        }
      },
    ).then(() => {
      const r = result();
      events.next({ type: 'stopped', reason: err === undefined ? reason : 'error' });
      events.complete();
      if (err === undefined) settle.resolve(r);
      else settle.reject(err);
      return r;
    });
    return closing;
  };

  /** Ends the input: the pipeline may flush its last frames, then the stream closes. */
  const end = (reason: 'complete' | 'stopped') => {
    if (state !== 'running') return finish(undefined, reason);
    state = 'stopping';
    input$.complete();
    return finish(undefined, reason);
  };

  /** Output frames queued ahead of a new one: in the native ring now, plus what waits in JavaScript. */
  const queuedAhead = (): number => {
    const ring = lease?.queuedFrames() ?? Math.max(0, queue.writtenFrames - lastPlayed);
    return ring + queue.queuedFrames;
  };
  const bound = new OutputResync(prefill * frameLength, frameLength);
  /** Whether `frame` is dropped to bring the output queue back to the cushion (counts the resyncs). */
  const resync = (frame: Frame<Int16Array>, length: number): boolean => {
    if (!outputStarted) return false;
    const ahead = queuedAhead();
    const verdict = bound.admit(ahead, length);
    stats.resyncs = bound.resyncs;
    stats.resyncDroppedSamples = bound.droppedSamples;
    if (verdict === 'start') events.next({ type: 'resync', count: bound.resyncs, frameIndex: frame.index, queuedSamples: ahead });
    return verdict !== 'write';
  };

  const writeOut = (frame: Frame<Int16Array>) => {
    if (state === 'done') return;
    const chs = frame.channels;
    if (chs.length !== outCh || frame.sampleRate !== sampleRate || !chs.every((c) => c instanceof Int16Array)) {
      void finish(new FrameFormatError(
        `${fn}: the pipeline emitted frame ${frame.index} with ${chs.length} channel(s) at ${frame.sampleRate} Hz ` +
          `(${chs[0]?.constructor.name ?? 'no samples'}), expected ${outCh} Int16Array channel(s) at ${sampleRate} Hz`,
      ));
      return;
    }
    const dropped = resync(frame, chs[0]?.length ?? 0);
    if (!outputStarted) {
      outputStarted = true;
      if (prefill > 0) queue.push(new Int16Array(prefill * frameLength * outCh));
    }
    if (!dropped) queue.push(interleave(chs));
    const k = slots.shift();
    if (k !== undefined) markDone(timing, k);
    if (lease) queue.flush(lease);
  };

  // 'started' goes out once, first of all events: at the open's completion or the first callback
  let announced = false;
  const announce = () => {
    if (announced) return;
    announced = true;
    const info = lease?.info;
    if (info) latest = { input: info.inputLatency, output: info.outputLatency, sampleRate: info.sampleRate };
    events.next({ type: 'started', atMs: performance.now() - timing.startMs });
  };
  const emit = (frame: Frame<Int16Array>): void => {
    if (state !== 'running' || frame.index >= totalSamples) return;
    stats.frames++;
    slots.push(markArrival(timing, frame.index));
    if (slots.length > 4096) slots.shift();
    input$.next(frame);
  };
  const onData: NativeCallback = (buf, _frames, adcTime, _dacTime, _now, flags, dropped, underflows, played) => {
    if (state !== 'running') return;
    lastPlayed = played;
    announce();
    try {
      if (dropped > lastDropped) {
        stats.droppedSamples += dropped - lastDropped;
        framer.skip(dropped - lastDropped);
        lastDropped = dropped;
        stats.overflows++;
        events.next({ type: 'overflow', count: stats.overflows, frameIndex: framer.position });
      }
      if (flags & PA_INPUT_OVERFLOW) {
        stats.overflows++;
        events.next({ type: 'overflow', count: stats.overflows, frameIndex: framer.position });
      }
      if (underflows > lastUnderflows) {
        stats.underflows += underflows - lastUnderflows;
        lastUnderflows = underflows;
        events.next({ type: 'underflow', count: stats.underflows, frameIndex: queue.writtenFrames });
      }
      if (lease) queue.flush(lease);
      if (buf) {
        // PortAudio gives 0 when it has no capture timestamp: the frames then carry no time
        framer.pushInterleaved(int16View(buf), adcTime > 0 ? adcTime : undefined, emit);
      }
      if (framer.position >= totalSamples) void end('complete');
    } catch (err) {
      void finish(err);
    }
  };

  // The pipeline is subscribed before the device opens, so no frame can be missed.
  try {
    sub = input$.pipe(pipeline).subscribe({
      next: writeOut,
      error: (err: unknown) => void finish(err),
      // a pipeline that completes by itself (e.g. take(n)) ends the run
      complete: () => {
        if (state === 'running') void end('complete');
      },
    });
  } catch (err) {
    throw new TypeError(`${fn}: the pipeline could not be subscribed: ${String(err)}`);
  }
  // a pipeline that failed while being subscribed has already finished the run: nothing to open
  if (state === 'running') {
    timing.startMs = performance.now();
    lease = host.open(
      fn,
      {
        input: nativeIn,
        output: nativeOut,
        sampleRate,
        framesPerBuffer: frameLength,
        outputRingFrames: Math.max((prefill + 8) * frameLength, sampleRate),
        maxPendingFrames: Math.max(frameLength, Math.round(backlog * sampleRate)),
        ...(opts.realtime !== undefined ? { realtime: opts.realtime } : {}),
      },
      onData,
      (err) => void finish(err),
      startTimeout,
    );
    lease.ready.then(
      (info) => {
        if (info && state !== 'done') announce();
      },
      (err: unknown) => void finish(err),
    );
  }

  return {
    events$: events.asObservable(),
    timing,
    get done() {
      return settle.observe();
    },
    stop: () => end('stopped'),
    latencies: () => latest,
    stats: () => ({ ...stats }),
  };
}

