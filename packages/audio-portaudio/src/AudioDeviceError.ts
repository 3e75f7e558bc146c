import { RxdspError } from '@rxdsp/core';

/**
 * Codes of {@link AudioDeviceError}.
 *
 * | code | when |
 * | --- | --- |
 * | `UNKNOWN_DEVICE` | a device index or name that matches no device of the needed direction |
 * | `NO_DEFAULT_DEVICE` | no device was named and PortAudio has no default one |
 * | `UNSUPPORTED_CHANNELS` | more channels than the device has, or a channel count < 1 |
 * | `UNSUPPORTED_FORMAT` | PortAudio rejects the sample rate / channel / latency combination |
 * | `INVALID_FRAME_LENGTH` | frameLength not an integer ≥ 1 |
 * | `INVALID_OPTION` | another option out of range (sampleRate, latency, prefill, seconds …) |
 * | `BINDING_UNAVAILABLE` | the native addon (`@rxdsp/portaudio-native`) cannot be loaded |
 * | `OPEN_FAILED` | PortAudio failed to open or start the stream (sent to `error`) |
 * | `STREAM_FAILED` | the native stream failed while running or closing (sent to `error`) |
 */
export type AudioDeviceErrorCode =
  | 'UNKNOWN_DEVICE'
  | 'NO_DEFAULT_DEVICE'
  | 'UNSUPPORTED_CHANNELS'
  | 'UNSUPPORTED_FORMAT'
  | 'INVALID_FRAME_LENGTH'
  | 'INVALID_OPTION'
  | 'BINDING_UNAVAILABLE'
  | 'OPEN_FAILED'
  | 'STREAM_FAILED';

/**
 * A device configuration PortAudio cannot honour, or a native stream failure.
 *
 * Configuration problems are thrown synchronously when `adc`, `dac`, `duplex` or
 * `portAudioDevice` is called; their message names the function, the option and the value and
 * ends with the list of devices that do exist. Failures while streaming go to the
 * Observable's `error` (or reject `done` / `drain()`).
 *
 * ## Example
 * ```ts
 * try {
 *   adc({ device: 'no such card', sampleRate: 48000, channels: 1, frameLength: 256 });
 * } catch (err) {
 *   if (err instanceof AudioDeviceError && err.code === 'UNKNOWN_DEVICE') console.log(err.message);
 * }
 * ```
 */
export class AudioDeviceError extends RxdspError {
  declare readonly code: AudioDeviceErrorCode;
  constructor(code: AudioDeviceErrorCode, message: string) {
    super(code, message);
  }
}
