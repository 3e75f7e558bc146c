// Each example is also a runnable file (npx tsx examples/<name>.ts): its own command line, run in a
// child process as a user would, for help, a mistake, and a short run on the simulated device.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-example-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function example(name: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', `${name}.ts`), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('example files', () => {
  it('print their usage with --help', () => {
    const r = example('three-band-eq', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npx tsx examples/three-band-eq.ts [options]');
    expect(r.stdout).toContain('--wav <value>');
    expect(r.stdout).toContain('(default 10)'); // its --seconds default
  });

  it('report a mistake in one line with status 2', () => {
    const r = example('cross-panning', '--simulated', '--set', 'panPercent=150');
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toEqual(['cross-panning: --set: parameter panPercent: value 150 is out of range [0, 100] %']);
  });

  it('run on the simulated device, say which device, print the statistics and what they wrote', () => {
    const r = example('cross-panning', '--simulated', '--fast', '--seconds', '1', '--set', 'panPercent=100', '--out', tmp);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Device: simulated device (--simulated, virtual time)');
    expect(r.stdout).toContain('Average Callback Period = 21.33 (ms)');
    // 100 %: left and right swapped exactly (int16 in, int16 out)
    expect(r.stdout).toContain('Measured (least squares, last 0.5 s): [[0.0000, 1.0000], [1.0000, 0.0000]]');
    expect(r.stdout).toContain(`wrote ${join(tmp, 'cross-panning-activity.svg')}`);
  });
});
