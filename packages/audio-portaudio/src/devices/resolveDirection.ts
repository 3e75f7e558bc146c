import { AudioDeviceError } from '../AudioDeviceError';
import type { AudioDeviceInfo, DeviceSelector, LatencySpec } from './AudioDeviceInfo';
import { deviceListSuffix, selectDevice, type Direction } from './selectDevice';

/** A validated direction of a stream: the device, its channels and the suggested latency (s). */
export interface ResolvedDirection {
  readonly device: AudioDeviceInfo;
  readonly channels: number;
  readonly latency: number;
}

/** Checks `frameLength` (integer ≥ 1) and `sampleRate` (finite > 0); throws AudioDeviceError. */
export function checkFraming(fn: string, devices: readonly AudioDeviceInfo[], frameLength: unknown, sampleRate: unknown): void {
  if (typeof frameLength !== 'number' || !Number.isInteger(frameLength) || frameLength <= 0) {
    throw new AudioDeviceError(
      'INVALID_FRAME_LENGTH',
      `${fn}: frameLength must be an integer >= 1, got ${String(frameLength)}${deviceListSuffix(devices)}`,
    );
  }
  if (typeof sampleRate !== 'number' || !Number.isFinite(sampleRate) || sampleRate <= 0) {
    throw new AudioDeviceError(
      'UNSUPPORTED_FORMAT',
      `${fn}: sampleRate must be a finite number of Hz > 0, got ${String(sampleRate)}${deviceListSuffix(devices)}`,
    );
  }
}

/**
 * Resolves one direction's device, channel count and latency, or throws an AudioDeviceError
 * (`UNKNOWN_DEVICE`, `NO_DEFAULT_DEVICE`, `UNSUPPORTED_CHANNELS`, `INVALID_OPTION`) whose
 * message lists the devices.
 */
export function resolveDirection(
  fn: string,
  devices: readonly AudioDeviceInfo[],
  dir: Direction,
  selector: DeviceSelector,
  deviceOption: string,
  channels: unknown,
  latency: LatencySpec | undefined,
): ResolvedDirection {
  const device = selectDevice(fn, deviceOption, devices, selector, dir);
  const max = dir === 'input' ? device.maxInputChannels : device.maxOutputChannels;
  if (typeof channels !== 'number' || !Number.isInteger(channels) || channels < 1 || channels > max) {
    throw new AudioDeviceError(
      'UNSUPPORTED_CHANNELS',
      `${fn}: channels must be an integer from 1 to ${max} for ${dir} device [${device.index}] ${device.name}, ` +
        `got ${String(channels)}${deviceListSuffix(devices)}`,
    );
  }
  let seconds: number;
  if (latency === undefined || latency === 'low') {
    seconds = dir === 'input' ? device.defaultLowInputLatency : device.defaultLowOutputLatency;
  } else if (latency === 'high') {
    seconds = dir === 'input' ? device.defaultHighInputLatency : device.defaultHighOutputLatency;
  } else if (typeof latency === 'number' && Number.isFinite(latency) && latency > 0 && latency <= 10) {
    seconds = latency;
  } else {
    throw new AudioDeviceError(
      'INVALID_OPTION',
      `${fn}: latency must be seconds in (0, 10], 'low' or 'high', got ${JSON.stringify(latency)}${deviceListSuffix(devices)}`,
    );
  }
  return { device, channels, latency: seconds };
}
