import { describe, expect, it } from 'vitest';
import type { DeviceEvent, Frame } from '@rxdsp/core';
import { map } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import { DeviceHost } from '../internal/DeviceHost';
import { FakeBinding, settle } from '../../test/fakeBinding';
import { DspIoStream } from './DspIoStream';

const negate = map((f: Frame<Int16Array>) => ({ ...f, channels: f.channels.map((c) => c.map((v) => -v)) }));

describe('DspIoStream (fake binding)', () => {
  it('streams for `seconds` through duplex, keeps the last tCapture seconds of output, and reports timing', async () => {
    const fake = new FakeBinding();
    const host = new DeviceHost(() => fake);
    const io = new DspIoStream(negate, { inDevice: 'usb', outDevice: 'usb', fs: 1000, frameLength: 10, tCapture: 0.05 }, host);
    const events: DeviceEvent[] = [];
    io.events$.subscribe((e) => events.push(e));
    const done = io.stream(0.1);
    expect(io.isRunning).toBe(true);
    expect(() => io.stream(1)).toThrow(RangeError);
    await settle();
    expect(fake.created[0]!.opts).toMatchObject({ sampleRate: 1000, framesPerBuffer: 10 });
    for (let k = 0; k < 12; k++) fake.tick(10);
    const r = await done;
    expect(r).toMatchObject({ frames: 10, overflows: 0, underflows: 0, seconds: 0.1 });
    expect(io.isRunning).toBe(false);
    // capture: the last 50 samples of output = −(input samples 50..99), input sample n = 10·n
    expect(io.capture.length).toBe(50);
    expect(Array.from(io.capture.left).slice(0, 3)).toEqual([-500, -510, -520]);
    const stats = io.streamStats();
    expect(stats.frames).toBe(10);
    expect(io.timing?.count).toBe(10);
    const svg = await io.activityPlot();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(events.map((e) => e.type)).toEqual(['started', 'stopped']);
  });

  it('stream(0) runs until stop()', async () => {
    const fake = new FakeBinding();
    const host = new DeviceHost(() => fake);
    const io = new DspIoStream(negate, { fs: 1000, frameLength: 10 }, host);
    const done = io.stream(0);
    await settle();
    for (let k = 0; k < 30; k++) fake.tick(10);
    const r = await io.stop();
    expect(r?.frames).toBe(30);
    await expect(done).resolves.toMatchObject({ frames: 30 });
    expect(io.capture.length).toBe(0); // tCapture 0: nothing kept
    expect(fake.openNow).toBe(0);
  });

  it('checks its configuration at construction', () => {
    const host = new DeviceHost(() => new FakeBinding());
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof AudioDeviceError ? e.code : String(e);
      }
      return undefined;
    };
    expect(code(() => new DspIoStream(negate, { inDevice: 42 }, host))).toBe('UNKNOWN_DEVICE');
    expect(code(() => new DspIoStream(negate, { frameLength: 0 }, host))).toBe('INVALID_FRAME_LENGTH');
    expect(code(() => new DspIoStream(negate, { fs: 11111 }, host))).toBe('UNSUPPORTED_FORMAT');
    expect(code(() => new DspIoStream(negate, { tCapture: -1 }, host))).toBe('INVALID_OPTION');
    expect(() => new DspIoStream('x' as never, {}, host)).toThrow(TypeError);
    expect(() => new DspIoStream(negate, {}, host).streamStats()).toThrow(RangeError);
  });
});
