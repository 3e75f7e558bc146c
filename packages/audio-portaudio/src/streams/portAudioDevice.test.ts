import { describe, expect, it } from 'vitest';
import type { AudioDevice, Frame } from '@rxdsp/core';
import { from, map, take, toArray, firstValueFrom } from 'rxjs';
import { DeviceHost } from '../internal/DeviceHost';
import { FakeBinding, settle, tickUntil } from '../../test/fakeBinding';
import { portAudioDeviceOn } from './portAudioDevice';

describe('portAudioDevice (fake binding)', () => {
  it('implements core AudioDevice: adc, dac and duplex on the chosen devices', async () => {
    const fake = new FakeBinding();
    const host = new DeviceHost(() => fake);
    const device: AudioDevice = portAudioDeviceOn(host, { inDevice: 'microphone', outDevice: 'speakers', sampleRate: 48000, channels: 2, frameLength: 8, latency: 'high' });
    expect(device.kind).toBe('portaudio');
    expect(device.name).toBe('Built-in Microphone (FakeHost) → Built-in Speakers (FakeHost)');
    expect(device.config).toEqual({ sampleRate: 48000, channels: 2, frameLength: 8 });

    const frames = await tickUntil(fake, firstValueFrom(device.adc().pipe(take(2), toArray())), 16);
    expect(frames.map((f) => f.index)).toEqual([0, 8]);
    expect(fake.created[0]!.opts.input).toEqual({ device: 0, channels: 2, latency: 0.04 });

    const out = device.dac();
    const f: Frame<Int16Array> = { channels: [new Int16Array(8), new Int16Array(8)], sampleRate: 48000, index: 0 };
    from([f, f]).subscribe(out);
    await tickUntil(fake, out.drain(), 16);
    expect(fake.created[1]!.opts.output).toEqual({ device: 1, channels: 2, latency: 0.05 });

    const run = device.duplex(map((x) => x), { seconds: 16 / 48000 });
    expect(await tickUntil(fake, run.done, 8)).toMatchObject({ frames: 2 });
    await settle();
    expect(fake.openNow).toBe(0);
  });

  it('checks its options argument with core\'s checkOptions', () => {
    const host = new DeviceHost(() => new FakeBinding());
    expect(() => portAudioDeviceOn(host, null as never)).toThrow(new TypeError('portAudioDevice: options must be an object, got null'));
    expect(() => portAudioDeviceOn(host, [] as never)).toThrow(new TypeError('portAudioDevice: options must be an object, got []'));
  });
});
