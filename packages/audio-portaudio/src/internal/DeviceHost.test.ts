import { describe, expect, it } from 'vitest';
import { FakeBinding, settle } from '../../test/fakeBinding';
import { adcOn } from '../streams/adc';
import { DeviceHost } from './DeviceHost';

describe('DeviceHost', () => {
  it('serialises native opens and closes: never two at once, whatever subscriptions do', async () => {
    const fake = new FakeBinding();
    fake.opDelayMs = 3;
    const host = new DeviceHost(() => fake);
    const src = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 32 });
    // 30 subscriptions churned without waiting: subscribe, unsubscribe some at once, others later
    const subs = Array.from({ length: 30 }, () => src.subscribe());
    subs.filter((_, i) => i % 3 === 0).forEach((s) => s.unsubscribe());
    await host.queue.idle(); // the 20 kept subscriptions are open now
    expect(fake.openNow).toBe(20);
    fake.tick(32);
    subs.forEach((s) => s.unsubscribe());
    await host.queue.idle();
    await settle();
    expect(fake.maxActive).toBe(1);
    expect(host.queue.maxConcurrent).toBe(1);
    expect(fake.openNow).toBe(0); // no leaked stream
    expect(host.openCount).toBe(0);
    // every stream that was opened was also closed, in open → start → abort → close order
    for (const s of fake.created) expect(s.state).toBe('closed');
    // the 10 unsubscribed before their turn in the queue never opened at all
    expect(fake.created.length).toBe(20);
  });

  it('initialises PortAudio (lists devices) once and caches the list', () => {
    const fake = new FakeBinding();
    const host = new DeviceHost(() => fake);
    host.listDevices('x');
    host.listDevices('y');
    adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 32 });
    expect(fake.listCalls).toBe(1);
  });
});

describe('DeviceHost options', () => {
  it('passes realtime (default from RXDSP_PA_REALTIME) and computes the watchdog limit', async () => {
    const { stallSeconds } = await import('./DeviceHost');
    expect(stallSeconds({ sampleRate: 48000, framesPerBuffer: 256 })).toBe(2);
    // 10 buffers of 16384 at 8 kHz = 20.48 s, plus the latencies
    expect(stallSeconds({ sampleRate: 8000, framesPerBuffer: 16384, input: { device: 0, channels: 1, latency: 0.5 } })).toBeCloseTo(20.98, 10);
    const fake = new FakeBinding();
    const host = new DeviceHost(() => fake);
    const a = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 32, realtime: false }).subscribe();
    const b = adcOn(host, { sampleRate: 48000, channels: 1, frameLength: 32 }).subscribe();
    await host.queue.idle();
    expect(fake.created.map((s) => s.opts.realtime)).toEqual([false, process.env.RXDSP_PA_REALTIME !== '0']);
    a.unsubscribe();
    b.unsubscribe();
    await host.queue.idle();
  });
});
