// The FM receiver example on the virtual PulseAudio loopback device (scripts/virtual-audio.sh start):
// the repository's test rtl_tcp server feeds 103.9 MHz in real time, the receiver's 48 kHz audio plays
// through the sound server for 3 s. Run in the serial device pass; with CI set and RXDSP_AUDIO not
// 'virtual' it FAILS; elsewhere it is skipped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRtlTcpServer, type RtlTcpTestServer } from '../test-utils/rtlTcpServer';
import { type ExampleSettings, openDevice, startRun } from '@rxdsp/runtime';
import { fmReceiverExample } from './fm-receiver';

const virtual = process.env.RXDSP_AUDIO === 'virtual';

if (!virtual && process.env.CI) {
  describe('fm-receiver on the virtual loopback device', () => {
    it('needs RXDSP_AUDIO=virtual in CI (scripts/virtual-audio.sh start, then export its status lines)', () => {
      throw new Error(`RXDSP_AUDIO is ${JSON.stringify(process.env.RXDSP_AUDIO)}, expected "virtual"`);
    });
  });
} else {
  describe.skipIf(!virtual)(`fm-receiver on the virtual loopback device${virtual ? '' : ' (skipped: RXDSP_AUDIO is not "virtual")'}`, () => {
    let server: RtlTcpTestServer;
    beforeAll(async () => {
      server = await startRtlTcpServer({ prerenderHz: [103.9e6] });
    });
    afterAll(async () => server.close());

    it('keeps up in real time: 3 s of 103.9 MHz to the device with no gap, the 1 kHz tone received', async () => {
      const settings: ExampleSettings = {
        ...fmReceiverExample.defaults,
        seconds: 3,
        outDir: mkdtempSync(join(tmpdir(), 'rxdsp-dev-fm-')),
        extra: { host: '127.0.0.1', port: String(server.port), frequency: '103.9e6', 'rf-gain': '40', demod: 'discriminator' },
      };
      const run = fmReceiverExample.create(settings);
      const opened = await openDevice({ simulated: false, fast: false, device: 'pulse' }, settings);
      try {
        const t0 = performance.now();
        const result = await startRun(fmReceiverExample.name, run, settings, opened).done;
        const wallMs = performance.now() - t0;
        console.log(`fm-receiver on ${opened.description}\n${result.statsReport}\n${result.report.lines.join('\n')}`);
        expect(opened.kind).toBe('portaudio');
        expect(result.stats.gaps).toBe(0);
        expect(result.stats.frames).toBeGreaterThanOrEqual(Math.floor((3 * 48_000) / 1024) - 1);
        expect(wallMs).toBeGreaterThan(2700); // real-time pace
        expect(Math.abs(result.report.figures.toneHz! - 1000)).toBeLessThanOrEqual(48_000 / 4096);
      } finally {
        await opened.close?.();
      }
    }, 60_000);
  });
}
