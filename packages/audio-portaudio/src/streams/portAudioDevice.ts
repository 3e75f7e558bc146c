import { checkOptions, type AudioDevice, type DeviceConfig, type DuplexRunOptions, type Frame } from '@rxdsp/core';
import type { Observable, OperatorFunction } from 'rxjs';
import type { DeviceSelector, LatencySpec } from '../devices/AudioDeviceInfo';
import { checkFraming, resolveDirection } from '../devices/resolveDirection';
import { getDefaultHost, resolveStartTimeout, type DeviceHost } from '../internal/DeviceHost';
import { adcOn } from './adc';
import { dacOn, type PortAudioDacSink } from './dac';
import { duplexOn, type PortAudioDuplexHandle } from './duplex';

/** Options of {@link portAudioDevice}. */
export interface PortAudioDeviceOptions {
  /** Device for both directions; `inDevice` / `outDevice` override it. Index, name substring or default. */
  readonly device?: DeviceSelector;
  readonly inDevice?: DeviceSelector;
  readonly outDevice?: DeviceSelector;
  /** Hz, > 0. */
  readonly sampleRate: number;
  /** Channels in and out, integer ≥ 1. */
  readonly channels: number;
  /** Samples per channel per frame, integer ≥ 1. */
  readonly frameLength: number;
  /** Suggested latency: seconds, 'low' (default) or 'high'. */
  readonly latency?: LatencySpec;
  /** Output cushion in frames for `dac()` (default 2) and `duplex()` (default 1). */
  readonly prefill?: number;
  /** ALSA: real-time scheduling of PortAudio's callback thread (default true), as in `adc`. */
  readonly realtime?: boolean;
  /** Seconds a stream may take to deliver its first audio after its start (default 5), as in `adc`. */
  readonly startTimeout?: number;
}

/** The PortAudio implementation of core's `AudioDevice`. */
export interface PortAudioDevice extends AudioDevice {
  readonly kind: 'portaudio';
  dac(): PortAudioDacSink;
  duplex(pipeline: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>>, opts?: DuplexRunOptions): PortAudioDuplexHandle;
}

/**
 * A real device with the `AudioDevice` interface of `@rxdsp/core` — the same shape as core's
 * `simulatedDevice` — so one pipeline runs unchanged on either:
 * `device.adc()`, `device.dac()`, `device.duplex(pipeline, { seconds })`.
 *
 * The configuration is checked at once (AudioDeviceError with a code and the device list);
 * nothing is opened until a method is used. Each `adc()` subscription, `dac()` sink and
 * `duplex()` run opens its own native stream (PortAudio stays initialised between them, so a
 * start costs milliseconds).
 *
 * ## Example
 * ```ts
 * import { portAudioDevice } from '@rxdsp/audio-portaudio';
 * import { map } from 'rxjs';
 *
 * const device = portAudioDevice({ device: 'pulse', sampleRate: 48000, channels: 1, frameLength: 256, latency: 0.05 });
 * console.log(device.name); // 'pulse → pulse (ALSA)'
 * const run = device.duplex(map((f) => f), { seconds: 2 });
 * await run.done;
 * ```
 */
export function portAudioDevice(opts: PortAudioDeviceOptions): PortAudioDevice {
  return portAudioDeviceOn(getDefaultHost(), opts);
}

/** {@link portAudioDevice} on a given host (tests use a fake binding). Internal. */
export function portAudioDeviceOn(host: DeviceHost, opts: PortAudioDeviceOptions): PortAudioDevice {
  const fn = 'portAudioDevice';
  checkOptions(fn, opts);
  const devices = host.listDevices(fn);
  checkFraming(fn, devices, opts.frameLength, opts.sampleRate);
  const inSel = opts.inDevice ?? opts.device;
  const outSel = opts.outDevice ?? opts.device;
  const inDir = resolveDirection(fn, devices, 'input', inSel, opts.inDevice !== undefined ? 'inDevice' : 'device', opts.channels, opts.latency);
  const outDir = resolveDirection(fn, devices, 'output', outSel, opts.outDevice !== undefined ? 'outDevice' : 'device', opts.channels, opts.latency);
  resolveStartTimeout(fn, opts.startTimeout);
  const config: DeviceConfig = { sampleRate: opts.sampleRate, channels: opts.channels, frameLength: opts.frameLength };
  const common = {
    sampleRate: opts.sampleRate,
    channels: opts.channels,
    frameLength: opts.frameLength,
    ...(opts.latency !== undefined ? { latency: opts.latency } : {}),
    ...(opts.realtime !== undefined ? { realtime: opts.realtime } : {}),
    ...(opts.startTimeout !== undefined ? { startTimeout: opts.startTimeout } : {}),
  };
  const name =
    inDir.device.index === outDir.device.index
      ? `${inDir.device.name} → ${outDir.device.name} (${inDir.device.hostApi})`
      : `${inDir.device.name} (${inDir.device.hostApi}) → ${outDir.device.name} (${outDir.device.hostApi})`;
  return {
    kind: 'portaudio',
    name,
    config,
    adc: (): Observable<Frame<Int16Array>> => adcOn(host, { ...common, device: inDir.device.index }, `${fn}.adc`),
    dac: () =>
      dacOn(host, { ...common, device: outDir.device.index, ...(opts.prefill !== undefined ? { prefill: opts.prefill } : {}) }, `${fn}.dac`),
    duplex: (pipeline, run) =>
      duplexOn(
        host,
        {
          ...common,
          inDevice: inDir.device.index,
          outDevice: outDir.device.index,
          ...(opts.prefill !== undefined ? { prefill: opts.prefill } : {}),
          ...(run?.seconds !== undefined ? { seconds: run.seconds } : {}),
        },
        pipeline,
        `${fn}.duplex`,
      ),
  };
}
