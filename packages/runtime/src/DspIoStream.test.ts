import { describe, expect, it } from 'vitest';
import { fromSamples, type DeviceEvent, type Frame } from '@rxdsp/core';
import { map } from 'rxjs';
import type { ExampleSettings } from './ExampleDefinition';
import { openDevice } from './openDevice';
import { DspIoStream } from './DspIoStream';

const negate = map((f: Frame<Int16Array>) => ({ ...f, channels: f.channels.map((c) => c.map((v) => -v)) }));

const fs = 1000;
const frameLength = 10;
const settings: ExampleSettings = { sampleRate: fs, frameLength, channels: 1, seconds: 0, outDir: '.', extra: {} };

/** The simulated device on virtual time, its ADC playing sample n = 10·n (n < 1000), looped. */
function rampDevice() {
  const ramp = Int16Array.from({ length: fs }, (_, n) => 10 * n);
  return openDevice({ simulated: true, fast: true }, settings, { simulatedInput: () => fromSamples(ramp, { sampleRate: fs, frameLength }) });
}

describe('DspIoStream (simulated device on virtual time)', () => {
  it('streams for `seconds` through startRun, keeps the last tCapture seconds of output, and reports timing', async () => {
    const io = new DspIoStream(negate, await rampDevice(), { tCapture: 0.05 });
    const events: DeviceEvent[] = [];
    io.events$.subscribe((e) => events.push(e));
    const done = io.stream(0.1);
    expect(io.isRunning).toBe(true);
    expect(() => io.stream(1)).toThrow(RangeError);
    const r = await done;
    expect(r).toMatchObject({ frames: 10, overflows: 0, underflows: 0 });
    expect(r.seconds).toBeGreaterThanOrEqual(0.1); // the simulated device's own clock: the run and its output latency
    expect(io.isRunning).toBe(false);
    // capture: the last 50 samples of output = −(input samples 50..99), input sample n = 10·n
    expect(io.capture.length).toBe(50);
    expect(Array.from(io.capture.left).slice(0, 3)).toEqual([-500, -510, -520]);
    expect(io.streamStats().frames).toBe(10);
    expect(io.timing?.count).toBe(10);
    const svg = await io.activityPlot();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(events.map((e) => e.type)).toContain('started');
  });

  it('stream(0) runs until stop(); a second stream() starts a new run with fresh captures', async () => {
    const io = new DspIoStream(negate, await rampDevice());
    const done = io.stream(0);
    while ((io.timing?.count ?? 0) < 30) await new Promise((resolve) => setTimeout(resolve, 2));
    const r = await io.stop();
    expect(r?.frames).toBeGreaterThanOrEqual(30);
    await expect(done).resolves.toMatchObject({ frames: r?.frames });
    expect(io.capture.length).toBe(0); // tCapture 0: nothing kept
    const again = await io.stream(0.05);
    expect(again.frames).toBe(5);
    expect(io.streamStats().frames).toBe(5);
  });

  it('checks its arguments at construction, and a stream before streamStats', async () => {
    const opened = await rampDevice();
    expect(() => new DspIoStream(negate, opened, { tCapture: -1 })).toThrow('DspIoStream: tCapture must be a finite number ≥ 0, got -1');
    expect(() => new DspIoStream(negate, opened, { tCapture: '1' as never })).toThrow(TypeError);
    expect(() => new DspIoStream('x' as never, opened)).toThrow(TypeError);
    expect(() => new DspIoStream(negate, {} as never)).toThrow(TypeError);
    expect(() => new DspIoStream(negate, opened).streamStats()).toThrow(RangeError);
    expect(() => new DspIoStream(negate, opened).stream(-1)).toThrow(RangeError);
    expect(() => new DspIoStream(negate, opened).stream('1' as never)).toThrow(new TypeError('DspIoStream.stream: seconds must be a number, got "1"'));
    expect(() => new DspIoStream(negate, opened, null as never)).toThrow(new TypeError('DspIoStream: options must be an object, got null'));
    expect(() => new DspIoStream('x' as never, opened)).toThrow('DspIoStream: pipeline must be an OperatorFunction, got "x"');
  });
});
