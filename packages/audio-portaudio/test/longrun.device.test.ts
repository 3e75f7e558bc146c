// 60 s of duplex at frameLength 256 with a three-section IIR and capture in the pipeline:
// 0 gaps in the frame index; overflow and underflow counts printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, formatStreamStats, streamStats } from '@rxdsp/analysis';
import { gain, toFloat, toInt16, type Frame } from '@rxdsp/core';
import { butter, sosFilter } from '@rxdsp/filters';
import { randn } from '@rxdsp/test-utils';
import { map, type OperatorFunction } from 'rxjs';
import { duplex, listDevices } from '../src/index';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';
import { findVirtualDevice } from './signal';

const env = deviceEnv();
announce('longrun.device.test.ts', env);

const fs = 48000;
const N = 256;
const SECONDS = 60;

type F16 = Frame<Int16Array>;
type F64 = Frame<Float64Array>;

describe.skipIf(!env.run)('virtual loopback: 60 s run', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(fs);
  });
  afterAll(() => loop?.release());

  it(`${SECONDS} s at frameLength ${N} with a three-section IIR and capture: no gap in frame index`, async () => {
    findVirtualDevice(listDevices());
    // 6th-order Butterworth lowpass at 4 kHz: three second-order sections
    const sos = butter(6, 4000, { fs, output: 'sos' });
    expect(sos.length).toBe(3);
    const cap = capture({ seconds: 10 }); // the newest 10 s, in a ring
    const noise = randn(fs, 11); // 1 s of noise added to the loop so the filter has work to do
    let k = 0;
    const pipeline: OperatorFunction<F16, F16> = (src) =>
      src.pipe(
        toFloat({ scale: 'unit', dtype: 'float64' }),
        // input (what came back through the loop) + fresh noise; the loop gain below is 0.5, so it is stable
        map((f: F64): F64 => {
          const x = f.channels[0]!;
          const y = new Float64Array(x.length);
          for (let i = 0; i < x.length; i++, k++) y[i] = x[i]! + 0.05 * noise[k % noise.length]!;
          return { ...f, channels: [y] };
        }),
        sosFilter(sos),
        cap as OperatorFunction<F64, F64>,
        gain(0.5) as OperatorFunction<F64, F64>,
        toInt16({ scale: 'unit' }),
      );
    const run = duplex({ device: 'pulse', sampleRate: fs, channels: 1, frameLength: N, latency: 0.05, seconds: SECONDS }, pipeline);
    const result = await run.done;
    const t = run.timing;
    const stats = streamStats(t);
    // whole-run count of index steps other than N (the record keeps only its newest frames, the totals all)
    const gaps = stats.gaps;
    console.log(
      `[audio-portaudio] ${SECONDS} s duplex (frameLength ${N}, latency 50 ms, 3-section IIR + capture): ` +
        `${result.frames} frames, ${gaps} index gaps, overflows ${result.overflows}, underflows ${result.underflows}, ` +
        `capture holds ${(cap.length / fs).toFixed(1)} s of ${(cap.samplesSeen / fs).toFixed(1)} s seen`,
    );
    console.log(formatStreamStats(stats));
    expect(result.frames).toBe((SECONDS * fs) / N);
    expect(gaps).toBe(0);
    expect(cap.samplesSeen).toBe(SECONDS * fs);
  }, (SECONDS + 30) * 1000);
});
