import { AudioDeviceError } from '../AudioDeviceError';
import type { AudioDeviceInfo, DeviceSelector } from './AudioDeviceInfo';
import { formatDeviceList } from './formatDeviceList';

/** Input or output side of a device. */
export type Direction = 'input' | 'output';

function channelsOf(d: AudioDeviceInfo, dir: Direction): number {
  return dir === 'input' ? d.maxInputChannels : d.maxOutputChannels;
}

/** The message tail every configuration error carries: the devices that do exist. */
export function deviceListSuffix(devices: readonly AudioDeviceInfo[]): string {
  return `\nAvailable devices:\n${formatDeviceList(devices)}`;
}

/**
 * Picks the device for one direction: a PortAudio index, a case-insensitive name substring
 * (an exact name wins over a substring, then the first device, in index order, that has
 * channels in that direction), or `undefined` for PortAudio's default device.
 *
 * @param fn the public function name, for messages (`'adc'`, `'dac'`, `'duplex'` …)
 * @param option the option name, for messages (`'device'`, `'inDevice'` …)
 * @throws AudioDeviceError `UNKNOWN_DEVICE` or `NO_DEFAULT_DEVICE`, listing the devices
 *
 * ## Example
 * ```ts
 * selectDevice('adc', 'device', listDevices(), 'pulse', 'input').index;
 * ```
 */
export function selectDevice(
  fn: string,
  option: string,
  devices: readonly AudioDeviceInfo[],
  selector: DeviceSelector,
  dir: Direction,
): AudioDeviceInfo {
  const tail = deviceListSuffix(devices);
  if (selector === undefined) {
    const d = devices.find((x) => (dir === 'input' ? x.isDefaultInput : x.isDefaultOutput));
    if (!d) throw new AudioDeviceError('NO_DEFAULT_DEVICE', `${fn}: no default ${dir} device and no ${option} given${tail}`);
    return d;
  }
  if (typeof selector === 'number') {
    const d = Number.isInteger(selector) ? devices.find((x) => x.index === selector) : undefined;
    if (!d) throw new AudioDeviceError('UNKNOWN_DEVICE', `${fn}: ${option} ${selector} does not exist${tail}`);
    if (channelsOf(d, dir) < 1) {
      throw new AudioDeviceError('UNKNOWN_DEVICE', `${fn}: ${option} ${selector} (${d.name}) has no ${dir} channels${tail}`);
    }
    return d;
  }
  if (typeof selector !== 'string' || selector.trim() === '') {
    throw new AudioDeviceError(
      'UNKNOWN_DEVICE',
      `${fn}: ${option} must be a device index or a non-empty name, got ${JSON.stringify(selector)}${tail}`,
    );
  }
  const want = selector.toLowerCase();
  const usable = devices.filter((x) => channelsOf(x, dir) >= 1);
  const d = usable.find((x) => x.name.toLowerCase() === want) ?? usable.find((x) => x.name.toLowerCase().includes(want));
  if (!d) {
    throw new AudioDeviceError('UNKNOWN_DEVICE', `${fn}: no ${dir} device matches ${option} "${selector}"${tail}`);
  }
  return d;
}
