import { BehaviorSubject, lastValueFrom, take, toArray, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { startRtlTcpServer, DEFAULT_STATIONS, type RtlTcpTestServer } from '../../../test-utils/rtlTcpServer';
import { analyseTone } from '../../../test-utils/toneAnalysis';
import { fmReceiver, rtlTcp, type FmDemodMethod } from '@rxdsp/sdr';
import type { Frame } from '@rxdsp/core';

let server: RtlTcpTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function join(frames: readonly Frame<Float64Array>[]): Float64Array {
  const n = frames.reduce((s, f) => s + f.channels[0]!.length, 0);
  const out = new Float64Array(n);
  let p = 0;
  for (const f of frames) {
    out.set(f.channels[0]!, p);
    p += f.channels[0]!.length;
  }
  return out;
}

async function receive(frequency: number, seconds: number, demod: FmDemodMethod = 'discriminator'): Promise<Float64Array> {
  server = await startRtlTcpServer({ pace: false });
  const frameLength = 24000;
  const frames = await lastValueFrom(
    rtlTcp({ port: server.port, frequency, sampleRate: 2.4e6, gain: 40, frameLength, retuneDelaySamples: 0 }).pipe(
      take(Math.ceil((seconds * 2.4e6) / frameLength)),
      fmReceiver({ demod }),
      toArray(),
    ),
  );
  return join(frames);
}

describe('fmReceiver on the test rtl_tcp server', () => {
  for (const demod of ['discriminator', 'phaseDifference'] as const) {
    it(`${demod}: 103.9 MHz gives its 1 kHz tone within 1 Hz at ≥ 40 dB SNR`, async () => {
      const audio = await receive(103.9e6, 1.2, demod);
      const m = analyseTone(audio.subarray(9600), 48000, { minHz: 300, maxHz: 4000 });
      console.log(`${demod}: tone ${m.frequency.toFixed(3)} Hz, SNR ${m.snrDb.toFixed(1)} dB, SINAD ${m.sinadDb.toFixed(1)} dB, amplitude ${m.amplitude.toFixed(4)}`);
      expect(Math.abs(m.frequency - 1000)).toBeLessThan(1);
      expect(m.snrDb).toBeGreaterThanOrEqual(40);
    });
  }
});
