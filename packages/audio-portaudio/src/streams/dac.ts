import { checkOptions, FrameFormatError, interleave, type DacSink, type DeviceEvent, type Frame } from '@rxdsp/core';
import { Subject } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import type { DeviceStreamOptions } from '../devices/StreamOptions';
import { checkFraming, resolveDirection } from '../devices/resolveDirection';

import type { NativeCallback } from '../internal/binding';
import { checkFormat, getDefaultHost, resolveStartTimeout, type DeviceHost, type StreamLease } from '../internal/DeviceHost';
import { OutputQueue } from '../internal/OutputQueue';
import { SinkSettlement } from '../internal/SinkSettlement';
import type { DeviceStats, StreamLatencies } from './streamTypes';

/** Options of {@link dac}. */
export interface DacOptions extends DeviceStreamOptions {
  /**
   * Frames queued before playback begins (0 … 64, default 2): a cushion against jitter of a
   * real-time producer. Frames are never dropped; silence is played until the cushion is full.
   */
  readonly prefill?: number;
  /** Seconds of audio the native output ring holds (default 1, range [0.05, 30]). */
  readonly bufferSeconds?: number;
}

/** The sink returned by {@link dac}. */
export interface PortAudioDacSink extends DacSink {
  /** Totals so far. */
  stats(): DeviceStats;
  /** Latencies of the open output (undefined before it opened). */
  latencies(): StreamLatencies | undefined;
  /**
   * Stops the output at once, dropping what is queued, and closes the device; `drain()` then
   * resolves. For a sink whose source was unsubscribed (which an observer is never told).
   */
  abort(): Promise<void>;
}

/**
 * The DAC: an observer that plays int16 frames on a PortAudio output device, as in
 * `frames$.subscribe(dac(opts))`.
 *
 * The output opens on the first frame (opens and closes are serialised process-wide); frames
 * are played in order, without gaps, whatever their length. A producer faster than real time is
 * buffered (never dropped); one slower than real time causes underflows — PortAudio callbacks
 * that found too few samples and played zeros — which are counted (`stats().underflows`) and
 * emitted on `events$`. On `complete`, what was written is played to the end, then the device
 * closes and `drain()` resolves. On `error`, the output is aborted and `drain()` rejects with that
 * error; an error nobody handles (`drain()` never called) is reported as RxJS reports unhandled
 * errors: to `config.onUnhandledError` when set, else thrown on a fresh task — never swallowed.
 * `abort()` stops at once (for a sink whose source was unsubscribed, which an observer is
 * never told: until then the output stays open, playing silence). A frame with the wrong channel count, sample rate or sample type is a
 * `FrameFormatError`: the output is aborted and `drain()` rejects.
 *
 * ```text
 * frames   --f0--f1--f2--|
 * device   ====== plays f0 f1 f2 ======|close   drain() resolves here
 * ```
 *
 * @param opts.device output device: index, case-insensitive name substring, or the default
 * @param opts.sampleRate Hz, > 0 (every frame must carry it)
 * @param opts.channels 1 … the device's output channels (every frame must carry as many)
 * @param opts.frameLength PortAudio framesPerBuffer, integer ≥ 1
 * @param opts.latency suggested output latency: seconds, 'low' (default) or 'high'
 * @param opts.startTimeout seconds allowed for the first callback after the start (default 5)
 *
 * ## Example
 * ```ts
 * import { dac } from '@rxdsp/audio-portaudio';
 * import { tone } from '@rxdsp/core';
 *
 * const out = dac({ sampleRate: 48000, channels: 1, frameLength: 256 });
 * tone(1000, { sampleRate: 48000, frameLength: 256, seconds: 1, dtype: 'int16', amplitude: 8000 }).subscribe(out);
 * await out.drain();
 * ```
 */
export function dac(opts: DacOptions): PortAudioDacSink {
  return dacOn(getDefaultHost(), opts, 'dac');
}

/** {@link dac} on a given host (tests use a fake binding). Internal. */
export function dacOn(host: DeviceHost, opts: DacOptions, fn = 'dac'): PortAudioDacSink {
  checkOptions(fn, opts);
  const devices = host.listDevices(fn);
  checkFraming(fn, devices, opts.frameLength, opts.sampleRate);
  const output = resolveDirection(fn, devices, 'output', opts.device, 'device', opts.channels, opts.latency);
  const prefill = opts.prefill ?? 2;
  if (!Number.isInteger(prefill) || prefill < 0 || prefill > 64) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: prefill must be an integer from 0 to 64, got ${String(prefill)}`);
  }
  const bufferSeconds = opts.bufferSeconds ?? 1;
  if (!(typeof bufferSeconds === 'number' && bufferSeconds >= 0.05 && bufferSeconds <= 30)) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: bufferSeconds must be in [0.05, 30], got ${String(bufferSeconds)}`);
  }
  const startTimeout = resolveStartTimeout(fn, opts.startTimeout);
  const { sampleRate, frameLength } = opts;
  const channels = output.channels;
  const nativeOut = { device: output.device.index, channels, latency: output.latency };
  checkFormat(fn, host, { output: nativeOut, sampleRate }, devices, `${channels} output channel(s) at ${sampleRate} Hz on [${output.device.index}] ${output.device.name}`);

  const events = new Subject<DeviceEvent>();
  const stats: DeviceStats = { frames: 0, overflows: 0, droppedSamples: 0, underflows: 0 };
  const queue = new OutputQueue(channels);
  const ringFrames = Math.max(4 * frameLength, Math.round(bufferSeconds * sampleRate));
  let latest: StreamLatencies | undefined;
  let lease: StreamLease | undefined;
  let primed = false;
  let completing = false;
  let closed = false;
  let lastUnderflows = 0;
  let t0 = 0;
  const settle = new SinkSettlement<void>();

  const shutdown = (err?: unknown, abort = false) => {
    if (closed) return;
    closed = true;
    const l = lease;
    if (err !== undefined) events.next({ type: 'error', error: err });
    const finish = () => {
      events.next({ type: 'stopped', reason: err === undefined ? 'complete' : 'error' });
      events.complete();
      if (err === undefined) settle.resolve();
      else settle.reject(err);
    };
    if (!l) return finish();
    host.close(l, err === undefined && !abort).then(finish, (closeErr) => {
      const e = new AudioDeviceError('STREAM_FAILED', `${fn}: closing the output failed: ${String(closeErr)}`);
      if (err === undefined) {
        events.next({ type: 'error', error: e });
        err = e;
      }
      finish();
    });
  };

  const pump = () => {
    if (!lease?.native || closed) return;
    if (!primed) {
      if (!completing && queue.queuedFrames < prefill * frameLength) return;
      primed = true;
    }
    queue.flush(lease);
    if (completing && queue.queuedFrames === 0) lease.endOutput(true);
  };

  // 'started' goes out once, first of all events: at the open's completion or the first callback
  let announced = false;
  const announce = () => {
    if (announced) return;
    announced = true;
    const info = lease?.info;
    if (info) latest = { input: info.inputLatency, output: info.outputLatency, sampleRate: info.sampleRate };
    events.next({ type: 'started', atMs: performance.now() - t0 });
  };
  let tailTimer: ReturnType<typeof setTimeout> | undefined;
  const onData: NativeCallback = (_in, frames, _adc, dacTime, now, _flags, _dropped, underflows, played) => {
    if (closed || tailTimer !== undefined) return;
    announce();
    try {
      if (underflows > lastUnderflows) {
        stats.underflows += underflows - lastUnderflows;
        lastUnderflows = underflows;
        events.next({ type: 'underflow', count: stats.underflows, frameIndex: queue.writtenFrames });
      }
      pump();
      if (completing && queue.queuedFrames === 0 && played >= queue.writtenFrames) {
        // Everything written has left the ring. The last of it is heard at this callback's DAC
        // time plus its length; Pa_StopStream does not wait for that on every host (ALSA's pulse
        // plugin drops it), so wait until then, plus one frame, before stopping.
        const tailMs = dacTime > 0 && now > 0 ? (dacTime + frames / sampleRate - now) * 1000 : (latest?.output ?? 0) * 1000;
        const waitMs = Math.min(2000, Math.max(0, tailMs) + (1000 * frameLength) / sampleRate);
        tailTimer = setTimeout(() => shutdown(), waitMs);
      }
    } catch (err) {
      shutdown(err);
    }
  };

  const open = () => {
    t0 = performance.now();
    lease = host.open(fn, { output: nativeOut, sampleRate, framesPerBuffer: frameLength, outputRingFrames: ringFrames, ...(opts.realtime !== undefined ? { realtime: opts.realtime } : {}) }, onData, (err) => shutdown(err), startTimeout);
    lease.ready.then(
      (info) => {
        if (!info || closed) return;
        announce();
        pump();
      },
      (err) => shutdown(err),
    );
  };

  const sink: PortAudioDacSink = {
    events$: events.asObservable(),
    next(frame: Frame<Int16Array>) {
      if (closed || completing) return;
      const chs = frame.channels;
      if (chs.length !== channels || frame.sampleRate !== sampleRate || !chs.every((c) => c instanceof Int16Array)) {
        shutdown(
          new FrameFormatError(
            `${fn}: frame ${frame.index} has ${chs.length} channel(s) at ${frame.sampleRate} Hz ` +
              `(${chs[0]?.constructor.name ?? 'no samples'}), expected ${channels} Int16Array channel(s) at ${sampleRate} Hz`,
          ),
        );
        return;
      }
      queue.push(interleave(chs));
      stats.frames++;
      if (!lease) open();
      else pump();
    },
    error(err: unknown) {
      if (closed) return;
      shutdown(err);
    },
    complete() {
      if (closed || completing) return;
      completing = true;
      if (!lease) shutdown();
      else pump();
    },
    drain: () => settle.observe(),
    abort: () => {
      if (tailTimer !== undefined) clearTimeout(tailTimer);
      shutdown(undefined, true);
      return settle.observe();
    },
    stats: () => ({ ...stats }),
    latencies: () => latest,
  };
  return sink;
}
