import { getDefaultHost } from '../internal/DeviceHost';
import type { AudioDeviceInfo } from './AudioDeviceInfo';

/**
 * The audio devices PortAudio sees — index, name, host API, input/output channel counts,
 * default sample rate, default low/high latencies (seconds) and default-device markers — what
 * pyaudio_helper's `available_devices()` printed (print them with `formatDeviceList`).
 *
 * The first call initialises PortAudio for the process (on ALSA this probes every device: from a
 * few ms with the virtual device to about a second with many cards); later calls return the
 * cached list. PortAudio then stays initialised, which is what makes every stream start fast.
 *
 * @returns devices in PortAudio index order
 * @throws AudioDeviceError `BINDING_UNAVAILABLE` when the native addon (@rxdsp/portaudio-native) cannot be loaded
 *
 * ## Example
 * ```ts
 * import { formatDeviceList, listDevices } from '@rxdsp/audio-portaudio';
 * console.log(formatDeviceList(listDevices()));
 * // [0] pulse (ALSA) in 32 / out 32, 44100 Hz, latency low 8.7/8.7 ms high 34.8/34.8 ms
 * // [1] default (ALSA) in 32 / out 32, 44100 Hz, … (default input, default output)
 * ```
 */
export function listDevices(): readonly AudioDeviceInfo[] {
  return getDefaultHost().listDevices('listDevices');
}
