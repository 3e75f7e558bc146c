import { describe, expect, it } from 'vitest';
import { DeviceHost } from '../internal/DeviceHost';
import { FakeBinding, fakeDevice } from '../../test/fakeBinding';
import { formatDeviceList } from './formatDeviceList';

describe('formatDeviceList / DeviceHost.listDevices', () => {
  it('maps the native list (seconds kept as doubles) and prints one line per device', () => {
    const fake = new FakeBinding();
    fake.devices = [
      fakeDevice(0, 'pulse', 32, 32, { defaultLowInputLatency: 0.0087075, defaultLowOutputLatency: 0.0087075, defaultHighInputLatency: 0.03483, defaultHighOutputLatency: 0.03483, defaultSampleRate: 44100 }),
      fakeDevice(1, 'default', 32, 32, { isDefaultInput: true, isDefaultOutput: true }),
    ];
    const devices = new DeviceHost(() => fake).listDevices('test');
    expect(devices[0]).toMatchObject({ index: 0, name: 'pulse', hostApi: 'FakeHost', defaultLowInputLatency: 0.0087075, defaultSampleRate: 44100 });
    expect(formatDeviceList(devices).split('\n')).toEqual([
      '[0] pulse (FakeHost) in 32 / out 32, 44100 Hz, latency low 8.7/8.7 ms high 34.8/34.8 ms',
      '[1] default (FakeHost) in 32 / out 32, 48000 Hz, latency low 10.0/12.0 ms high 40.0/50.0 ms (default input, default output)',
    ]);
    expect(formatDeviceList([])).toBe('(no devices)');
  });
});
