// dac → virtual loopback → adc: a 1 kHz tone (frequency, level) and clicks (spacing) for
// frameLength 128, 256, 1024 and the latencies 'low', 50 ms and 'high'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceEvent, Frame } from '@rxdsp/core';
import { filter, firstValueFrom, from } from 'rxjs';
import { AudioDeviceError, adc, dac, duplex, listDevices, type LatencySpec } from '../src/index';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';
import { clickPositions, findVirtualDevice, firstAbove, medianMax, rms, zeroCrossingFrequency } from './signal';

const env = deviceEnv();
announce('loop.device.test.ts', env);

const fs = 48000;
const TONE_HZ = 1000;
const TONE_AMP = 8192; // −12 dBFS peak
const CLICK_AMP = 16000;
const CLICK_SPACING = 24000; // samples, as in the measurements
const CLICKS = 4;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * 1 s tone, 0.25 s silence, CLICKS single-sample clicks CLICK_SPACING apart, ~0.25 s silence and
 * a last click on the very last sample (is the end of what was written played?). The length is a
 * multiple of every frameLength tried.
 */
function testSignal(): { signal: Int16Array; clicks: number[] } {
  const toneLen = fs;
  const firstClick = toneLen + fs / 4;
  const n = Math.ceil((firstClick + (CLICKS - 1) * CLICK_SPACING + fs / 4) / 1024) * 1024;
  const s = new Int16Array(n);
  for (let i = 0; i < toneLen; i++) s[i] = Math.round(TONE_AMP * Math.sin((2 * Math.PI * TONE_HZ * i) / fs));
  const clicks: number[] = [];
  for (let k = 0; k < CLICKS; k++) clicks.push(firstClick + k * CLICK_SPACING);
  clicks.push(n - 1);
  for (const c of clicks) s[c] = CLICK_AMP;
  return { signal: s, clicks };
}

function frames(signal: Int16Array, frameLength: number): Frame<Int16Array>[] {
  const out: Frame<Int16Array>[] = [];
  for (let i = 0; i + frameLength <= signal.length; i += frameLength) {
    out.push({ channels: [signal.slice(i, i + frameLength)], sampleRate: fs, index: i });
  }
  return out;
}

interface LoopResult {
  rec: Int16Array;
  overflows: number;
  underflows: number;
  gaps: number;
  latencyMs: { input: number; output: number };
}

async function playAndRecord(signal: Int16Array, frameLength: number, latency: LatencySpec): Promise<LoopResult> {
  const src = adc({ device: 'pulse', sampleRate: fs, channels: 1, frameLength, latency });
  const chunks: Int16Array[] = [];
  let gaps = 0;
  let next = 0;
  const started = firstValueFrom(src.events$.pipe(filter((e: DeviceEvent) => e.type === 'started')));
  const sub = src.subscribe((f) => {
    if (f.index !== next) gaps++;
    next = f.index + frameLength;
    chunks.push(f.channels[0]!);
  });
  await started;
  await sleep(100);
  const out = dac({ device: 'pulse', sampleRate: fs, channels: 1, frameLength, latency });
  from(frames(signal, frameLength)).subscribe(out);
  await out.drain();
  await sleep(200);
  sub.unsubscribe();
  const rec = new Int16Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    rec.set(c, o);
    o += c.length;
  }
  const lat = { input: (src.latencies()?.input ?? NaN) * 1000, output: (out.latencies()?.output ?? NaN) * 1000 };
  return { rec, overflows: src.stats().overflows, underflows: out.stats().underflows, gaps, latencyMs: lat };
}

interface Row {
  frameLength: number;
  latency: string;
  latencyMs: string;
  freqErrHz: number;
  levelErrDb: number;
  spacingErr: number[];
  toneToClickErr: number;
  overflows: number;
  underflows: number;
  gaps: number;
}

function analyse(r: LoopResult, played: number[], onsetPlayed: number): Omit<Row, 'frameLength' | 'latency'> {
  const x = r.rec;
  const start = firstAbove(x, TONE_AMP / 4);
  if (start < 0) throw new Error('no tone recorded');
  // the central 0.8 s of the 1 s tone, in 8 blocks of 0.1 s: the median of the block estimates
  // is not thrown off by a dropout in one block (dropouts show in the click figures instead)
  const freqs: number[] = [];
  const levels: number[] = [];
  for (let k = 0; k < 8; k++) {
    const a = start + fs / 10 + (k * fs) / 10;
    const b = a + fs / 10;
    freqs.push(zeroCrossingFrequency(x, a, b, fs));
    levels.push(20 * Math.log10(rms(x, a, b) / (TONE_AMP / Math.SQRT2)));
  }
  const freq = medianMax(freqs).median;
  const level = medianMax(levels).median;
  // threshold 12000: above the tone (peak 8192), below the clicks (16000)
  const clicks = clickPositions(x, 12000, CLICK_SPACING / 2).filter((p) => p > start + fs / 2);
  // spacing of successive clicks, recorded − played (the last one is the final sample written)
  const spacingErr = played.slice(1).map((p, k) => (clicks[k + 1] ?? NaN) - (clicks[k] ?? NaN) - (p - played[k]!));
  // tone onset → first click, recorded vs played: the loop adds or drops no sample in between
  const toneToClickErr = clicks.length > 0 ? clicks[0]! - start - (played[0]! - onsetPlayed) : NaN;
  return {
    latencyMs: `${r.latencyMs.input.toFixed(1)}/${r.latencyMs.output.toFixed(1)}`,
    freqErrHz: freq - TONE_HZ,
    levelErrDb: level,
    spacingErr,
    toneToClickErr,
    overflows: r.overflows,
    underflows: r.underflows,
    gaps: r.gaps,
  };
}

describe.skipIf(!env.run)('virtual loopback: dac → adc', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(fs);
  });
  afterAll(() => loop?.release());

  it('the virtual device is there', () => {
    const d = findVirtualDevice(listDevices());
    console.log(`[audio-portaudio] virtual device [${d.index}] ${d.name} (${d.hostApi}), default latencies low ${(d.defaultLowInputLatency * 1000).toFixed(1)} ms, high ${(d.defaultHighInputLatency * 1000).toFixed(1)} ms`);
  });

  it('bad input against the real binding: AudioDeviceError with a code and the device list', () => {
    const devices = listDevices();
    findVirtualDevice(devices);
    const base = { device: 'pulse', sampleRate: fs, channels: 1, frameLength: 256 };
    const cases: [Record<string, unknown>, string][] = [
      [{ sampleRate: 1_000_000 }, 'UNSUPPORTED_FORMAT'],
      [{ channels: 64 }, 'UNSUPPORTED_CHANNELS'],
      [{ device: 'no such device' }, 'UNKNOWN_DEVICE'],
      [{ device: devices.length + 5 }, 'UNKNOWN_DEVICE'],
      [{ frameLength: 0 }, 'INVALID_FRAME_LENGTH'],
    ];
    for (const [o, code] of cases) {
      for (const make of [() => adc({ ...base, ...o } as never), () => dac({ ...base, ...o } as never), () => duplex({ ...base, ...o } as never, (x) => x)]) {
        let err: unknown;
        try {
          make();
        } catch (e) {
          err = e;
        }
        expect(err, JSON.stringify(o)).toBeInstanceOf(AudioDeviceError);
        expect((err as AudioDeviceError).code, JSON.stringify(o)).toBe(code);
        for (const d of devices) expect((err as Error).message).toContain(`[${d.index}] ${d.name}`);
      }
    }
  });

  it('1 kHz tone: frequency within 1 Hz, level within 1 dB; clicks for frameLength 128/256/1024 × latency low/50 ms/high', async () => {
    findVirtualDevice(listDevices());
    const { signal, clicks } = testSignal();
    const onsetPlayed = firstAbove(signal, TONE_AMP / 4);
    const rows: Row[] = [];
    const isExact = (r: Row) =>
      r.spacingErr.every((e) => e === 0) && r.toneToClickErr === 0 && r.overflows + r.underflows + r.gaps === 0;
    for (const frameLength of [128, 256, 1024]) {
      for (const latency of ['low', 0.05, 'high'] as LatencySpec[]) {
        // The settings the issue found sample-exact (256, 50 ms) get up to 3 attempts: on a loaded
        // machine the sound server may stall once (every attempt is printed below).
        const attempts = frameLength === 256 && latency === 0.05 ? 3 : 1;
        for (let a = 0; a < attempts; a++) {
          const r = await playAndRecord(signal, frameLength, latency);
          const row = { frameLength, latency: String(latency), ...analyse(r, clicks, onsetPlayed) };
          rows.push(row);
          if (isExact(row)) break;
        }
      }
    }
    console.log('[audio-portaudio] dac → adc through the virtual loopback (fs 48 kHz; clicks every 24000 samples, then one on the last sample written):');
    console.log('frameLength | latency | PA latency in/out ms | tone err Hz | level err dB | click spacing err (samples) | tone→click err | overflows | underflows | index gaps');
    for (const r of rows) {
      console.log(
        `${String(r.frameLength).padStart(11)} | ${r.latency.padStart(7)} | ${r.latencyMs.padStart(20)} | ${r.freqErrHz.toFixed(4).padStart(11)} | ${r.levelErrDb.toFixed(3).padStart(12)} | ${JSON.stringify(r.spacingErr).padStart(27)} | ${String(r.toneToClickErr).padStart(14)} | ${String(r.overflows).padStart(9)} | ${String(r.underflows).padStart(10)} | ${r.gaps}`,
      );
    }
    // The loop is sample-exact at frameLength 256 with a 50 ms suggested latency, and hears the tone
    // at the right frequency (1 Hz) and level (1 dB).
    const exact = rows.filter((r) => r.frameLength === 256 && r.latency === '0.05');
    const best = exact.find(isExact) ?? exact[exact.length - 1]!;
    expect(best.spacingErr).toEqual(new Array(CLICKS).fill(0)); // includes the very last sample written
    expect(best.toneToClickErr).toBe(0);
    expect(best.overflows + best.underflows + best.gaps).toBe(0);
    expect(Math.abs(best.freqErrHz)).toBeLessThan(1);
    expect(Math.abs(best.levelErrDb)).toBeLessThan(1);
    // The other settings are reported, not asserted: at low latencies a loaded machine makes the
    // sound server drop out (inserted silence shows as positive spacing errors), and PortAudio sees
    // no under/overflow for it (the counts above stay 0), as the issue found.
  }, 120_000);
});
