import { asyncScheduler, Observable, ReplaySubject, Subject, type OperatorFunction, type SchedulerLike, type Subscription } from 'rxjs';
import { deviceInput, type DeviceInput, type InputEnd } from '../internal/deviceInput';
import { frameSource, framePeriodMs } from '../internal/frameSource';
import { makeFrame } from '../internal/frames';
import { FrameQueue } from '../internal/FrameQueue';
import { Recorder } from '../internal/Recorder';
import { scheduleTicks } from '../internal/scheduleTicks';
import { checkInt, checkOneOf, checkOptions, checkPositive, describeValue } from '../validate/validate';
import type { AudioDevice, DacSink, DeviceConfig, DeviceEvent, DuplexHandle, DuplexResult, DuplexRunOptions } from '../types/AudioDevice';
import { FrameFormatError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { createTimingRecord, markArrival, markDone } from '../types/TimingRecord';

/** Options of {@link simulatedDevice}. */
export interface SimulatedDeviceOptions {
  /** Hz, > 0. */
  readonly sampleRate: number;
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
  /** Channels in and out, integer ≥ 1. */
  readonly channels: number;
  /**
   * What the ADC "hears": an Observable of frames (any lengths, the device's rate and channel
   * count; reframed to `frameLength`), or samples: one array (interleaved when channels > 1) or
   * one array per channel. Absent: silence. Give an unpaced Observable (no scheduler): the device
   * paces it and reads it as fast as it needs; a live, paced one must run ahead of the device
   * clock, or the ADC reads silence for the periods in which it has not delivered enough.
   */
  readonly input?: DeviceInput;
  /** When the input runs out: `'complete'` (default; the ADC completes), `'silence'` (zeros from then on), `'loop'` (start again). */
  readonly inputEnd?: InputEnd;
  /** Scale of float input samples: `'int16'` (counts, default) or `'unit'` (±1 full scale, × 32768). Rounded and saturated. */
  readonly inputScale?: 'int16' | 'unit';
  /**
   * Output cushion: frames of silence queued ahead of the first output frame (integer 0 … 64,
   * default 1), as PortAudio's `prefill`. Duplex round trip = (1 + latencyFrames) · frameLength samples.
   */
  readonly latencyFrames?: number;
  /**
   * Seconds of played output kept for `output()` (> 0, default 60; `Infinity` keeps the whole
   * run): the newest, in a ring allocated as it fills, so a long run holds a fixed amount of memory.
   */
  readonly recordSeconds?: number;
  /** The clock: default `asyncScheduler` (real time); a `TestScheduler` runs the device on virtual time. */
  readonly scheduler?: SchedulerLike;
  /** Name shown by demos (default describes the format). */
  readonly name?: string;
}

/** What a simulated DAC has played so far. */
export interface DeviceRecording {
  readonly sampleRate: number;
  /**
   * Played samples per channel (copies), including the cushion and the silence of underflows:
   * the newest `recordSeconds` of them, starting at sample `firstSample` of the run.
   */
  readonly channels: Int16Array[];
  /** Position in the run (samples since the device started playing) of `channels[c][0]`: 0 until the ring has wrapped. */
  readonly firstSample: number;
  /**
   * Where input sample 0 lands in the run for a pass-through pipeline (at `channels[c][latencySamples
   * − firstSample]`): (1 + latencyFrames) · frameLength for `duplex` (the recording starts at
   * device time 0, like the input), the cushion latencyFrames · frameLength for `dac`.
   */
  readonly latencySamples: number;
  /** Periods in which the output had nothing to play (silence inserted). */
  readonly underflows: number;
}

/** The DAC sink of a simulated device. */
export interface SimulatedDacSink extends DacSink {
  /** What has been played so far. */
  output(): DeviceRecording;
  /** Stops playing at once (what is still queued is discarded); `drain()` resolves. */
  close(): void;
}

/** A duplex run on a simulated device. */
export interface SimulatedDuplexHandle extends DuplexHandle {
  /** What has been played so far (the newest `recordSeconds` of the run). */
  output(): DeviceRecording;
}

/** An in-process ADC/DAC pair with the `AudioDevice` shape of the PortAudio device. */
export interface SimulatedDevice extends AudioDevice {
  readonly kind: 'simulated';
  dac(): SimulatedDacSink;
  duplex(pipeline: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>, opts?: DuplexRunOptions): SimulatedDuplexHandle;
  /** The recording of the latest `dac()` sink or `duplex()` run (live while it runs); undefined before any. */
  output(): DeviceRecording | undefined;
}

const EVENT_REPLAY = 10_000;

/**
 * A simulated audio device: an ADC that "captures" a given signal and a DAC that records what it
 * plays, both paced by a scheduler, with exactly the `AudioDevice` interface of
 * `@rxdsp/audio-portaudio`'s device, so the same pipeline code runs with no sound hardware — in
 * tests (on a `TestScheduler`'s virtual time) and in demos (in real time).
 *
 * ```text
 * clock (T = frameLength / sampleRate):  0----T----2T---3T---4T--
 * adc():                                 -----i0---i1---i2---i3--     frame k at (k + 1)·T
 * duplex(p), latencyFrames 1:   played   [0 ][0 ][o0][o1][o2]…         o_k = p(i_k), round trip 2·frameLength
 * ```
 *
 * - `adc()`: a cold Observable of Int16 frames of exactly `frameLength` samples, `index` =
 *   k·frameLength, `time` = k·frameLength/sampleRate (device clock); each subscription starts its
 *   own clock and reads the input from the start. It completes when the input ends (`inputEnd:
 *   'complete'`; a last partial frame is zero-padded) and errors if an Observable input errors.
 * - `dac()`: an Observer of Int16 frames (any lengths). It starts at the first frame, plays
 *   `frameLength` samples every period after `latencyFrames` of silence, records what it plays,
 *   reports an `underflow` event (count = total so far) for each period with too little queued,
 *   and after completion plays what is left, emits `stopped` and resolves `drain()`. A frame of
 *   the wrong format, or an error, stops it with `error` + `stopped` events; `drain()` rejects.
 * - `duplex(pipeline, { seconds })`: input → pipeline → output on one clock: at every tick the
 *   input frame k goes into the pipeline (its arrival marked in `timing`), then the output plays
 *   one period from its queue (output frame j marks `timing` slot j done when it arrives).
 *   `seconds` of input (0/absent: until `stop()`; a pipeline that completes also ends the run),
 *   then the queue is played out and `done` resolves with `{ frames, overflows: 0, underflows,
 *   seconds }` (`frames` = input frames, `seconds` = duration of the output played).
 *   A pipeline error or a wrong output frame (`FrameFormatError`) ends the run and rejects `done`.
 *
 * Events (`events$`, replayed to late subscribers): `started`, `underflow`, `stopped`, `error`.
 * The timing record uses `performance.now()` with the default real-time scheduler and the
 * scheduler's `now()` otherwise. `output()` (device, sink or run) returns the recording.
 *
 * ## Example
 * ```ts
 * import { gain, simulatedDevice, toInt16, tone } from '@rxdsp/core';
 * const device = simulatedDevice({ sampleRate: 8000, frameLength: 256, channels: 1,
 *   input: new Int16Array(8000).map((_, n) => 8000 * Math.sin((2 * Math.PI * 440 * n) / 8000)) });
 * const run = device.duplex((frames$) => frames$.pipe(gain(0.5), toInt16({ scale: 'int16' })), { seconds: 1 });
 * const result = await run.done; // takes one second: real-time pacing
 * console.log(result.frames, result.underflows, run.output().channels[0]!.length);
 * ```
 *
 * @param opts `sampleRate` (Hz > 0), `frameLength` (integer ≥ 1), `channels` (integer ≥ 1),
 *   `input`, `inputEnd`, `inputScale`, `latencyFrames` (integer 0 … 64), `recordSeconds` (> 0,
 *   default 60, `Infinity`: all), `scheduler`, `name`.
 */
export function simulatedDevice(opts: SimulatedDeviceOptions): SimulatedDevice {
  const fn = 'simulatedDevice';
  checkOptions(fn, opts);
  const sampleRate = checkPositive(fn, 'sampleRate', opts.sampleRate);
  const frameLength = checkInt(fn, 'frameLength', opts.frameLength);
  const channels = checkInt(fn, 'channels', opts.channels);
  const inputEnd = checkOneOf(fn, 'inputEnd', opts.inputEnd ?? 'complete', ['complete', 'silence', 'loop'] as const);
  const inputScale = checkOneOf(fn, 'inputScale', opts.inputScale ?? 'int16', ['int16', 'unit'] as const);
  const latencyFrames = opts.latencyFrames === undefined ? 1 : checkInt(fn, 'latencyFrames', opts.latencyFrames, 0);
  if (latencyFrames > 64) throw new RangeError(`${fn}: latencyFrames must be an integer from 0 to 64, got ${latencyFrames}`);
  const recordSeconds = opts.recordSeconds ?? 60;
  if (typeof recordSeconds !== 'number' || !(recordSeconds > 0)) {
    throw new RangeError(`${fn}: recordSeconds must be a number > 0 (Infinity: keep everything), got ${describeValue(recordSeconds)}`);
  }
  const recordSamples = Number.isFinite(recordSeconds) ? Math.max(1, Math.ceil(recordSeconds * sampleRate)) : Number.POSITIVE_INFINITY;
  const scheduler = opts.scheduler ?? asyncScheduler;
  if (typeof scheduler !== 'object' || scheduler === null || typeof scheduler.schedule !== 'function' || typeof scheduler.now !== 'function') {
    throw new TypeError(`${fn}: scheduler must be an RxJS SchedulerLike, got ${describeValue(scheduler)}`);
  }
  const name = opts.name ?? `simulated (${channels} ch, ${sampleRate} Hz, ${frameLength}-sample frames)`;
  if (typeof name !== 'string') throw new TypeError(`${fn}: name must be a string, got ${describeValue(name)}`);
  const newReader = deviceInput(fn, opts.input, channels, sampleRate, frameLength, inputEnd, inputScale);
  const config: DeviceConfig = { sampleRate, channels, frameLength };
  const periodMs = framePeriodMs(frameLength, sampleRate);
  const clock = scheduler === asyncScheduler ? () => performance.now() : () => scheduler.now();
  let latest: (() => DeviceRecording) | undefined;

  /** Calls `tick(k)` at start + firstMs + k·periodMs until it returns false (drift-free, no chain of actions on virtual time). */
  const ticker = (firstMs: number, tick: (k: number) => boolean): Subscription => scheduleTicks(scheduler, firstMs, periodMs, tick);

  const checkOut = (who: string, frame: Frame): FrameFormatError | undefined => {
    if (!frame || !Array.isArray(frame.channels)) return new FrameFormatError(`${who}: expected a Frame, got ${describeValue(frame)}`);
    if (frame.channels.length !== channels) return new FrameFormatError(`${who}: frame at index ${frame.index} has ${frame.channels.length} channels, the device has ${channels}`);
    if (frame.sampleRate !== sampleRate) return new FrameFormatError(`${who}: frame at index ${frame.index} has sampleRate ${frame.sampleRate} Hz, the device runs at ${sampleRate} Hz`);
    const n = frame.channels[0]?.length ?? 0;
    for (const ch of frame.channels) {
      if (!(ch instanceof Int16Array)) return new FrameFormatError(`${who}: frame at index ${frame.index} carries ${describeValue(ch)}; the DAC plays Int16Array frames (use toInt16)`);
      if (ch.length !== n) return new FrameFormatError(`${who}: frame at index ${frame.index} has channels of different lengths`);
    }
    return undefined;
  };

  function adc(): Observable<Frame<Int16Array>> {
    return new Observable<Frame<Int16Array>>((subscriber) => {
      const reader = newReader();
      const inner = frameSource<Int16Array>(scheduler, periodMs, () => ({
        count: Number.POSITIVE_INFINITY,
        frame(k) {
          if (reader.failed) throw reader.failed.error;
          const chans = reader.read();
          if (chans === undefined) return undefined;
          const index = k * frameLength;
          return makeFrame(chans, sampleRate, index, index / sampleRate);
        },
      })).subscribe(subscriber);
      return () => {
        inner.unsubscribe();
        reader.dispose();
      };
    });
  }

  function dac(): SimulatedDacSink {
    const created = clock();
    const events = new ReplaySubject<DeviceEvent>(EVENT_REPLAY);
    const queue = new FrameQueue(channels, frameLength, sampleRate);
    const rec = new Recorder(channels, recordSamples);
    let started = false;
    let completed = false;
    let finished = false;
    let underflows = 0;
    let ticks: Subscription | undefined;
    let settle!: { resolve: () => void; reject: (e: unknown) => void };
    const drained = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    drained.catch(() => undefined); // handled: callers see it through drain()
    const output = (): DeviceRecording => ({ sampleRate, channels: rec.snapshot(), firstSample: rec.first, latencySamples: latencyFrames * frameLength, underflows });
    const finish = (reason: 'complete' | 'stopped' | 'error', error?: unknown) => {
      if (finished) return;
      finished = true;
      ticks?.unsubscribe();
      queue.clear();
      if (reason === 'error') events.next({ type: 'error', error });
      events.next({ type: 'stopped', reason });
      events.complete();
      if (reason === 'error') settle.reject(error);
      else settle.resolve();
    };
    const tick = (): boolean => {
      if (finished) return false;
      const full = queue.pop();
      if (full !== undefined) {
        rec.append(full);
        return true;
      }
      if (completed) {
        const rest = queue.rest('emit');
        if (rest !== undefined) rec.append(rest);
        finish('complete');
        return false;
      }
      underflows++;
      const at = rec.length;
      rec.appendSilence(frameLength);
      events.next({ type: 'underflow', count: underflows, frameIndex: at });
      return true;
    };
    const sink: SimulatedDacSink = {
      events$: events.asObservable(),
      next(frame) {
        if (finished) return;
        const bad = checkOut('simulatedDevice.dac', frame);
        if (bad) {
          finish('error', bad);
          return;
        }
        if (!started) {
          started = true;
          latest = output;
          events.next({ type: 'started', atMs: clock() - created });
          queue.pushSilence(latencyFrames * frameLength); // the cushion plays first
          queue.push(frame.channels);
          ticks = ticker(0, tick);
          return;
        }
        queue.push(frame.channels);
      },
      error(err) {
        finish('error', err);
      },
      complete() {
        completed = true;
        if (!started) finish('complete');
      },
      drain: () => drained,
      output,
      close: () => finish('stopped'),
    };
    return sink;
  }

  function duplex(pipeline: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>, runOpts: DuplexRunOptions = {}): SimulatedDuplexHandle {
    const f = 'simulatedDevice.duplex';
    if (typeof pipeline !== 'function') throw new TypeError(`${f}: pipeline must be an OperatorFunction, got ${describeValue(pipeline)}`);
    if (runOpts === null || typeof runOpts !== 'object') throw new TypeError(`${f}: opts must be an object, got ${describeValue(runOpts)}`);
    const seconds = runOpts.seconds ?? 0;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(`${f}: seconds must be a finite number ≥ 0, got ${describeValue(seconds)}`);
    }
    const maxFrames = seconds > 0 ? Math.ceil(Math.round(seconds * sampleRate) / frameLength) : Number.POSITIVE_INFINITY;
    const timing = createTimingRecord(sampleRate, frameLength);
    timing.startMs = clock();
    const events = new ReplaySubject<DeviceEvent>(EVENT_REPLAY);
    const queue = new FrameQueue(channels, frameLength, sampleRate);
    queue.pushSilence(latencyFrames * frameLength);
    const rec = new Recorder(channels, recordSamples);
    rec.appendSilence(frameLength); // period 0: nothing has been captured yet
    const reader = newReader();
    const input$ = new Subject<Frame<Int16Array>>();
    let inFrames = 0;
    let outFrames = 0;
    let underflows = 0;
    let ticksDone = 0;
    let inputDone = false;
    let inputDoneAt = 0;
    let lastOutAt = 0;
    let pipelineDone = false;
    let finished = false;
    let pipeSub: Subscription | undefined;
    let ticks: Subscription | undefined;
    const result = (): DuplexResult => ({ frames: inFrames, overflows: 0, underflows, seconds: rec.length / sampleRate });
    const output = (): DeviceRecording => ({ sampleRate, channels: rec.snapshot(), firstSample: rec.first, latencySamples: (1 + latencyFrames) * frameLength, underflows });
    latest = output;
    let settle!: { resolve: (r: DuplexResult) => void; reject: (e: unknown) => void };
    const done = new Promise<DuplexResult>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined); // a handled rejection: an error never crashes the process
    const finish = (reason: 'complete' | 'stopped' | 'error', error?: unknown) => {
      if (finished) return;
      finished = true;
      ticks?.unsubscribe();
      pipeSub?.unsubscribe();
      reader.dispose();
      if (reason === 'error') events.next({ type: 'error', error });
      events.next({ type: 'stopped', reason });
      events.complete();
      if (reason === 'error') settle.reject(error);
      else settle.resolve(result());
    };
    events.next({ type: 'started', atMs: 0 });
    const endInput = () => {
      inputDone = true;
      inputDoneAt = ticksDone;
      input$.complete();
    };
    pipeSub = input$.pipe(pipeline).subscribe({
      next(frame) {
        if (finished) return;
        const bad = checkOut(f, frame);
        if (bad) {
          finish('error', bad);
          return;
        }
        queue.push(frame.channels);
        lastOutAt = ticksDone;
        if (outFrames < timing.count) markDone(timing, outFrames, clock());
        outFrames++;
      },
      error: (err: unknown) => finish('error', err),
      complete: () => {
        pipelineDone = true;
      },
    });
    if (finished) pipeSub.unsubscribe();
    const tick = (k: number): boolean => {
      if (finished) return false;
      if (!inputDone && pipelineDone) {
        // the pipeline has completed: nothing it could still emit will come, stop feeding it
        inputDone = true;
        inputDoneAt = ticksDone;
      }
      if (!inputDone) {
        if (reader.failed) {
          finish('error', reader.failed.error);
          return false;
        }
        const chans = reader.read();
        if (chans === undefined) endInput();
        else {
          const index = k * frameLength;
          markArrival(timing, index, clock());
          inFrames++;
          input$.next(makeFrame(chans, sampleRate, index, index / sampleRate));
          if (finished) return false;
          if (inFrames >= maxFrames) endInput();
        }
        if (finished) return false;
      }
      ticksDone++;
      // ending: the pipeline has completed, or the input has ended and the pipeline, which does
      // not complete, has been silent for more than the cushion's worth of periods
      const ending = pipelineDone || (inputDone && ticksDone - Math.max(inputDoneAt, lastOutAt) > latencyFrames + 1);
      const full = queue.pop();
      if (full !== undefined) rec.append(full);
      else if (ending) {
        const rest = queue.rest('emit');
        if (rest !== undefined) rec.append(rest);
      } else {
        if (!inputDone) {
          underflows++;
          events.next({ type: 'underflow', count: underflows, frameIndex: rec.length });
        }
        rec.appendSilence(frameLength);
      }
      if (ending && queue.length === 0) {
        finish('complete');
        return false;
      }
      return true;
    };
    if (!finished) ticks = ticker(periodMs, tick);
    return {
      events$: events.asObservable(),
      timing,
      done,
      stop: () => {
        finish('stopped');
        return done;
      },
      output,
    };
  }

  return {
    kind: 'simulated',
    name,
    config,
    adc,
    dac,
    duplex,
    output: () => latest?.(),
  };
}
