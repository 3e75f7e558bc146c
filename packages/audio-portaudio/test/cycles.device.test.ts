// 100 open/close cycles in a row through the virtual loopback (adc and duplex alternating):
// no crash, no hang, no leaked stream or thread; the first frame of every cycle within 0.5 s.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from '@rxdsp/core';
import { Subject, firstValueFrom, map, take } from 'rxjs';
import { adc, duplex, listDevices } from '../src/index';
import { getDefaultHost } from '../src/internal/DeviceHost';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';
import { findVirtualDevice, medianMax } from './signal';

const env = deviceEnv();
announce('cycles.device.test.ts', env);

const fs = 48000;
const N = 256;

function threadCount(): number {
  const m = /Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : NaN;
}

describe.skipIf(!env.run)('virtual loopback: open/close cycles', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(fs);
  });
  afterAll(() => loop?.release());

  it('100 cycles: first frame within 0.5 s of the subscription, nothing leaked', async () => {
    findVirtualDevice(listDevices());
    const host = getDefaultHost();
    // warm-up: PortAudio's one-time initialisation is not a cycle
    await firstValueFrom(adc({ device: 'pulse', sampleRate: fs, channels: 1, frameLength: N, latency: 0.05 }).pipe(take(1)));
    await host.queue.idle();
    const threadsBefore = threadCount();
    const openedBefore = host.openedTotal;
    const adcMs: number[] = [];
    const duplexMs: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      if (i % 2 === 0) {
        // a cold adc subscription, cut after its first frame
        await firstValueFrom(adc({ device: 'pulse', sampleRate: fs, channels: 1, frameLength: N, latency: 0.05 }).pipe(take(1)));
        adcMs.push(performance.now() - t0);
      } else {
        // a duplex run, stopped as soon as its first input frame went through the pipeline
        const first = new Subject<number>();
        const run = duplex(
          { device: 'pulse', sampleRate: fs, channels: 1, frameLength: N, latency: 0.05 },
          map((f: Frame<Int16Array>) => {
            first.next(performance.now());
            return f;
          }),
        );
        const t = await firstValueFrom(first);
        duplexMs.push(t - t0);
        await run.stop();
      }
    }
    await host.queue.idle();
    const a = medianMax(adcMs);
    const d = medianMax(duplexMs);
    const threadsAfter = threadCount();
    console.log(
      `[audio-portaudio] 100 open/close cycles: first frame after subscription — adc median ${a.median.toFixed(1)} ms, worst ${a.max.toFixed(1)} ms; ` +
        `duplex median ${d.median.toFixed(1)} ms, worst ${d.max.toFixed(1)} ms; streams opened ${host.openedTotal - openedBefore}, still open ${host.openCount}; ` +
        `threads before ${threadsBefore}, after ${threadsAfter}`,
    );
    expect(host.openedTotal - openedBefore).toBe(100);
    expect(host.openCount).toBe(0);
    expect(a.max).toBeLessThan(500);
    expect(d.max).toBeLessThan(500);
    // every native stream's threads are gone (PortAudio's callback thread, the pulse client's);
    // allow the libuv pool / V8 to have started a couple of its own meanwhile
    expect(threadsAfter).toBeLessThanOrEqual(threadsBefore + 2);
  }, 120_000);
});
