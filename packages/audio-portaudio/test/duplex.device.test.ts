// duplex through the virtual loopback: the 182-tap remez bandpass live on white noise, its
// response measured with tfestimate, and the round-trip latency with estimateDelay.
//
// Routing (a stereo private null sink, so the filter output does not feed back into its input):
//   dac (noise on the left channel only) ─┐
//   duplex output (left 0, right = FIR(input left)) ─┴→ sink → monitor → duplex input
// so duplex input left = the noise, input right = the filtered noise one round trip later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateDelay, magnitudeDb, tfestimate, capture } from '@rxdsp/analysis';
import { toFloat, toInt16, type DeviceEvent, type DuplexResult, type Frame } from '@rxdsp/core';
import { firFilter, remez } from '@rxdsp/filters';
import { randn } from '@rxdsp/test-utils';
import { filter, firstValueFrom, from, map, type OperatorFunction } from 'rxjs';
import { dac, duplex, listDevices, type PortAudioDuplexHandle } from '../src/index';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';
import { findVirtualDevice, firMagnitudeDb, firstAbove, medianMax } from './signal';

const env = deviceEnv();
announce('duplex.device.test.ts', env);

const fs = 48000;
const N = 256;
const LATENCY = 0.05;
const PREFILL = 2;
/** Longest round trip looked for: 0.5 s (a loaded sound server adds whole buffers of delay). */
const MAX_LAG = fs / 2;

type F16 = Frame<Int16Array>;

/** Stereo noise frames: left = N(0, σ), right = 0. */
function noiseFrames(seconds: number, sigma: number, seed: number): F16[] {
  const n = Math.floor((seconds * fs) / N) * N;
  const g = randn(n, seed);
  const out: F16[] = [];
  for (let i = 0; i < n; i += N) {
    const l = new Int16Array(N);
    for (let j = 0; j < N; j++) l[j] = Math.max(-32768, Math.min(32767, Math.round(sigma * g[i + j]!)));
    out.push({ channels: [l, new Int16Array(N)], sampleRate: fs, index: i });
  }
  return out;
}

describe.skipIf(!env.run)('virtual loopback: duplex', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(fs);
  });
  afterAll(() => loop?.release());

  it('182-tap remez bandpass live on white noise: tfestimate within 1 dB of the design across the passband; round-trip latency', async () => {
    findVirtualDevice(listDevices());
    const taps = remez(182, [0, 2700, 3200, 4800, 5300, 24000], [0, 1, 0], { fs });
    const capIn = capture();
    const capOut = capture();
    const pipeline: OperatorFunction<F16, F16> = (src) =>
      src.pipe(
        capIn as OperatorFunction<F16, F16>,
        map((f): F16 => ({ ...f, channels: [f.channels[0]!] })), // the left channel (the noise)
        toFloat({ scale: 'int16', dtype: 'float64' }),
        firFilter(taps),
        toInt16({ scale: 'int16' }),
        map((f): F16 => ({ ...f, channels: [new Int16Array(f.channels[0]!.length), f.channels[0]!] })),
        capOut as OperatorFunction<F16, F16>,
      );
    const run = duplex({ device: 'pulse', sampleRate: fs, channels: 2, frameLength: N, latency: LATENCY, prefill: PREFILL, seconds: 10 }, pipeline);
    await firstValueFrom(run.events$.pipe(filter((e: DeviceEvent) => e.type === 'started')));
    const noise = dac({ device: 'pulse', sampleRate: fs, channels: 2, frameLength: N, latency: LATENCY });
    from(noiseFrames(8, 3000, 7)).subscribe(noise);
    const result = await run.done;
    await noise.drain();

    const xAll = capIn.channel(0); // input left: the noise as heard through the loop
    const yAll = capIn.channel(1); // input right: the filter's output, one round trip later
    const outAll = capOut.channel(1); // what the pipeline wrote (digital)
    const start = firstAbove(xAll, 3000) + fs / 4;
    const len = 6 * fs;
    expect(start).toBeGreaterThan(0);
    expect(start + len + MAX_LAG).toBeLessThan(xAll.length);

    // Round trip, window by window (0.25 s): what the pipeline wrote (output right) against what
    // came back (input right) — the same signal, so the lag is the round trip itself. Window by
    // window because an output underflow (counted above) delays everything after it by a frame.
    const W = fs / 4;
    const windows: number[] = [];
    const trips: number[] = [];
    for (let w = start; w + W <= start + len; w += W) {
      const written = Float64Array.from(outAll.subarray(w, w + W));
      const back = Float64Array.from(yAll.subarray(w, w + W + MAX_LAG));
      // a window without noise (the noise player stalled on a loaded machine) tells nothing
      if (written.every((v) => v === 0) || back.every((v) => v === 0)) continue;
      windows.push(w);
      trips.push(estimateDelay(written, back, fs, { minDelaySamples: 0, maxDelaySamples: MAX_LAG }).delaySamples);
    }
    // the loop's response (input left → input right), from the windows whose delay is the same as
    // their neighbours' (a window holding an underflow has two delays and is left out)
    const xs: number[] = [];
    const ys: number[] = [];
    let kept = 0;
    windows.forEach((w, i) => {
      const d = trips[i]!;
      const steady = (j: number) => j < 0 || j >= trips.length || (trips[j] === d && Math.abs(windows[j]! - w) === W * Math.abs(j - i));
      if (!steady(i - 1) || !steady(i + 1)) return;
      kept++;
      for (let j = 0; j < W; j++) {
        xs.push(xAll[w + j]!);
        ys.push(yAll[w + j + d]!);
      }
    });
    const { median, max } = medianMax(trips);
    const min = Math.min(...trips);
    const ideal = 2 * N;
    console.log(
      `[audio-portaudio] duplex round-trip latency (frameLength ${N}, latency ${LATENCY * 1000} ms, prefill ${PREFILL}): ` +
        `median ${median} samples = ${((median / fs) * 1000).toFixed(2)} ms (min ${min}, max ${max} over ${trips.length} windows of 0.25 s, ${kept} with a steady delay); ` +
        `ideal 2·frameLength/fs = ${ideal} samples = ${((ideal / fs) * 1000).toFixed(2)} ms; ` +
        `PortAudio reports input ${((run.latencies()?.input ?? NaN) * 1000).toFixed(1)} ms, output ${((run.latencies()?.output ?? NaN) * 1000).toFixed(1)} ms`,
    );
    console.log(`[audio-portaudio] duplex run: ${JSON.stringify(result)}`);
    expect(min).toBeGreaterThan(N); // the output of frame k cannot be heard before frame k was captured

    expect(kept).toBeGreaterThanOrEqual(4);
    const x = Float64Array.from(xs);
    const yLoop = Float64Array.from(ys);
    const nperseg = 2048;
    const loopTf = tfestimate(x, yLoop, { fs, nperseg });
    const digTf = tfestimate(Float64Array.from(xAll.subarray(start, start + len)), Float64Array.from(outAll.subarray(start, start + len)), { fs, nperseg });
    const loopDb = magnitudeDb(loopTf.txy);
    const digDb = magnitudeDb(digTf.txy);
    let worstLoop = 0;
    let worstDig = 0;
    let bins = 0;
    for (let k = 0; k < loopTf.f.length; k++) {
      const f = loopTf.f[k]!;
      if (f < 3200 || f > 4800) continue;
      const design = firMagnitudeDb(taps, f, fs);
      worstLoop = Math.max(worstLoop, Math.abs(loopDb[k]! - design));
      worstDig = Math.max(worstDig, Math.abs(digDb[k]! - design));
      bins++;
    }
    console.log(
      `[audio-portaudio] remez bandpass, passband 3.2–4.8 kHz (${bins} bins of ${(fs / nperseg).toFixed(1)} Hz): ` +
        `max |tfestimate − design| = ${worstLoop.toFixed(3)} dB through the loop, ${worstDig.toFixed(3)} dB at the pipeline output`,
    );
    expect(bins).toBeGreaterThan(50);
    expect(worstDig).toBeLessThan(1);
    expect(worstLoop).toBeLessThan(1);
    expect(result.overflows).toBe(0);
  }, 60_000);

  it('round-trip latency for the suggested latencies low / 50 ms / high (talk-through, prefill 1)', async () => {
    findVirtualDevice(listDevices());
    const lines: string[] = [];
    for (const latency of ['low', 0.05, 'high'] as const) {
      // one retry: on a loaded machine PortAudio's ALSA host may end a low-latency stream by itself
      // (PaAlsaStream_WaitForFrames failing), which the run reports as STREAM_FAILED
      let capIn = capture();
      let capOut = capture();
      let result: DuplexResult | undefined;
      let run: PortAudioDuplexHandle | undefined;
      for (let attempt = 0; attempt < 2 && !result; attempt++) {
        const cIn = capture();
        const cOut = capture();
        // talk-through from the left input to the right output; the left output stays silent
        const pipeline: OperatorFunction<F16, F16> = (src) =>
          src.pipe(
            cIn as OperatorFunction<F16, F16>,
            map((f): F16 => ({ ...f, channels: [new Int16Array(f.channels[0]!.length), f.channels[0]!] })),
            cOut as OperatorFunction<F16, F16>,
          );
        run = duplex({ device: 'pulse', sampleRate: fs, channels: 2, frameLength: N, latency, seconds: 4 }, pipeline);
        await firstValueFrom(run.events$.pipe(filter((e: DeviceEvent) => e.type === 'started')));
        const noise = dac({ device: 'pulse', sampleRate: fs, channels: 2, frameLength: N, latency });
        from(noiseFrames(3, 3000, 9)).subscribe(noise);
        try {
          result = await run.done;
        } catch (err) {
          lines.push(`${String(latency).padStart(5)} | attempt ${attempt + 1} failed: ${(err as Error).message}`);
        }
        await noise.drain().catch(() => undefined);
        capIn = cIn;
        capOut = cOut;
      }
      expect(result, `latency ${String(latency)}: both attempts failed`).toBeDefined();
      const written = capOut.channel(1);
      const back = capIn.channel(1);
      const start = firstAbove(capIn.channel(0), 3000) + fs / 4;
      const W = fs / 2;
      const trips: number[] = [];
      for (let w = start; w + W + MAX_LAG <= back.length && w + W <= start + 2 * fs; w += W) {
        const a = Float64Array.from(written.subarray(w, w + W));
        if (a.every((v) => v === 0)) continue;
        trips.push(estimateDelay(a, Float64Array.from(back.subarray(w, w + W + MAX_LAG)), fs, { minDelaySamples: 0, maxDelaySamples: MAX_LAG }).delaySamples);
      }
      expect(trips.length).toBeGreaterThan(0);
      const { median } = medianMax(trips);
      const lat = run!.latencies();
      lines.push(
        `${String(latency).padStart(5)} | ${((lat?.input ?? NaN) * 1000).toFixed(1).padStart(8)} | ${((lat?.output ?? NaN) * 1000).toFixed(1).padStart(9)} | ` +
          `${String(median).padStart(15)} | ${((median / fs) * 1000).toFixed(2).padStart(7)} | ${String(Math.min(...trips))}–${String(Math.max(...trips))} | ` +
          `${result!.underflows} / ${result!.overflows}`,
      );
      expect(Math.min(...trips)).toBeGreaterThanOrEqual(N); // never before the frame was captured
    }
    console.log(`[audio-portaudio] duplex round trip, frameLength ${N}, prefill 1 (ideal 2·frameLength/fs = ${2 * N} samples = ${((2 * N * 1000) / fs).toFixed(2)} ms):`);
    console.log('latency | PA in ms | PA out ms | round trip smp |      ms | min–max | underflows / overflows');
    for (const l of lines) console.log(l);
  }, 60_000);
});
