// DspIoStream.open on the virtual PulseAudio loopback device (scripts/virtual-audio.sh start):
// PortAudio loaded by the runtime, a real duplex run through startRun, its capture and statistics.
// With CI set and RXDSP_AUDIO not 'virtual' these tests FAIL; elsewhere they are skipped.
import { describe, expect, it } from 'vitest';
import { map } from 'rxjs';
import type { Frame } from '@rxdsp/core';
import { AudioDeviceError } from '@rxdsp/audio-portaudio';
import { DspIoStream } from '../src/DspIoStream';

const virtual = process.env.RXDSP_AUDIO === 'virtual';
const negate = map((f: Frame<Int16Array>) => ({ ...f, channels: f.channels.map((c) => c.map((v) => -v)) }));

if (!virtual && process.env.CI) {
  describe('DspIoStream on the virtual loopback device', () => {
    it('needs RXDSP_AUDIO=virtual in CI (scripts/virtual-audio.sh start, then export its status lines)', () => {
      throw new Error(`RXDSP_AUDIO is ${JSON.stringify(process.env.RXDSP_AUDIO)}, expected "virtual"`);
    });
  });
} else {
  describe.skipIf(!virtual)('DspIoStream on the virtual loopback device', () => {
    it('open() checks the devices at once: an unknown device is AudioDeviceError UNKNOWN_DEVICE', async () => {
      const err = await DspIoStream.open(negate, { inDevice: 'no-such-device-xyz' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AudioDeviceError);
      expect((err as AudioDeviceError).code).toBe('UNKNOWN_DEVICE');
    });

    it('streams 1 s of duplex through the pipeline with no gap, keeps tCapture seconds of output', async () => {
      const io = await DspIoStream.open(negate, { inDevice: 'pulse', outDevice: 'pulse', fs: 48000, frameLength: 256, tCapture: 0.5, latency: 0.05, prefill: 2 });
      const r = await io.stream(1);
      const stats = io.streamStats();
      console.log(`DspIoStream 1 s: ${r.frames} frames, ${r.underflows} underflows, ${r.overflows} overflows; gaps ${stats.gaps}`);
      expect(r.frames).toBe(Math.ceil(48000 / 256));
      expect(stats.frames).toBe(r.frames);
      expect(stats.gaps).toBe(0);
      expect(io.capture.length).toBe(24000);
      expect(io.isRunning).toBe(false);
    }, 30_000);
  });
}
