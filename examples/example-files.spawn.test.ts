// Each example is also a runnable file (npx tsx examples/<name>.ts): its own command line, run in a
// child process as a user would, for help, a mistake, and a short run on the simulated device.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTsx, type ProcessResult } from '@rxdsp/test-utils';
import { stopBySignal } from '@rxdsp/test-utils';

const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-example-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function example(name: string, ...args: string[]): Promise<ProcessResult> {
  return runTsx(join(ROOT, 'examples', `${name}.ts`), args, { cwd: ROOT, timeoutMs: 60_000 });
}

describe('example files', () => {
  it('print their usage with --help', async () => {
    const r = await example('three-band-eq', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npx tsx examples/three-band-eq.ts [options]');
    expect(r.stdout).toContain('--wav <value>');
    expect(r.stdout).toMatch(/--seconds <s> +run length \(default 10\)/); // its --seconds default
    expect(r.stdout).toMatch(/--history <s> +seconds of the newest audio kept for the report \(default 10\)/);
  });

  it('report a mistake in one line with status 2', async () => {
    const r = await example('cross-panning', '--simulated', '--set', 'panPercent=150');
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toEqual(['cross-panning: --set: parameter panPercent: value 150 is out of range [0, 100] %']);
  });

  it('stop on SIGINT within 1 s, even a --fast run of 1e9 s, and still print the report', async () => {
    const out = join(tmp, 'sigint');
    const r = await stopBySignal(ROOT, join(ROOT, 'examples', 'iir-notch.ts'), ['--simulated', '--fast', '--seconds', '1e9', '--out', out], {
      signal: 'SIGINT',
      ready: /Streaming/,
      afterMs: 1500,
    });
    console.log(`examples/iir-notch.ts --fast: SIGINT → statistics after ${r.statsMs.toFixed(0)} ms, exit after ${r.exitMs.toFixed(0)} ms`);
    expect(r.killedBy, r.stderr).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    expect(r.statsMs).toBeLessThan(1000);
    expect(Number(/Frames = (\d+), gaps = 0/.exec(r.stdout)?.[1])).toBeGreaterThan(20);
    expect(r.stdout).toMatch(/Level at 2000 Hz: .* dB removed/);
    expect(r.stdout).toContain(`wrote ${join(out, 'iir-notch-activity.svg')}`);
    expect(r.exitMs).toBeLessThan(15_000);
  }, 60_000);

  it('run on the simulated device, say which device, print the statistics and what they wrote', async () => {
    const r = await example('cross-panning', '--simulated', '--fast', '--seconds', '1', '--set', 'panPercent=100', '--out', tmp);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Device: simulated device (--simulated, virtual time)');
    expect(r.stdout).toContain('Average Callback Period = 21.33 (ms)');
    // 100 %: left and right swapped exactly (int16 in, int16 out)
    expect(r.stdout).toContain('Measured (least squares, last 0.5 s): [[0.0000, 1.0000], [1.0000, 0.0000]]');
    expect(r.stdout).toContain(`wrote ${join(tmp, 'cross-panning-activity.svg')}`);
  });
});
