import { describe, expect, it } from 'vitest';
import { FrameFormatError, type DeviceEvent, type Frame } from '@rxdsp/core';
import { Subject, config, from, throwError } from 'rxjs';
import { DeviceHost } from '../internal/DeviceHost';
import { FakeBinding, settle } from '../../test/fakeBinding';
import { dacOn } from './dac';

function setup() {
  const fake = new FakeBinding();
  const host = new DeviceHost(() => fake);
  return { fake, host };
}

/** Stereo frame k of length n: left = k·100 + i, right = −(k·100 + i). */
function frame(k: number, n: number, ch = 2): Frame<Int16Array> {
  const chans: Int16Array[] = [];
  for (let c = 0; c < ch; c++) chans.push(Int16Array.from({ length: n }, (_, i) => (c === 0 ? 1 : -1) * (k * 100 + i)));
  return { channels: chans, sampleRate: 48000, index: k * n };
}

describe('dac (fake binding)', () => {
  it('opens on the first frame, plays every frame in order, interleaved, then drains and closes', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { device: 'speakers', sampleRate: 48000, channels: 2, frameLength: 4, prefill: 0 });
    const events: DeviceEvent[] = [];
    out.events$.subscribe((e) => events.push(e));
    const src = new Subject<Frame<Int16Array>>();
    src.subscribe(out);
    await settle();
    expect(fake.created.length).toBe(0); // nothing before the first frame
    src.next(frame(0, 4));
    src.next(frame(1, 3)); // any length is played
    await settle();
    const s = fake.created[0]!;
    expect(s.opts.output).toEqual({ device: 1, channels: 2, latency: 0.012 });
    src.next(frame(2, 4));
    src.complete();
    let drained = false;
    void out.drain().then(() => (drained = true));
    for (let i = 0; i < 4; i++) fake.tick(4);
    await settle();
    expect(drained).toBe(true);
    const played = s.playedSamples.slice(0, 22);
    expect(played.slice(0, 8)).toEqual([0, 0, 1, -1, 2, -2, 3, -3]);
    expect(played.slice(8, 14)).toEqual([100, -100, 101, -101, 102, -102]);
    expect(played.slice(14, 22)).toEqual([200, -200, 201, -201, 202, -202, 203, -203]);
    expect(s.underflows).toBe(0);
    expect(s.state).toBe('closed');
    expect(fake.log).toContain('stop:begin'); // drained with Pa_StopStream, not aborted
    expect(events.map((e) => e.type)).toEqual(['started', 'stopped']);
    expect(out.stats()).toMatchObject({ frames: 3, underflows: 0 });
  });

  it('buffers a producer faster than real time without dropping anything', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { sampleRate: 48000, channels: 1, frameLength: 64, bufferSeconds: 0.05 }); // ring 2400 frames
    const frames = Array.from({ length: 100 }, (_, k) => frame(k, 64, 1)); // 6400 samples
    from(frames).subscribe(out);
    await settle();
    const s = fake.created[0]!;
    while (s.state === 'running') {
      fake.tick(512);
      await settle(2);
    }
    await out.drain();
    const expected = frames.flatMap((f) => [...f.channels[0]!]);
    expect(s.playedSamples.slice(0, expected.length)).toEqual(expected);
    expect(s.underflows).toBe(0);
  });

  it('waits for the prefill cushion, then reports underflows of a slow producer', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { sampleRate: 48000, channels: 1, frameLength: 4, prefill: 2 });
    const events: DeviceEvent[] = [];
    out.events$.subscribe((e) => events.push(e));
    const src = new Subject<Frame<Int16Array>>();
    src.subscribe(out);
    src.next(frame(0, 4, 1));
    await settle();
    const s = fake.created[0]!;
    fake.tick(4); // cushion not full: silence, not an underflow
    expect(s.playedSamples).toEqual([0, 0, 0, 0]);
    src.next(frame(1, 4, 1));
    fake.tick(4);
    fake.tick(4);
    fake.tick(4); // producer late: underflow
    fake.tick(4);
    expect(s.underflows).toBe(2);
    await settle();
    expect(events.filter((e) => e.type === 'underflow').length).toBeGreaterThanOrEqual(1);
    expect(out.stats().underflows).toBe(2);
    src.complete();
    fake.tick(4);
    await out.drain();
  });

  it('completing without any frame resolves drain() without opening a device', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { sampleRate: 48000, channels: 1, frameLength: 4 });
    from([] as Frame<Int16Array>[]).subscribe(out);
    await out.drain();
    expect(fake.created.length).toBe(0);
  });

  it('an upstream error aborts the output and rejects drain()', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { sampleRate: 48000, channels: 1, frameLength: 4 });
    const src = new Subject<Frame<Int16Array>>();
    src.subscribe(out);
    src.next(frame(0, 4, 1));
    await settle();
    src.error(new Error('upstream'));
    await expect(out.drain()).rejects.toThrow('upstream');
    expect(fake.log).toContain('abort:begin');
    expect(fake.openNow).toBe(0);
  });

  it('a frame of the wrong format is a FrameFormatError', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { sampleRate: 48000, channels: 2, frameLength: 4 });
    const src = new Subject<Frame<Int16Array>>();
    src.subscribe(out);
    src.next(frame(0, 4, 2));
    await settle();
    src.next(frame(1, 4, 1));
    await expect(out.drain()).rejects.toBeInstanceOf(FrameFormatError);
    await settle();
    expect(fake.openNow).toBe(0);
  });

  it('abort() stops at once, drops what is queued and resolves drain()', async () => {
    const { fake, host } = setup();
    const out = dacOn(host, { sampleRate: 48000, channels: 1, frameLength: 4, prefill: 0 });
    const src = new Subject<Frame<Int16Array>>();
    src.subscribe(out);
    for (let k = 0; k < 5; k++) src.next(frame(k, 4, 1));
    await settle();
    fake.tick(4);
    await out.abort();
    await out.drain();
    expect(fake.log).toContain('abort:begin');
    expect(fake.log).not.toContain('stop:begin');
    expect(fake.openNow).toBe(0);
    src.next(frame(9, 4, 1)); // ignored after abort
    expect(fake.created.length).toBe(1);
  });

  it('an error nobody handles (drain() never called) is reported like an RxJS unhandled error, never swallowed', async () => {
    const seen: unknown[] = [];
    const before = config.onUnhandledError;
    config.onUnhandledError = (e) => seen.push(e);
    try {
      const { host } = setup();
      // an upstream error before any frame, and a format error after one: both reach the sink
      throwError(() => new Error('upstream failed')).subscribe(dacOn(host, { sampleRate: 48000, channels: 2, frameLength: 4 }));
      const src = new Subject<Frame<Int16Array>>();
      src.subscribe(dacOn(host, { sampleRate: 48000, channels: 2, frameLength: 4 }));
      src.next(frame(0, 4));
      src.next(frame(1, 4, 1));
      await settle(40);
      expect(seen.map((e) => (e as Error).message)).toEqual(['upstream failed', expect.stringMatching(/expected 2 Int16Array channel/)]);
      expect(seen[1]).toBeInstanceOf(FrameFormatError);
      // drain() called (even after the synchronous failure, in the same turn): the caller gets it
      const out = dacOn(host, { sampleRate: 48000, channels: 2, frameLength: 4 });
      throwError(() => new Error('handled')).subscribe(out);
      await expect(out.drain()).rejects.toThrow('handled');
      await settle(40);
      expect(seen).toHaveLength(2);
    } finally {
      config.onUnhandledError = before;
    }
  });
});
