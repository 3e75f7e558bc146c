import { getDefaultHost } from '../internal/DeviceHost';
import type { AudioDeviceInfo } from './AudioDeviceInfo';

/** PortAudio's default input and output devices (undefined where there is none). */
export interface DefaultDevices {
  readonly input: AudioDeviceInfo | undefined;
  readonly output: AudioDeviceInfo | undefined;
}

/**
 * PortAudio's default input and output devices — what `adc`, `dac` and `duplex` use when no
 * `device` is given.
 *
 * @throws AudioDeviceError `BINDING_UNAVAILABLE` when the native addon (@rxdsp/portaudio-native) cannot be loaded
 *
 * ## Example
 * ```ts
 * import { defaultDevices } from '@rxdsp/audio-portaudio';
 * const { input, output } = defaultDevices();
 * console.log(input?.name, output?.name); // 'default' 'default'
 * ```
 */
export function defaultDevices(): DefaultDevices {
  const devices = getDefaultHost().listDevices('defaultDevices');
  return {
    input: devices.find((d) => d.isDefaultInput),
    output: devices.find((d) => d.isDefaultOutput),
  };
}
