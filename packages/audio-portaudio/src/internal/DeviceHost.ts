import { AudioDeviceError } from '../AudioDeviceError';
import type { AudioDeviceInfo } from '../devices/AudioDeviceInfo';
import { deviceListSuffix } from '../devices/selectDevice';
import { loadBinding, type NativeCallback, type NativeStream, type NativeStreamInfo, type NativeStreamOptions, type PortAudioBinding } from './binding';
import { SerialQueue } from './SerialQueue';

/** One native stream owned by a subscription; created by {@link DeviceHost.open}. */
export class StreamLease {
  native: NativeStream | undefined;
  info: NativeStreamInfo | undefined;
  /** Set when the owner let go before the stream was opened: it is then never opened. */
  cancelled = false;
  closing: Promise<void> | undefined;
  /** Resolves with the stream's real latencies once it is open and started (undefined when cancelled). */
  ready!: Promise<NativeStreamInfo | undefined>;
  /** performance.now() of the latest PortAudio callback delivered to JavaScript. */
  lastCallbackMs = 0;
  /** Whether a PortAudio callback has reached JavaScript yet (the stall watchdog waits for it). */
  delivered = false;
  watchdog: ReturnType<typeof setInterval> | undefined;

  /** Copies interleaved int16 samples into the output ring; returns the frames accepted. */
  write(data: Int16Array, channels: number): number {
    if (!this.native) return 0;
    return this.native.write(data) / (2 * channels);
  }

  endOutput(flag: boolean): void {
    this.native?.endOutput(flag);
  }

  /** Output frames in the native ring right now (undefined when not open or not reported). */
  queuedFrames(): number | undefined {
    return this.native?.info?.().queuedFrames;
  }
}

/** Default of the `startTimeout` option: seconds a device may take to deliver its first audio. */
export const DEFAULT_START_TIMEOUT_SECONDS = 5;

/**
 * Validates the `startTimeout` option of `fn` (seconds, in (0, 600], default 5); throws
 * AudioDeviceError `INVALID_OPTION` naming the function and the value.
 */
export function resolveStartTimeout(fn: string, value: unknown): number {
  if (value === undefined) return DEFAULT_START_TIMEOUT_SECONDS;
  if (typeof value !== 'number' || !(value > 0 && value <= 600)) {
    throw new AudioDeviceError('INVALID_OPTION', `${fn}: startTimeout must be a number of seconds in (0, 600], got ${String(value)}`);
  }
  return value;
}

/**
 * The process-wide owner of PortAudio for this package: loads the (patched) binding once,
 * caches the device list (PortAudio stays initialised for the life of the process, so the
 * list is stable), and runs every native open/start/stop/close through one {@link SerialQueue}.
 * Internal; tests create their own with a fake binding.
 */
export class DeviceHost {
  readonly queue = new SerialQueue();
  /** Native streams currently open. */
  openCount = 0;
  /** Native streams opened since the host was created. */
  openedTotal = 0;
  private binding: PortAudioBinding | undefined;
  private devices: AudioDeviceInfo[] | undefined;
  private readonly load: () => PortAudioBinding;

  constructor(load: () => PortAudioBinding = loadBinding) {
    this.load = load;
  }

  /** The binding, or an AudioDeviceError `BINDING_UNAVAILABLE` naming `fn`. */
  getBinding(fn: string): PortAudioBinding {
    if (this.binding) return this.binding;
    try {
      this.binding = this.load();
      return this.binding;
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new AudioDeviceError('BINDING_UNAVAILABLE', `${fn}: PortAudio (@rxdsp/portaudio-native) is unavailable: ${why}`);
    }
  }

  /** The devices PortAudio reports (initialises PortAudio on first use). */
  listDevices(fn: string): readonly AudioDeviceInfo[] {
    if (this.devices) return this.devices;
    const native = this.getBinding(fn).listDevices();
    this.devices = native.map((d) => ({
      index: d.id,
      name: d.name,
      hostApi: d.hostAPIName,
      maxInputChannels: d.maxInputChannels,
      maxOutputChannels: d.maxOutputChannels,
      defaultSampleRate: d.defaultSampleRate,
      defaultLowInputLatency: d.defaultLowInputLatency,
      defaultLowOutputLatency: d.defaultLowOutputLatency,
      defaultHighInputLatency: d.defaultHighInputLatency,
      defaultHighOutputLatency: d.defaultHighOutputLatency,
      isDefaultInput: d.isDefaultInput,
      isDefaultOutput: d.isDefaultOutput,
    }));
    return this.devices;
  }

  /**
   * Queues the opening and starting of a native stream. `onData` runs on the JavaScript thread
   * once per PortAudio callback and must not throw. With `onStall`, a watchdog reports a device
   * that delivers nothing for `startTimeoutSeconds` after the start (default 5 s: slow devices,
   * e.g. Bluetooth or a PulseAudio sink with rewinds, take seconds), and, after its first
   * callback, one that stops delivering for {@link stallSeconds}.
   */
  open(
    fn: string,
    opts: NativeStreamOptions,
    onData: NativeCallback,
    onStall?: (err: AudioDeviceError) => void,
    startTimeoutSeconds = DEFAULT_START_TIMEOUT_SECONDS,
  ): StreamLease {
    const binding = this.getBinding(fn);
    const lease = new StreamLease();
    const tracked: NativeCallback = (...args) => {
      lease.lastCallbackMs = performance.now();
      lease.delivered = true;
      onData(...args);
    };
    lease.ready = this.queue.run(async () => {
      if (lease.cancelled) return undefined;
      const s = new binding.RtStream({ realtime: process.env.RXDSP_PA_REALTIME !== '0', ...opts });
      let info: NativeStreamInfo;
      try {
        info = await s.open(tracked);
      } catch (err) {
        throw new AudioDeviceError('OPEN_FAILED', `${fn}: could not open the stream: ${errText(err)}`);
      }
      this.openCount++;
      this.openedTotal++;
      lease.native = s;
      lease.info = info;
      try {
        await s.start();
      } catch (err) {
        lease.native = undefined;
        await s.close().catch(() => undefined);
        this.openCount--;
        throw new AudioDeviceError('OPEN_FAILED', `${fn}: could not start the stream: ${errText(err)}`);
      }
      if (onStall) this.watch(fn, lease, opts, startTimeoutSeconds, onStall);
      return info;
    });
    return lease;
  }

  /**
   * PortAudio may end a stream by itself (e.g. ALSA's `PaAlsaStream_WaitForFrames` failing): its
   * callbacks then stop for good and a run would wait forever. The watchdog reports a stream
   * whose first callback has not come `startTimeoutSeconds` after the start, or that has
   * delivered nothing for `stallSeconds(opts)` since its latest callback, as `STREAM_FAILED`. It
   * re-checks once after pending I/O callbacks had their turn, so a busy JavaScript thread is not
   * mistaken for a dead stream; its timer never keeps the process alive.
   */
  private watch(fn: string, lease: StreamLease, opts: NativeStreamOptions, startTimeoutSeconds: number, onStall: (err: AudioDeviceError) => void): void {
    const stallMs = stallSeconds(opts) * 1000;
    const startMs = startTimeoutSeconds * 1000;
    const startedAt = performance.now();
    const late = (): boolean =>
      lease.delivered ? performance.now() - lease.lastCallbackMs >= stallMs : performance.now() - startedAt >= startMs;
    const timer = setInterval(() => {
      if (!lease.native || lease.closing) {
        clearInterval(timer);
        return;
      }
      if (!late()) return;
      setImmediate(() => {
        if (!lease.native || lease.closing || !late()) return;
        clearInterval(timer);
        const now = performance.now();
        onStall(
          new AudioDeviceError(
            'STREAM_FAILED',
            lease.delivered
              ? `${fn}: the device delivered no audio for ${((now - lease.lastCallbackMs) / 1000).toFixed(1)} s; PortAudio stopped the stream`
              : `${fn}: the device delivered no audio in the ${((now - startedAt) / 1000).toFixed(1)} s after the start (startTimeout ${startTimeoutSeconds} s)`,
          ),
        );
      });
    }, Math.max(50, Math.min(stallMs, startMs) / 4));
    timer.unref();
    lease.watchdog = timer;
  }

  /**
   * Queues the teardown of a lease (idempotent). `drain: true` lets PortAudio play what it
   * holds (Pa_StopStream); otherwise the stream is aborted (Pa_AbortStream) at once.
   */
  close(lease: StreamLease, drain = false): Promise<void> {
    lease.cancelled = true;
    if (lease.closing) return lease.closing;
    if (lease.watchdog) clearInterval(lease.watchdog);
    lease.closing = this.queue.run(async () => {
      if (lease.watchdog) clearInterval(lease.watchdog);
      const s = lease.native;
      if (!s) return;
      lease.native = undefined;
      try {
        await s.stop(!drain);
      } finally {
        try {
          await s.close();
        } finally {
          this.openCount--;
        }
      }
    });
    return lease.closing;
  }
}

/** How long a stream may stay silent before the watchdog calls it dead: 2 s, or 10 buffers plus the latencies. */
export function stallSeconds(opts: NativeStreamOptions): number {
  const buffers = (10 * Math.max(opts.framesPerBuffer, 1)) / opts.sampleRate;
  return Math.max(2, buffers + (opts.input?.latency ?? 0) + (opts.output?.latency ?? 0));
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

let defaultHost: DeviceHost | undefined;

/** The process-wide host used by the public API. */
export function getDefaultHost(): DeviceHost {
  defaultHost ??= new DeviceHost();
  return defaultHost;
}

/**
 * Asks PortAudio whether it accepts a stream format; throws AudioDeviceError
 * `UNSUPPORTED_FORMAT` (with the device list) when not.
 */
export function checkFormat(
  fn: string,
  host: DeviceHost,
  opts: Omit<NativeStreamOptions, 'framesPerBuffer'>,
  devices: readonly AudioDeviceInfo[],
  describe: string,
): void {
  const why = host.getBinding(fn).isFormatSupported(opts);
  if (why !== '') {
    throw new AudioDeviceError(
      'UNSUPPORTED_FORMAT',
      `${fn}: PortAudio does not support ${describe}: ${why}${deviceListSuffix(devices)}`,
    );
  }
}
