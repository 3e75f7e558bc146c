import type { AudioDeviceInfo } from './AudioDeviceInfo';

/**
 * One line per device — index, name, host API, input/output channels, default rate and
 * low/high latencies in ms, default markers — as `listDevices` users and error messages show it.
 *
 * ## Example
 * ```ts
 * console.log(formatDeviceList(listDevices()));
 * // [0] pulse (ALSA) in 32 / out 32, 44100 Hz, latency low 8.7/8.7 ms high 34.8/34.8 ms
 * ```
 */
export function formatDeviceList(devices: readonly AudioDeviceInfo[]): string {
  if (devices.length === 0) return '(no devices)';
  const ms = (s: number) => (s * 1000).toFixed(1);
  return devices
    .map((d) => {
      const marks = [d.isDefaultInput ? 'default input' : '', d.isDefaultOutput ? 'default output' : '']
        .filter(Boolean)
        .join(', ');
      return (
        `[${d.index}] ${d.name} (${d.hostApi}) in ${d.maxInputChannels} / out ${d.maxOutputChannels}, ` +
        `${d.defaultSampleRate} Hz, latency low ${ms(d.defaultLowInputLatency)}/${ms(d.defaultLowOutputLatency)} ms ` +
        `high ${ms(d.defaultHighInputLatency)}/${ms(d.defaultHighOutputLatency)} ms` +
        (marks ? ` (${marks})` : '')
      );
    })
    .join('\n');
}
