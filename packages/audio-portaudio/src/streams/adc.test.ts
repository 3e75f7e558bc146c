import { describe, expect, it } from 'vitest';
import type { DeviceEvent, Frame } from '@rxdsp/core';
import { map, take } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import { PA_INPUT_OVERFLOW } from '../internal/binding';
import { DeviceHost } from '../internal/DeviceHost';
import { FakeBinding, settle } from '../../test/fakeBinding';
import { adcOn } from './adc';

function setup() {
  const fake = new FakeBinding();
  const host = new DeviceHost(() => fake);
  return { fake, host };
}

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    return err instanceof AudioDeviceError ? err.code : `not an AudioDeviceError: ${String(err)}`;
  }
  return undefined;
}

describe('adc (fake binding)', () => {
  it('opens on subscribe, frames odd PortAudio chunks exactly, closes on unsubscribe', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { device: 'usb', sampleRate: 48000, channels: 2, frameLength: 100, latency: 0.05 });
    const events: DeviceEvent[] = [];
    src.events$.subscribe((e) => events.push(e));
    expect(fake.created.length).toBe(0); // cold
    const frames: Frame<Int16Array>[] = [];
    const sub = src.subscribe((f) => frames.push(f));
    await settle();
    const s = fake.created[0]!;
    expect(s.opts.input).toEqual({ device: 2, channels: 2, latency: 0.05 });
    expect(s.opts.framesPerBuffer).toBe(100);
    for (const n of [37, 64, 99, 1, 250, 49]) fake.tick(n); // 500 samples
    expect(frames.map((f) => f.index)).toEqual([0, 100, 200, 300, 400]);
    // fake input: channel c of sample n = n·10 + c
    expect(frames[3]!.channels[1]![5]).toBe(305 * 10 + 1);
    expect(frames.every((f) => f.channels.every((c) => c.length === 100))).toBe(true);
    expect(frames[1]!.time).toBeCloseTo(100 + 100 / 48000, 9);
    sub.unsubscribe();
    await settle();
    expect(s.state).toBe('closed');
    expect(fake.log.filter((l) => l.endsWith(':begin'))).toEqual(['open:begin', 'start:begin', 'abort:begin', 'close:begin']);
    expect(events.map((e) => e.type)).toEqual(['started', 'stopped']);
    expect(src.latencies()).toEqual({ input: 0.05, output: 0, sampleRate: 48000 });
    expect(src.stats().frames).toBe(5);
  });

  it('is cold: two subscriptions get two streams with their own index', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 4 });
    const a: number[] = [];
    const b: number[] = [];
    const sa = src.subscribe((f) => a.push(f.index));
    fake.tick(0);
    await settle();
    fake.tick(8);
    const sb = src.subscribe((f) => b.push(f.index));
    await settle();
    fake.tick(8);
    expect(a).toEqual([0, 4, 8, 12]);
    expect(b).toEqual([0, 4]);
    sa.unsubscribe();
    sb.unsubscribe();
    await settle();
    expect(fake.openNow).toBe(0);
  });

  it('reports overflows: PortAudio flags and dropped callbacks (a gap in index), never silently', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 10 });
    const events: DeviceEvent[] = [];
    src.events$.subscribe((e) => events.push(e));
    const idx: number[] = [];
    const sub = src.subscribe((f) => idx.push(f.index));
    await settle();
    fake.tick(15);
    fake.tick(10, { drop: true }); // samples 15..24 lost: frame [10, 20) incomplete → discarded
    fake.tick(10, { flags: PA_INPUT_OVERFLOW });
    fake.tick(10);
    expect(idx).toEqual([0, 25, 35]);
    expect(events.filter((e) => e.type === 'overflow')).toEqual([
      { type: 'overflow', count: 1, frameIndex: 25 },
      { type: 'overflow', count: 2, frameIndex: 25 },
    ]);
    expect(src.stats()).toMatchObject({ overflows: 2, droppedSamples: 10 });
    sub.unsubscribe();
    await settle();
  });

  it('unsubscribing before the open ran never opens a stream', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 10 });
    const busy = src.subscribe(); // occupies the queue
    const sub = src.subscribe();
    sub.unsubscribe();
    await settle(50);
    expect(fake.created.length).toBe(1);
    busy.unsubscribe();
    await settle();
    expect(fake.openNow).toBe(0);
  });

  it('an error in the pipeline errors the Observable and closes the stream', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 10 });
    let error: unknown;
    src
      .pipe(
        map((f) => {
          if (f.index >= 20) throw new Error('user bug');
          return f;
        }),
      )
      .subscribe({ error: (e) => (error = e) });
    await settle();
    fake.tick(40);
    expect((error as Error).message).toBe('user bug');
    await settle();
    expect(fake.created[0]!.state).toBe('closed');
    expect(fake.openNow).toBe(0);
  });

  it('take(n) completes and closes', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 10 });
    let completed = false;
    src.pipe(take(2)).subscribe({ complete: () => (completed = true) });
    await settle();
    fake.tick(25);
    expect(completed).toBe(true);
    await settle();
    expect(fake.created[0]!.state).toBe('closed');
  });

  it('an open failure errors the Observable with OPEN_FAILED', async () => {
    const { fake, host } = setup();
    fake.failOn = 'open';
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 10 });
    let error: unknown;
    src.subscribe({ error: (e) => (error = e) });
    await settle();
    expect(error).toBeInstanceOf(AudioDeviceError);
    expect((error as AudioDeviceError).code).toBe('OPEN_FAILED');
    expect(fake.openNow).toBe(0);
  });

  it('rejects bad configuration synchronously with a code and the device list', () => {
    const { host } = setup();
    const base = { sampleRate: 48000, channels: 1, frameLength: 256 };
    expect(codeOf(() => adcOn(host, { ...base, device: 9 }))).toBe('UNKNOWN_DEVICE');
    expect(codeOf(() => adcOn(host, { ...base, device: 'speakers' }))).toBe('UNKNOWN_DEVICE'); // output only
    expect(codeOf(() => adcOn(host, { ...base, channels: 3 }))).toBe('UNSUPPORTED_CHANNELS'); // mic has 2
    expect(codeOf(() => adcOn(host, { ...base, channels: 0 }))).toBe('UNSUPPORTED_CHANNELS');
    expect(codeOf(() => adcOn(host, { ...base, sampleRate: 11111 }))).toBe('UNSUPPORTED_FORMAT');
    expect(codeOf(() => adcOn(host, { ...base, sampleRate: -1 }))).toBe('UNSUPPORTED_FORMAT');
    for (const frameLength of [0, -256, 1.5, Number.NaN]) {
      expect(codeOf(() => adcOn(host, { ...base, frameLength }))).toBe('INVALID_FRAME_LENGTH');
    }
    expect(codeOf(() => adcOn(host, { ...base, latency: -0.1 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => adcOn(host, { ...base, latency: 'medium' as 'low' }))).toBe('INVALID_OPTION');
    try {
      adcOn(host, { ...base, frameLength: 0 });
    } catch (err) {
      expect((err as Error).message).toMatch(/^adc: frameLength must be an integer >= 1, got 0/);
      expect((err as Error).message).toContain('[2] USB Audio Interface (FakeHost) in 8 / out 8');
    }
  });

  it("resolves 'low' and 'high' latencies from the device", async () => {
    const { fake, host } = setup();
    adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 8, latency: 'high' }).subscribe().unsubscribe();
    adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 8 }).subscribe().unsubscribe();
    await settle();
    // both were unsubscribed before opening: nothing opened, but the options were resolved
    expect(fake.created.length).toBe(0);
    const sub = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 8, latency: 'high' }).subscribe();
    await settle();
    expect(fake.created[0]!.opts.input!.latency).toBe(0.04);
    sub.unsubscribe();
    await settle();
  });

  it('reports a binding that cannot be loaded as BINDING_UNAVAILABLE', () => {
    const host = new DeviceHost(() => {
      throw new Error('Cannot find module naudiodon');
    });
    expect(codeOf(() => adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 8 }))).toBe('BINDING_UNAVAILABLE');
  });

  it('a stream PortAudio stopped by itself (no more callbacks) errors with STREAM_FAILED instead of hanging', async () => {
    const { fake, host } = setup();
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 256 });
    let error: unknown;
    src.subscribe({ error: (e) => (error = e) });
    await settle();
    fake.tick(256);
    // no more callbacks: the watchdog fires after 2 s (its minimum)
    await new Promise((r) => setTimeout(r, 2800));
    expect(error).toBeInstanceOf(AudioDeviceError);
    expect((error as AudioDeviceError).code).toBe('STREAM_FAILED');
    expect((error as Error).message).toMatch(/^adc: the device delivered no audio for \d+\.\d s/);
    await settle();
    expect(fake.openNow).toBe(0);
  });

  it('a slow device: the first callback may take up to startTimeout (here 2.4 s, past the 2 s stall limit); none at all is STREAM_FAILED', async () => {
    const { fake, host } = setup();
    const slow = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 256, startTimeout: 3 });
    let error: unknown;
    const frames: number[] = [];
    const sub = slow.subscribe({ next: (f) => frames.push(f.index), error: (e) => (error = e) });
    await settle();
    await new Promise((r) => setTimeout(r, 2400));
    expect(error).toBeUndefined();
    fake.tick(256);
    expect(frames).toEqual([0]);
    sub.unsubscribe();

    const dead = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 256, startTimeout: 0.3 });
    const t0 = performance.now();
    const failed = new Promise<unknown>((resolve) => dead.subscribe({ error: resolve }));
    const err = await failed;
    expect(performance.now() - t0).toBeGreaterThanOrEqual(300);
    expect((err as AudioDeviceError).code).toBe('STREAM_FAILED');
    expect((err as Error).message).toMatch(/^adc: the device delivered no audio in the \d+\.\d s after the start \(startTimeout 0\.3 s\)$/);
    await settle();
    expect(fake.openNow).toBe(0);
  });

  it('checks startTimeout', () => {
    const { host } = setup();
    for (const bad of [0, -1, 601, Number.NaN, '5' as unknown as number]) {
      expect(() => adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 256, startTimeout: bad })).toThrow(
        new RegExp(`^adc: startTimeout must be a number of seconds in \\(0, 600\\], got ${String(bad)}`),
      );
    }
  });
});
