import { checkOptions, Framer, type DeviceEvent, type Frame } from '@rxdsp/core';
import { Observable, Subject } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import type { DeviceStreamOptions } from '../devices/StreamOptions';
import { checkFraming, resolveDirection } from '../devices/resolveDirection';
import { int16View } from '../internal/int16View';
import { PA_INPUT_OVERFLOW, type NativeCallback } from '../internal/binding';
import { checkFormat, getDefaultHost, resolveStartTimeout, type DeviceHost } from '../internal/DeviceHost';
import type { DeviceStats, StreamLatencies } from './streamTypes';

/** Options of {@link adc}. */
export interface AdcOptions extends DeviceStreamOptions {
  /**
   * Seconds of captured audio allowed to wait for a busy JavaScript thread before PortAudio
   * callbacks are dropped (each drop counts as an overflow and leaves a gap in `index`).
   * Default 2, range (0, 60].
   */
  readonly maxBacklogSeconds?: number;
}

/** The Observable returned by {@link adc}, with its status events and counters. */
export interface AdcSource extends Observable<Frame<Int16Array>> {
  /** started / overflow / stopped / error events of every subscription (hot). */
  readonly events$: Observable<DeviceEvent>;
  /** Totals over all subscriptions so far. */
  stats(): DeviceStats;
  /** Latencies of the most recently opened stream (undefined before the first one opened). */
  latencies(): StreamLatencies | undefined;
}

/**
 * The ADC: a cold Observable of planar int16 frames captured from a PortAudio input device.
 *
 * Subscribing opens and starts a native input stream (PortAudio itself stays initialised for the
 * process, so a start takes milliseconds, not seconds); unsubscribing aborts and closes it and
 * releases the native handle. Opens and closes are serialised process-wide. Every frame holds
 * exactly `frameLength` samples per channel whatever PortAudio delivers, `index` counts samples
 * since the subscription, and `time` is the PortAudio ADC time (s) of the frame's first sample.
 *
 * ```text
 * PortAudio  |--[256]--[256]--[256]--…      (frameLength 256)
 * adc        ----f0-----f1-----f2---…       f_k.index = 256·k, f_k.time = ADC time of its sample 0
 * ```
 *
 * Overflows are never swallowed: PortAudio's input-overflow flag and callbacks dropped because
 * JavaScript fell more than `maxBacklogSeconds` behind are counted (`stats().overflows`) and
 * emitted on `events$`; a dropped callback shows as a gap in `index`. The Observable never
 * completes on its own; it errors with an AudioDeviceError (`OPEN_FAILED`) if the stream cannot
 * be opened, and (`STREAM_FAILED`) if the device delivers nothing within `startTimeout` seconds of
 * the start (default 5) or, once it delivered, stops delivering for ~2 s. Configuration errors throw synchronously (AudioDeviceError with a code and the list
 * of devices).
 *
 * @param opts.device input device: index, case-insensitive name substring, or the default
 * @param opts.sampleRate Hz, > 0
 * @param opts.channels 1 … the device's input channels
 * @param opts.frameLength samples per channel per frame, integer ≥ 1
 * @param opts.latency suggested input latency: seconds, 'low' (default) or 'high'
 * @param opts.startTimeout seconds allowed for the first audio after the start (default 5)
 *
 * ## Example
 * ```ts
 * import { adc } from '@rxdsp/audio-portaudio';
 * import { take } from 'rxjs';
 *
 * const mic = adc({ sampleRate: 48000, channels: 1, frameLength: 256, latency: 0.05 });
 * mic.pipe(take(100)).subscribe((f) => console.log(f.index, f.time));
 * ```
 */
export function adc(opts: AdcOptions): AdcSource {
  return adcOn(getDefaultHost(), opts, 'adc');
}

/** {@link adc} on a given host (tests use a fake binding). Internal. */
export function adcOn(host: DeviceHost, opts: AdcOptions, fn = 'adc'): AdcSource {
  checkOptions(fn, opts);
  const devices = host.listDevices(fn);
  checkFraming(fn, devices, opts.frameLength, opts.sampleRate);
  const input = resolveDirection(fn, devices, 'input', opts.device, 'device', opts.channels, opts.latency);
  const backlog = opts.maxBacklogSeconds ?? 2;
  if (!(typeof backlog === 'number' && backlog > 0 && backlog <= 60)) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: maxBacklogSeconds must be in (0, 60], got ${String(backlog)}`);
  }
  const startTimeout = resolveStartTimeout(fn, opts.startTimeout);
  const { sampleRate, frameLength } = opts;
  const channels = input.channels;
  const nativeIn = { device: input.device.index, channels, latency: input.latency };
  checkFormat(fn, host, { input: nativeIn, sampleRate }, devices, `${channels} input channel(s) at ${sampleRate} Hz on [${input.device.index}] ${input.device.name}`);

  const events = new Subject<DeviceEvent>();
  const stats: DeviceStats = { frames: 0, overflows: 0, droppedSamples: 0, underflows: 0 };
  let latest: StreamLatencies | undefined;

  const source = new Observable<Frame<Int16Array>>((subscriber) => {
    const t0 = performance.now();
    const framer = new Framer<Int16Array>({ channels, frameLength, sampleRate, arrayType: Int16Array });
    let lastDropped = 0;
    let finished = false;
    const fail = (err: unknown) => {
      if (finished) return;
      finished = true;
      events.next({ type: 'error', error: err });
      subscriber.error(err);
    };
    const overflow = () => {
      stats.overflows++;
      events.next({ type: 'overflow', count: stats.overflows, frameIndex: framer.position });
    };
    // 'started' goes out once, first of all events: at the open's completion or the first callback
    let announced = false;
    const announce = () => {
      if (announced) return;
      announced = true;
      const info = lease.info;
      if (info) latest = { input: info.inputLatency, output: info.outputLatency, sampleRate: info.sampleRate };
      events.next({ type: 'started', atMs: performance.now() - t0 });
    };
    const emit = (frame: Frame<Int16Array>): void => {
      stats.frames++;
      subscriber.next(frame);
    };
    const onData: NativeCallback = (buf, _frames, adcTime, _dacTime, _now, flags, dropped) => {
      if (finished) return;
      announce();
      try {
        if (dropped > lastDropped) {
          stats.droppedSamples += dropped - lastDropped;
          framer.skip(dropped - lastDropped);
          lastDropped = dropped;
          overflow();
        }
        if (flags & PA_INPUT_OVERFLOW) overflow();
        if (buf) {
          // PortAudio gives 0 when it has no capture timestamp: the frames then carry no time
          framer.pushInterleaved(int16View(buf), adcTime > 0 ? adcTime : undefined, emit);
        }
      } catch (err) {
        fail(err);
      }
    };
    const lease = host.open(
      fn,
      { input: nativeIn, sampleRate, framesPerBuffer: frameLength, maxPendingFrames: Math.max(frameLength, Math.round(backlog * sampleRate)), ...(opts.realtime !== undefined ? { realtime: opts.realtime } : {}) },
      onData,
      (err) => fail(err),
      startTimeout,
    );
    lease.ready.then(
      (info) => {
        if (info && !finished) announce();
      },
      (err) => fail(err),
    );
    return () => {
      const reason = finished ? 'error' : 'stopped';
      finished = true;
      host.close(lease).then(
        () => events.next({ type: 'stopped', reason }),
        (err) => events.next({ type: 'error', error: new AudioDeviceError('STREAM_FAILED', `${fn}: closing the stream failed: ${String(err)}`) }),
      );
    };
  });

  return Object.assign(source, {
    events$: events.asObservable(),
    stats: () => ({ ...stats }),
    latencies: () => latest,
  });
}
