// Bounded latency of duplex on the virtual loopback: a pipeline that emits two frames for every
// frame it receives cannot stretch the run or grow the output queue; the excess is dropped at
// frame boundaries and counted as resyncs.
import type { DeviceEvent, Frame } from '@rxdsp/core';
import { mergeMap, type OperatorFunction } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplex } from '../src/index';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';

const env = deviceEnv();
announce('bounded.device.test.ts', env);

const fs = 48000;
const N = 256;

describe.skipIf(!env.run)('virtual loopback: bounded duplex output', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(fs);
  });
  afterAll(() => loop?.release());

  it('a pipeline emitting twice what it receives: a 1 s run ends in about 1 s, the excess counted as resyncs', async () => {
    const twice: OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> = mergeMap((f) => [f, f]);
    const run = duplex({ device: 'pulse', sampleRate: fs, channels: 1, frameLength: N, latency: 'low', prefill: 1, seconds: 1 }, twice);
    const events: DeviceEvent[] = [];
    run.events$.subscribe((e) => events.push(e));
    let startedAt = NaN;
    run.events$.subscribe((e) => {
      if (e.type === 'started') startedAt = performance.now();
    });
    const r = await run.done;
    const wallSeconds = (performance.now() - startedAt) / 1000;
    const st = run.stats();
    console.log(`[audio-portaudio] over-producing pipeline: ${r.seconds} s of input in ${wallSeconds.toFixed(2)} s; resyncs ${st.resyncs}, ${st.resyncDroppedSamples} output samples dropped (${(st.resyncDroppedSamples / N).toFixed(0)} frames), underflows ${st.underflows}`);
    expect(r.seconds).toBe(1);
    expect(r.frames).toBe(Math.ceil(fs / N));
    expect(wallSeconds).toBeLessThan(1.8);
    expect(st.resyncs).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'resync')).toHaveLength(st.resyncs);
    // about one output frame in two cannot be played in real time: all of them are counted
    expect(st.resyncDroppedSamples).toBeGreaterThanOrEqual(0.8 * r.frames * N);
  }, 30_000);
});
