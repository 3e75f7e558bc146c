// `rxdsp sdr fm` run as users run it (a child process) against the repository's test rtl_tcp server
// running in this process: the receiver streams, prints the meter and the statistics, finds the
// station's tone; a server that is not there or speaks wrongly ends in one clear line.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startRtlTcpServer, type RtlTcpTestServer } from '../../../test-utils/rtlTcpServer';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'packages/cli/src/cli.ts');
const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-sdr-'));
let server: RtlTcpTestServer;
let bad: RtlTcpTestServer;
beforeAll(async () => {
  server = await startRtlTcpServer({ prerenderHz: [104.7e6] });
  bad = await startRtlTcpServer({ fault: 'badGreeting' });
});
afterAll(async () => {
  await server.close();
  await bad.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI asynchronously (the server answers from this process's event loop). */
function rxdsp(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const p = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), 90_000);
    p.on('close', (code) => {
      clearTimeout(timer);
      res({ code: code ?? -1, stdout, stderr });
    });
  });
}

describe('rxdsp sdr fm', () => {
  it('receives 104.7 MHz from the test server on the simulated device: meter, statistics, its 1200 Hz tone, stage spectra', async () => {
    const r = await rxdsp('sdr', 'fm', '--port', String(server.port), '--frequency', '104.7e6', '--simulated', '--seconds', '2', '--out', tmp);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Tuning 104.7e6 Hz on rtl_tcp 127.0.0.1:');
    expect(r.stdout).toMatch(/dBFS rms/);
    expect(r.stdout).toContain('Ideal Callback period = 21.33 (ms)');
    const tone = /Strongest audio tone \(50 Hz … 15 kHz\) at ([\d.]+) Hz/.exec(r.stdout);
    expect(Math.abs(Number(tone?.[1]) - 1200)).toBeLessThanOrEqual(48000 / 4096);
    for (const s of ['input', 'baseband', 'demodulated', 'audio']) expect(r.stdout).toContain(`fm-receiver-${s}.svg`);
    expect(server.commands.some((c) => c.command === 0x01 && c.value === 104_700_000)).toBe(true);
  }, 120_000);

  it('a refused connection and a malformed greeting end in one line naming the fault', async () => {
    const refused = await rxdsp('sdr', 'fm', '--port', '1', '--simulated', '--seconds', '1', '--out', tmp);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'))).toEqual(['rxdsp: rtlTcp: cannot connect: ECONNREFUSED (127.0.0.1:1)']);
    const greeting = await rxdsp('sdr', 'fm', '--port', String(bad.port), '--simulated', '--seconds', '1', '--out', tmp);
    expect(greeting.code).toBe(1);
    expect(greeting.stderr).toMatch(/^rxdsp: rtlTcp: malformed greeting: expected "RTL0", got bytes <52544c58/m);
  }, 120_000);

  it('a frequency outside the FM band is a usage error', async () => {
    const r = await rxdsp('sdr', 'fm', '--frequency', '50e6', '--simulated');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--frequency must be in 87.5e6 … 108e6 Hz, got 50000000');
  }, 60_000);

  it('--panel serves the live panel: tuning 87.5–108 MHz / 0.2 and audio gain −60 … +6 dB sliders; retuning moves the spectrum peak to the new station', async () => {
    const p = spawn(process.execPath, ['--import', 'tsx', CLI, 'sdr', 'fm', '--port', String(server.port), '--simulated', '--panel', '0', '--out', tmp], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number>((r) => p.on('close', (code) => r(code ?? -1)));
    try {
      for (let t = 0; t < 600 && !/Panel: http/.test(out); t++) await new Promise((r) => setTimeout(r, 100));
      // the page URL carries this run's token; the socket needs it and the panel's own Origin
      const page = new URL(/Panel: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out)![1]!);
      const ws = new WebSocket(`ws://${page.host}/ws?token=${page.searchParams.get('token')}`, { origin: page.origin });
      const messages: { type: string; [k: string]: unknown }[] = [];
      ws.on('message', (d) => messages.push(JSON.parse(d.toString()) as { type: string }));
      await new Promise<void>((r) => ws.once('open', () => r()));
      for (let t = 0; t < 100 && messages.length === 0; t++) await new Promise((r) => setTimeout(r, 50));
      expect(messages[0]?.parameters).toEqual([
        { name: 'tuningMHz', label: 'Tuning', unit: 'MHz', min: 87.5, max: 108, step: 0.2, value: 103.9 },
        { name: 'volumeDb', label: 'Audio gain', unit: 'dB', min: -60, max: 6, step: 1, value: 0 },
      ]);
      /** Frequency of the highest bin of the newest spectrum message after `from`. */
      const peakAfter = async (from: number): Promise<number> => {
        for (let t = 0; t < 300; t++) {
          const spectra = messages.slice(from).filter((m) => m.type === 'spectrum');
          if (spectra.length >= 3) {
            const { f, db } = spectra[spectra.length - 1] as unknown as { f: number[]; db: number[][] | number[] };
            const d = (Array.isArray(db[0]) ? db[0] : db) as number[];
            let k = 1;
            for (let j = 1; j < d.length; j++) if (f[j]! > 300 && f[j]! < 5000 && d[j]! > d[k]!) k = j;
            return f[k]!;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('no spectrum from the panel');
      };
      ws.send(JSON.stringify({ type: 'start' }));
      expect(Math.abs((await peakAfter(0)) - 1000)).toBeLessThan(60);
      const mark = messages.length;
      ws.send(JSON.stringify({ type: 'set', name: 'tuningMHz', value: 104.7 }));
      await new Promise((r) => setTimeout(r, 1500));
      expect(Math.abs((await peakAfter(mark + 5)) - 1200)).toBeLessThan(60);
      expect(messages).toContainEqual({ type: 'param', name: 'tuningMHz', value: 104.7, unit: 'MHz' });
      ws.send(JSON.stringify({ type: 'stop' }));
      ws.close();
    } finally {
      p.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
