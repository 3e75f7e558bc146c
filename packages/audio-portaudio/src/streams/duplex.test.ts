import { describe, expect, it } from 'vitest';
import type { DeviceEvent, Frame } from '@rxdsp/core';
import { config, map, mergeMap, take, type OperatorFunction } from 'rxjs';
import { AudioDeviceError } from '../AudioDeviceError';
import { DeviceHost } from '../internal/DeviceHost';
import { FakeBinding, settle } from '../../test/fakeBinding';
import { duplexOn } from './duplex';

function setup() {
  const fake = new FakeBinding();
  const host = new DeviceHost(() => fake);
  return { fake, host };
}

const negate = map((f: Frame<Int16Array>) => ({ ...f, channels: f.channels.map((c) => c.map((v) => -v)) }));

describe('duplex (fake binding)', () => {
  it('runs the pipeline between input and output on one stream, with prefill, timing and events', async () => {
    const { fake, host } = setup();
    const run = duplexOn(host, { device: 'usb', sampleRate: 48000, channels: 1, frameLength: 4, prefill: 1, latency: 0.03 }, negate);
    const events: DeviceEvent[] = [];
    run.events$.subscribe((e) => events.push(e));
    await settle();
    const s = fake.created[0]!;
    expect(s.opts.input).toEqual({ device: 2, channels: 1, latency: 0.03 });
    expect(s.opts.output).toEqual({ device: 2, channels: 1, latency: 0.03 });
    for (let k = 0; k < 6; k++) fake.tick(4);
    // callback k plays what was written after callback k−1: nothing at first, then the prefill
    // frame of silence, then the negated input frame 0 (samples 0..3 → 0, −10, −20, −30)
    expect(s.playedSamples.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(s.playedSamples.slice(4, 8)).toEqual([0, 0, 0, 0]);
    expect(s.playedSamples.slice(8, 12)).toEqual([0, -10, -20, -30]);
    expect(s.playedSamples.slice(12, 16)).toEqual([-40, -50, -60, -70]);
    expect(run.timing.count).toBe(6);
    expect([...run.timing.frameIndex.subarray(0, 6)]).toEqual([0, 4, 8, 12, 16, 20]);
    expect(Number.isNaN(run.timing.doneMs[5]!)).toBe(false);
    const result = await run.stop();
    expect(result).toEqual({ frames: 6, overflows: 0, underflows: 0, seconds: 24 / 48000 });
    expect(s.state).toBe('closed');
    expect(events.map((e) => e.type)).toEqual(['started', 'stopped']);
    expect(run.latencies()).toEqual({ input: 0.03, output: 0.03, sampleRate: 48000 });
  });

  it('stops by itself after `seconds` of input', async () => {
    const { fake, host } = setup();
    const run = duplexOn(host, { sampleRate: 1000, channels: 1, frameLength: 10, seconds: 0.05 }, map((f) => f));
    await settle();
    for (let k = 0; k < 8; k++) fake.tick(10);
    const r = await run.done;
    expect(r.frames).toBe(5);
    expect(r.seconds).toBe(0.05);
    expect(fake.openNow).toBe(0);
  });

  it('a pipeline that completes (take) ends the run', async () => {
    const { fake, host } = setup();
    const run = duplexOn(host, { sampleRate: 1000, channels: 1, frameLength: 10 }, take(3));
    await settle();
    for (let k = 0; k < 5; k++) fake.tick(10);
    const r = await run.done;
    expect(r.frames).toBe(3);
    expect(fake.openNow).toBe(0);
  });

  it('an error in the pipeline rejects done, aborts and closes the stream, and is not unhandled', async () => {
    const { fake, host } = setup();
    const run = duplexOn(
      host,
      { sampleRate: 1000, channels: 1, frameLength: 10 },
      map((f) => {
        if (f.index >= 20) throw new Error('pipeline bug');
        return f;
      }),
    );
    const events: DeviceEvent[] = [];
    run.events$.subscribe((e) => events.push(e));
    await settle();
    for (let k = 0; k < 4; k++) fake.tick(10);
    await expect(run.done).rejects.toThrow('pipeline bug');
    expect(fake.log).toContain('abort:begin');
    expect(fake.openNow).toBe(0);
    expect(events.map((e) => e.type)).toEqual(['started', 'error', 'stopped']);
    expect(await run.stop()).toMatchObject({ frames: 3 });
  });

  it('an output frame of the wrong format ends the run with FrameFormatError', async () => {
    const { fake, host } = setup();
    const run = duplexOn(host, { sampleRate: 1000, channels: 1, frameLength: 10 }, map((f) => ({ ...f, channels: [...f.channels, ...f.channels] })));
    await settle();
    fake.tick(10);
    await expect(run.done).rejects.toThrow(/expected 1 Int16Array channel/);
  });

  it('after a stall the output queue is cut back to the cushion at a frame boundary: one resync, counted and emitted', async () => {
    const { fake, host } = setup();
    const N = 4;
    const run = duplexOn(host, { sampleRate: 48000, channels: 1, frameLength: N, prefill: 1 }, negate);
    const events: DeviceEvent[] = [];
    run.events$.subscribe((e) => events.push(e));
    await settle();
    const s = fake.created[0]!;
    for (let k = 0; k < 4; k++) fake.tick(N);
    expect(s.ringFrames).toBe(2 * N); // the cushion (1 frame) plus the frame just written
    // the JavaScript thread stalls for 5 callbacks: the ring runs dry, zeros are played
    fake.stall();
    for (let k = 0; k < 5; k++) fake.tick(N);
    expect(s.underflows).toBe(3);
    fake.resume(); // the 5 held input frames arrive at once: 5 output frames for 2 free frames
    for (let k = 0; k < 6; k++) fake.tick(N);
    expect(run.stats()).toMatchObject({ resyncs: 1, resyncDroppedSamples: 3 * N, underflows: 3 });
    expect(events.filter((e) => e.type === 'resync')).toEqual([{ type: 'resync', count: 1, frameIndex: 7 * N, queuedSamples: 3 * N }]);
    // round trip of each played sample: input sample n (value 10·n, negated) played at position p → p − n
    const delays = s.playedSamples.map((v, p) => (v === 0 ? NaN : p + v / 10));
    expect(delays.slice(2 * N + 1, 6 * N)).toEqual(Array(4 * N - 1).fill(2 * N)); // (1 + prefill) frames (sample 0 is 0)
    // after the resync the round trip is that of the cushion again (without it: 3 frames more, for ever)
    expect(delays.slice(-3 * N)).toEqual(Array(3 * N).fill(2 * N));
    expect(s.ringFrames).toBe(2 * N);
    await run.stop();
  });

  it('a pipeline that emits more frames than it receives is bounded the same way and ends on time', async () => {
    const { fake, host } = setup();
    const N = 10;
    const twice: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = mergeMap((f) => [f, f]);
    const run = duplexOn(host, { sampleRate: 1000, channels: 1, frameLength: N, prefill: 1, seconds: 0.4 }, twice);
    await settle();
    const s = fake.created[0]!;
    let maxRing = 0;
    for (let k = 0; k < 40 && s.state === 'running'; k++) {
      fake.tick(N);
      maxRing = Math.max(maxRing, s.ringFrames);
    }
    const r = await run.done;
    expect(r.frames).toBe(40);
    expect(r.seconds).toBe(0.4);
    expect(maxRing).toBeLessThanOrEqual(3 * N); // cushion + 1 frame + the frame just written
    const st = run.stats();
    expect(st.resyncs).toBeGreaterThanOrEqual(10);
    // about half of the 80 output frames could not be played in 40 callbacks: dropped and counted
    expect(st.resyncDroppedSamples).toBeGreaterThanOrEqual(35 * N);
  });

  it('an error nobody handles (done never read) is reported like an RxJS unhandled error; a read done receives it instead', async () => {
    const seen: unknown[] = [];
    const before = config.onUnhandledError;
    config.onUnhandledError = (e) => seen.push(e);
    try {
      const failing = map((f: Frame<Int16Array>) => {
        if (f.index >= 10) throw new Error('nobody listens');
        return f;
      });
      const a = setup();
      duplexOn(a.host, { sampleRate: 1000, channels: 1, frameLength: 10 }, failing);
      await settle();
      for (let k = 0; k < 3; k++) a.fake.tick(10);
      await settle(30);
      expect(seen).toHaveLength(1);
      expect((seen[0] as Error).message).toBe('nobody listens');

      const b = setup();
      const run = duplexOn(b.host, { sampleRate: 1000, channels: 1, frameLength: 10 }, failing);
      const done = run.done;
      await settle();
      for (let k = 0; k < 3; k++) b.fake.tick(10);
      await expect(done).rejects.toThrow('nobody listens');
      await settle(30);
      expect(seen).toHaveLength(1);
    } finally {
      config.onUnhandledError = before;
    }
  });

  it('checks its options', () => {
    const { host } = setup();
    const ok = { sampleRate: 48000, channels: 1, frameLength: 4 };
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as AudioDeviceError).code;
      }
      return undefined;
    };
    expect(code(() => duplexOn(host, { ...ok, inDevice: 'speakers' }, map((f) => f)))).toBe('UNKNOWN_DEVICE');
    expect(code(() => duplexOn(host, { ...ok, outDevice: 'microphone' }, map((f) => f)))).toBe('UNKNOWN_DEVICE');
    expect(code(() => duplexOn(host, { ...ok, frameLength: 0 }, map((f) => f)))).toBe('INVALID_FRAME_LENGTH');
    expect(code(() => duplexOn(host, { ...ok, seconds: -1 }, map((f) => f)))).toBe('INVALID_OPTION');
    expect(code(() => duplexOn(host, { ...ok, prefill: 100 }, map((f) => f)))).toBe('INVALID_OPTION');
    expect(code(() => duplexOn(host, { ...ok, startTimeout: 0 }, map((f) => f)))).toBe('INVALID_OPTION');
    expect(() => duplexOn(host, { ...ok, startTimeout: Number.NaN }, map((f) => f))).toThrow(/duplex: startTimeout must be a number of seconds in \(0, 600\], got NaN/);
    expect(() => duplexOn(host, ok, 'nope' as never)).toThrow(TypeError);
  });
});
