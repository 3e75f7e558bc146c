// `rxdsp` against the virtual PulseAudio loopback device (scripts/virtual-audio.sh start), in a
// child process as users run it. Run by the lead in the serial device pass. With CI set and
// RXDSP_AUDIO not 'virtual' these tests FAIL; elsewhere they are skipped with the reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTsx, type ProcessResult } from '@rxdsp/test-utils';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'packages/cli/src/cli.ts');
const virtual = process.env.RXDSP_AUDIO === 'virtual';
const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-cli-dev-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function rxdsp(...args: string[]): Promise<ProcessResult> {
  return runTsx(CLI, args, { cwd: ROOT, timeoutMs: 90_000 });
}

if (!virtual && process.env.CI) {
  describe('rxdsp on the virtual loopback device', () => {
    it('needs RXDSP_AUDIO=virtual in CI (scripts/virtual-audio.sh start, then export its status lines)', async () => {
      throw new Error(`RXDSP_AUDIO is ${JSON.stringify(process.env.RXDSP_AUDIO)}, expected "virtual"`);
    });
  });
} else {
  describe.skipIf(!virtual)(`rxdsp on the virtual loopback device${virtual ? '' : ' (skipped: RXDSP_AUDIO is not "virtual"; run scripts/virtual-audio.sh start and export its environment)'}`, () => {
    it('devices lists the pulse device', async () => {
      const r = await rxdsp('devices');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/pulse/);
      const json = JSON.parse((await rxdsp('devices', '--json')).stdout) as { portaudio: boolean; devices: { name: string }[] };
      expect(json.portaudio).toBe(true);
      expect(json.devices.some((d) => d.name === 'pulse')).toBe(true);
    });

    it('a device that does not exist is one line and status 2', async () => {
      const r = await rxdsp('run', 'loop-through', '--device', 'no such card', '--seconds', '1');
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^rxdsp: .*no such card.* \(rxdsp devices lists them\)$/);
    });

    it('latency measures the loop round trip; the repetitions of one run agree', async () => {
      const r = await rxdsp('latency', '--device', 'pulse', '--frame-length', '256', '--latency', '0.05', '--repetitions', '4');
      console.log(r.stdout);
      expect(r.code, r.stderr).toBe(0);
      const delays = [...r.stdout.matchAll(/#\d: (\d+) samples/g)].map((m) => Number(m[1]));
      // Through PulseAudio the loop occasionally drops out for one chirp (measured: 1 in ~12):
      // at least 3 of 4 must be found.
      expect(delays.length).toBeGreaterThanOrEqual(3);
      // One stream, one clock: the delay stays within two frames across the run (measured: equal
      // to the sample in most runs, one jump of 2 frames seen once as the server re-adjusted).
      expect(Math.max(...delays) - Math.min(...delays)).toBeLessThanOrEqual(2 * 256);
      // at least one frame in and one frame out of a duplex stream
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(2 * 256);
      expect(r.stdout).toMatch(/Median \d+(\.5)? samples = [\d.]+ ms over [34] of 4 repetition\(s\)/);
    }, 60_000);

    it('run loop-through streams on the device and reports', async () => {
      const r = await rxdsp('run', 'loop-through', '--device', 'pulse', '--seconds', '2', '--frame-length', '256', '--out', tmp);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Device: PortAudio device pulse');
      expect(r.stdout).toMatch(/gaps = 0/);
      expect(r.stdout).toContain('max |y − x| = 0');
    }, 60_000);
  });
}
