import { delay, map, merge, NEVER, take, tap, VirtualTimeScheduler, type OperatorFunction } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { at, concatChannel, f64, i16, testScheduler } from '../../test/support/testing';
import { gain } from '../operators/gain';
import { toInt16 } from '../operators/toInt16';
import { FrameFormatError } from '../types/errors';
import type { DeviceEvent, DuplexResult } from '../types/AudioDevice';
import type { Frame } from '../types/Frame';
import { simulatedDevice } from './simulatedDevice';

const SR = 1000; // 1 kHz and frameLength 4 → one frame every 4 ms of virtual time
const passThrough: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = (s) => s;

describe('simulatedDevice.adc', () => {
  it('marbles: frames of exactly frameLength at (k+1)·T, zero-padded last frame, completes when the input ends', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], scheduler: ts });
      expectObservable(dev.adc()).toBe('4ms a 3ms b 3ms c 3ms |', {
        a: at(i16(0, SR, [1, 2, 3, 4]), 0),
        b: at(i16(4, SR, [5, 6, 7, 8]), 0.004),
        c: at(i16(8, SR, [9, 10, 0, 0]), 0.008),
      });
    });
  });

  it('marbles: loop and silence input ends; interleaved stereo; no input = silence; unsubscribe', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      const loop = simulatedDevice({ sampleRate: SR, frameLength: 2, channels: 2, input: Int16Array.of(1, -1, 2, -2, 3, -3), inputEnd: 'loop', scheduler: ts });
      expectObservable(loop.adc(), '^ 6ms !').toBe('2ms a 1ms b 1ms c', {
        a: at(i16(0, SR, [1, 2], [-1, -2]), 0),
        b: at(i16(2, SR, [3, 1], [-3, -1]), 0.002),
        c: at(i16(4, SR, [2, 3], [-2, -3]), 0.004),
      });
      const sil = simulatedDevice({ sampleRate: SR, frameLength: 2, channels: 1, input: [7], inputEnd: 'silence', scheduler: ts });
      expectObservable(sil.adc(), '^ 4ms !').toBe('2ms a 1ms b', { a: at(i16(0, SR, [7, 0]), 0), b: at(i16(2, SR, [0, 0]), 0.002) });
      const none = simulatedDevice({ sampleRate: SR, frameLength: 2, channels: 1, scheduler: ts });
      expectObservable(none.adc(), '^ 2ms !').toBe('2ms a', { a: at(i16(0, SR, [0, 0]), 0) });
    });
  });

  it('marbles: an Observable input is reframed, float input scaled; its error errors the ADC; unsubscription reaches it', () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable, expectSubscriptions }) => {
      const src = cold('(abc|)', { a: f64(0, SR, [0.5, 0.25, 1]), b: f64(3, SR, [-0.5, 0]), c: f64(5, SR, [0.125]) });
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: src, inputScale: 'unit', scheduler: ts });
      expectObservable(dev.adc()).toBe('4ms a 3ms b 3ms |', {
        a: at(i16(0, SR, [16384, 8192, 32767, -16384]), 0),
        b: at(i16(4, SR, [0, 4096, 0, 0]), 0.004),
      });
      const failing = cold('a 5ms #', { a: i16(0, SR, [1, 2, 3, 4, 5, 6, 7, 8, 9]) }, new Error('mic unplugged'));
      const dev2 = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: failing, scheduler: ts });
      expectObservable(dev2.adc()).toBe('4ms a 3ms #', { a: at(i16(0, SR, [1, 2, 3, 4]), 0) }, new Error('mic unplugged'));
      const live = cold('a 3ms a 3ms a 3ms a', { a: i16(0, SR, [1, 1, 1, 1]) });
      const dev3 = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: live, scheduler: ts });
      expectObservable(dev3.adc(), '^ 9ms !').toBe('4ms a 3ms b', { a: at(i16(0, SR, [1, 1, 1, 1]), 0), b: at(i16(4, SR, [1, 1, 1, 1]), 0.004) });
      expectSubscriptions(live.subscriptions).toBe('^ 9ms !');
    });
  });

  it('errors with FrameFormatError on input frames of another rate or channel count', async () => {
    const ts = testScheduler();
    ts.run(({ cold, expectObservable }) => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: cold('a', { a: i16(0, 2 * SR, [1, 2, 3, 4]) }), scheduler: ts });
      expectObservable(dev.adc()).toBe('4ms #', undefined, new FrameFormatError('simulatedDevice: input frame at index 0 has sampleRate 2000 Hz, the device runs at 1000 Hz'));
    });
  });
});

describe('simulatedDevice.dac', () => {
  it('plays after the cushion, one frame per period, records, reports underflows, drains', async () => {
    const ts = testScheduler();
    const events: DeviceEvent[] = [];
    let dev!: ReturnType<typeof simulatedDevice>;
    let sink!: ReturnType<ReturnType<typeof simulatedDevice>['dac']>;
    ts.run(({ cold }) => {
      dev = simulatedDevice({ sampleRate: SR, frameLength: 2, channels: 1, latencyFrames: 1, scheduler: ts });
      sink = dev.dac();
      sink.events$.subscribe((e) => events.push(e));
      // frames at 0, 2, 4 ms (on time), then a gap: the next at 12 ms (two periods late)
      cold('a-b-c-------d|', { a: i16(0, SR, [1, 2]), b: i16(2, SR, [3, 4]), c: i16(4, SR, [5, 6]), d: i16(6, SR, [7, 8]) }).subscribe(sink);
    });
    await sink.drain();
    const out = sink.output();
    // played: cushion [0 0] at 0, a at 2, b at 4, c at 6, underflows at 8 and 10, d at 12, stop at 14 (completed, empty)
    expect(Array.from(out.channels[0] ?? [])).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 0, 0, 0, 0, 7, 8]);
    expect(out.underflows).toBe(2);
    expect(out.latencySamples).toBe(2);
    expect(events.map((e) => e.type)).toEqual(['started', 'underflow', 'underflow', 'stopped']);
    expect(events[2]).toEqual({ type: 'underflow', count: 2, frameIndex: 10 });
    expect(events[3]).toEqual({ type: 'stopped', reason: 'complete' });
    expect(dev.output()?.channels[0]).toEqual(out.channels[0]);
  });

  it('a wrong frame or an error stops it and rejects drain(); completing without frames resolves', async () => {
    const ts = testScheduler();
    const dev = simulatedDevice({ sampleRate: SR, frameLength: 2, channels: 1, scheduler: ts });
    const a = dev.dac();
    a.next(f64(0, SR, [1, 2]) as unknown as Frame<Int16Array>);
    await expect(a.drain()).rejects.toThrow(FrameFormatError);
    const b = dev.dac();
    b.error(new Error('upstream'));
    await expect(b.drain()).rejects.toThrow('upstream');
    const c = dev.dac();
    const evs: string[] = [];
    c.events$.subscribe((e) => evs.push(e.type));
    c.complete();
    await c.drain();
    expect(evs).toEqual(['stopped']);
    const d = dev.dac();
    d.next(i16(0, SR, [1, 2], [3, 4]));
    await expect(d.drain()).rejects.toThrow('simulatedDevice.dac: frame at index 0 has 2 channels, the device has 1');
  });
});

describe('simulatedDevice.duplex', () => {
  it('pass-through: output = (1 + latencyFrames)·frameLength of silence then the input; timing marked; result', async () => {
    const ts = testScheduler();
    const input = Int16Array.from({ length: 40 }, (_, n) => n + 1);
    let run!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    const events: DeviceEvent[] = [];
    ts.run(() => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input, latencyFrames: 2, scheduler: ts });
      run = dev.duplex(passThrough, { seconds: 0.04 });
      run.events$.subscribe((e) => events.push(e));
    });
    const res: DuplexResult = await run.done;
    // played: period 0 + 2 cushion frames + 10 frames = 52 samples
    expect(res).toEqual({ frames: 10, overflows: 0, underflows: 0, seconds: 52 / SR });
    const out = run.output();
    expect(out.latencySamples).toBe(12);
    expect(Array.from(out.channels[0] ?? [])).toEqual([...new Array(12).fill(0), ...input]);
    expect(run.timing.count).toBe(10);
    // virtual clock: frame k arrives at (k + 1)·4 ms and a synchronous pipeline is done at once
    expect(Array.from(run.timing.arrivalMs.subarray(0, 10))).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
    expect(Array.from(run.timing.doneMs.subarray(0, 10))).toEqual([4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
    expect(Array.from(run.timing.frameIndex.subarray(0, 3))).toEqual([0, 4, 8]);
    expect(events.map((e) => e.type)).toEqual(['started', 'stopped']);
  });

  it('the same pipeline code as for hardware: gain + saturating toInt16, stereo', async () => {
    const ts = testScheduler();
    const l = Int16Array.from({ length: 16 }, (_, n) => 1000 * n);
    const r = Int16Array.from({ length: 16 }, (_, n) => -2000 * n);
    const pipeline: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = (frames$) => frames$.pipe(gain(2), toInt16({ scale: 'int16' }));
    let run!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    ts.run(() => {
      run = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 2, input: [l, r], latencyFrames: 0, scheduler: ts }).duplex(pipeline, { seconds: 0.016 });
    });
    await run.done;
    const out = run.output();
    expect(Array.from(out.channels[0] ?? []).slice(4)).toEqual(Array.from(l, (v) => Math.min(32767, 2 * v)));
    expect(Array.from(out.channels[1] ?? []).slice(4)).toEqual(Array.from(r, (v) => Math.max(-32768, 2 * v)));
  });

  it('a pipeline slower than the cushion underflows; events report the running count', async () => {
    const ts = testScheduler();
    let run!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    const events: DeviceEvent[] = [];
    ts.run(() => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: new Int16Array(40).fill(5), latencyFrames: 1, scheduler: ts });
      // every output frame arrives 10 ms (2.5 periods) after its input: one period more than the cushion covers… twice at start
      run = dev.duplex((s) => s.pipe(delay(10, ts)), { seconds: 0.04 });
      run.events$.subscribe((e) => events.push(e));
    });
    const res = await run.done;
    expect(res.frames).toBe(10);
    expect(res.underflows).toBeGreaterThan(0);
    const under = events.filter((e) => e.type === 'underflow');
    expect(under.length).toBe(res.underflows);
    expect(under.map((e) => (e.type === 'underflow' ? e.count : -1))).toEqual(under.map((_, i) => i + 1));
    // every input sample is played eventually (FIFO output; underflow silence inserted, nothing lost)
    expect(concatChannel([{ channels: run.output().channels, sampleRate: SR, index: 0 }], 0).filter((v) => v === 5)).toHaveLength(40);
    // arrival→done of each frame is the 10 ms delay
    expect(Array.from(run.timing.doneMs.subarray(0, 10)).map((d, k) => d - (run.timing.arrivalMs[k] as number))).toEqual(new Array(10).fill(10));
  });

  it('a pipeline error or a float output frame rejects done with error + stopped events', async () => {
    const ts = testScheduler();
    const boom = new Error('dsp blew up');
    let r1!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    let r2!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    const ev: string[] = [];
    ts.run(() => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: new Int16Array(40), scheduler: ts });
      r1 = dev.duplex(
        map((f, k) => {
          if (k === 2) throw boom;
          return f;
        }),
        { seconds: 1 },
      );
      r1.events$.subscribe((e) => ev.push(e.type));
      r2 = dev.duplex(map((f) => ({ ...f, channels: [Float64Array.from(f.channels[0] ?? [])] }) as unknown as Frame<Int16Array>));
    });
    await expect(r1.done).rejects.toBe(boom);
    expect(ev).toEqual(['started', 'error', 'stopped']);
    expect(r1.timing.count).toBe(3);
    await expect(r2.done).rejects.toThrow(/simulatedDevice.duplex: frame at index 0 carries Float64Array\(4\); the DAC plays Int16Array frames/);
  });

  it('runs until stop() without seconds; a completing pipeline ends the run', async () => {
    const ts = testScheduler();
    let r!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    let r2!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    ts.run(({ flush }) => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: [1], inputEnd: 'loop', scheduler: ts });
      r = dev.duplex(passThrough);
      r2 = dev.duplex(take(3));
      ts.schedule(() => void r.stop(), 41);
      flush();
    });
    const res = await r.done;
    expect(res.frames).toBe(10); // ticks at 4, 8, …, 40 ms before the stop at 41 ms
    const res2 = await r2.done;
    expect(res2.frames).toBe(3);
    expect(Array.from(r2.output().channels[0] ?? []).filter((v) => v === 1)).toHaveLength(12);
  });

  it('with seconds, a pipeline that never completes still ends the run once it falls silent', async () => {
    const ts = testScheduler();
    let run!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    ts.run(() => {
      const dev = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input: new Int16Array(16).fill(3), scheduler: ts });
      run = dev.duplex((s) => merge(s, NEVER), { seconds: 0.016 });
    });
    const res = await run.done;
    expect(res.frames).toBe(4);
    // period 0 + cushion + 4 frames; the run ends latencyFrames + 2 periods after the last output
    // frame arrived (tick 3), at tick 5, when the queue is empty
    expect(Array.from(run.output().channels[0] ?? [])).toEqual([...new Array(8).fill(0), ...new Array(16).fill(3)]);
    expect(res.underflows).toBe(0);
  });

  it('real time by default: a 0.2 s run takes about 0.2 s of wall time', async () => {
    const dev = simulatedDevice({ sampleRate: 8000, frameLength: 400, channels: 1, input: new Int16Array(8000) });
    const t0 = performance.now();
    const res = await dev.duplex(passThrough, { seconds: 0.2 }).done;
    const wall = (performance.now() - t0) / 1000;
    expect(res.frames).toBe(4);
    // played: period 0 + cushion + 4 frames = 6 × 50 ms; the last frame starts at tick 4, (4 + 1)·50 ms
    // after the start: timers may be late on a loaded machine, never early beyond clock granularity
    // (2 ms: Date.now() truncation + libuv's cached loop time, as in fromSamples' pacing test)
    expect(res.seconds).toBeCloseTo(0.3, 10);
    expect(wall).toBeGreaterThanOrEqual(0.248);
    expect(wall).toBeLessThan(1.5);
  });
});

/** Advances a VirtualTimeScheduler in slices of `sliceMs`, yielding to the event loop between them, until `until` settles. */
async function pumpVirtual(vts: VirtualTimeScheduler, until: Promise<unknown>, sliceMs: number): Promise<void> {
  let settled = false;
  until.then(() => (settled = true), () => (settled = true));
  while (!settled) {
    vts.maxFrames = vts.now() + sliceMs;
    vts.flush();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Stack depth at the caller, counted with an unlimited stack trace. */
function stackDepth(): number {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = Number.POSITIVE_INFINITY;
  const depth = (new Error().stack ?? '').split('\n').length;
  Error.stackTraceLimit = limit;
  return depth;
}

describe('simulatedDevice on virtual time: long runs', () => {
  it('one hour of 48 kHz audio in 1024-sample frames: done settles, the stack does not grow, memory is bounded', async () => {
    // Before: each period rescheduled the same action, which a VirtualTimeScheduler turns into a
    // chain of child subscriptions; ending the run unsubscribed it recursively
    // ("UnsubscriptionError: Maximum call stack size exceeded" after ~2 800 frames) and done never settled.
    const vts = new VirtualTimeScheduler();
    const input = Int16Array.from({ length: 48_000 }, (_, n) => ((n * 7919) % 2001) - 1000);
    const dev = simulatedDevice({ sampleRate: 48_000, frameLength: 1024, channels: 1, input, inputEnd: 'loop', scheduler: vts, recordSeconds: 1 });
    const depths: number[] = [];
    let k = 0;
    const run = dev.duplex((s) => s.pipe(tap(() => (k++ % 20_000 === 0 ? depths.push(stackDepth()) : undefined))), { seconds: 3600 });
    const t0 = performance.now();
    await pumpVirtual(vts, run.done, 60_000);
    const res = await run.done;
    const wallMs = performance.now() - t0;
    expect(res.frames).toBe(Math.ceil((3600 * 48_000) / 1024));
    expect(res.seconds).toBeCloseTo((res.frames + 2) * 1024 / 48_000, 9); // period 0 + cushion + every frame
    expect(depths.length).toBeGreaterThan(8);
    // the first slice runs inside the test's own call; every later one from the event loop
    expect(new Set(depths.slice(1)).size).toBe(1);
    // the recording keeps its newest second: the input looped, delayed by the round trip
    const out = run.output();
    expect(out.channels[0]!.length).toBe(48_000);
    expect(out.firstSample).toBe((res.frames + 2) * 1024 - 48_000);
    const lag = out.latencySamples;
    for (const j of [0, 1, 12_345, 47_999]) {
      const n = out.firstSample + j - lag; // input sample that plays at run position firstSample + j
      expect(out.channels[0]![j]).toBe(input[n % 48_000]);
    }
    expect(run.timing.count).toBe(res.frames);
    expect(run.timing.capacity).toBeLessThan(res.frames);
    console.log(`simulatedDevice: one hour of 48 kHz / 1024-sample frames on virtual time in ${wallMs.toFixed(0)} ms`);
  });

  it('recordSeconds keeps the newest output; Infinity keeps all', async () => {
    const ts = testScheduler();
    const input = Int16Array.from({ length: 40 }, (_, n) => n + 1);
    let small!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    let all!: ReturnType<ReturnType<typeof simulatedDevice>['duplex']>;
    ts.run(() => {
      small = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input, latencyFrames: 2, scheduler: ts, recordSeconds: 0.022 }).duplex(passThrough, { seconds: 0.04 });
      all = simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, input, latencyFrames: 2, scheduler: ts, recordSeconds: Number.POSITIVE_INFINITY }).duplex(passThrough, { seconds: 0.04 });
    });
    await Promise.all([small.done, all.done]);
    const whole = Array.from(all.output().channels[0]!);
    expect(whole).toEqual([...new Array(12).fill(0), ...input]);
    expect(all.output().firstSample).toBe(0);
    const tail = small.output();
    expect(tail.firstSample).toBe(52 - 22);
    expect(Array.from(tail.channels[0]!)).toEqual(whole.slice(30));
    expect(() => simulatedDevice({ sampleRate: SR, frameLength: 4, channels: 1, recordSeconds: 0 })).toThrow(/simulatedDevice: recordSeconds must be a number > 0 \(Infinity: keep everything\), got 0/);
  });
});

describe('simulatedDevice (creation)', () => {
  it('describes itself with the AudioDevice shape', () => {
    const dev = simulatedDevice({ sampleRate: 48000, frameLength: 1024, channels: 2 });
    expect(dev.kind).toBe('simulated');
    expect(dev.name).toBe('simulated (2 ch, 48000 Hz, 1024-sample frames)');
    expect(dev.config).toEqual({ sampleRate: 48000, frameLength: 1024, channels: 2 });
    expect(dev.output()).toBeUndefined();
  });

  it('rejects bad options naming them', () => {
    const base = { sampleRate: 8000, frameLength: 64, channels: 1 };
    expect(() => simulatedDevice({ ...base, sampleRate: 0 })).toThrow(/simulatedDevice: sampleRate must be a finite number > 0, got 0/);
    expect(() => simulatedDevice({ ...base, frameLength: 1.5 })).toThrow(/frameLength must be an integer ≥ 1, got 1.5/);
    expect(() => simulatedDevice({ ...base, channels: 0 })).toThrow(/channels must be an integer ≥ 1, got 0/);
    expect(() => simulatedDevice({ ...base, channels: 2, input: [1, 2, 3] })).toThrow(/channels = 2 does not divide the sample count 3/);
    expect(() => simulatedDevice({ ...base, channels: 2, input: [[1], [2], [3]] })).toThrow(/input has 3 channels, the device has channels = 2/);
    expect(() => simulatedDevice({ ...base, latencyFrames: -1 })).toThrow(/latencyFrames must be an integer ≥ 0, got -1/);
    expect(() => simulatedDevice({ ...base, latencyFrames: 65 })).toThrow(/latencyFrames must be an integer from 0 to 64, got 65/);
    expect(() => simulatedDevice({ ...base, inputEnd: 'stop' as never })).toThrow(/inputEnd must be one of/);
    expect(() => simulatedDevice({ ...base, input: [], inputEnd: 'loop' })).toThrow(/input must not be empty with inputEnd 'loop'/);
    expect(() => simulatedDevice({ ...base, scheduler: {} as never })).toThrow(/scheduler must be an RxJS SchedulerLike/);
    const dev = simulatedDevice(base);
    expect(() => dev.duplex(passThrough, { seconds: -1 })).toThrow(/simulatedDevice.duplex: seconds must be a finite number ≥ 0, got -1/);
    expect(() => dev.duplex(5 as never)).toThrow(TypeError);
  });
});

