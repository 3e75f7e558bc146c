// No silent errors: a child process whose live pipeline fails with nobody awaiting the device
// sink (dac's drain(), duplex's done) prints the error and exits non-zero.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';

const env = deviceEnv();
announce('unhandled.device.test.ts', env);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/unhandledSinkError.ts', import.meta.url));

async function runChild(kind: 'dac' | 'duplex'): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, kind], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: `${root}tsconfig.json` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(-1);
    }, 30_000);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, out, err };
}

describe.skipIf(!env.run)('virtual loopback: unhandled sink errors', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(); // inherited by the child through PULSE_SINK / PULSE_SOURCE
  });
  afterAll(() => loop?.release());

  for (const kind of ['dac', 'duplex'] as const) {
    it(`${kind}: a failing pipeline nobody awaits is printed and the process exits non-zero`, async () => {
      const r = await runChild(kind);
      console.log(`[audio-portaudio] ${kind} child exited with ${r.code}; stderr:\n${r.err.trim().split('\n').slice(0, 6).join('\n')}`);
      expect(r.out).toContain('RUNNING');
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBe(-1); // -1: it hung and was killed
      expect(r.err).toMatch(/operator failed on purpose at frame 20/);
    }, 40_000);
  }
});
