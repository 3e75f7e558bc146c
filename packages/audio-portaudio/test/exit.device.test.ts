// A subscription cut mid-stream leaves no native thread or handle behind: a child process that
// cuts an adc, a dac and a duplex mid-stream exits on its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announce, deviceEnv, usePrivateLoop } from './deviceEnv';

const env = deviceEnv();
announce('exit.device.test.ts', env);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = fileURLToPath(new URL('./fixtures/cutMidStream.ts', import.meta.url));

describe.skipIf(!env.run)('virtual loopback: process exit', () => {
  let loop: ReturnType<typeof usePrivateLoop> | undefined;
  beforeAll(() => {
    loop = usePrivateLoop(); // inherited by the child through PULSE_SINK / PULSE_SOURCE
  });
  afterAll(() => loop?.release());

  it('a process whose streams were cut mid-stream exits by itself', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      env: { ...process.env, TSX_TSCONFIG_PATH: `${root}tsconfig.json` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let cutAt = 0;
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (!cutAt && out.includes('CUT')) cutAt = performance.now();
    });
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
    const exitAfterMs = cutAt ? performance.now() - cutAt : NaN;
    console.log(`[audio-portaudio] child output:\n${out.trim()}\n[audio-portaudio] exited with ${code}, ${exitAfterMs.toFixed(0)} ms after the last stream was cut`);
    if (code !== 0) console.log(err);
    expect(out).toContain('adc cut after 20 frames');
    expect(out).toContain('dac aborted mid-stream');
    expect(out).toContain('CUT');
    expect(code).toBe(0); // -1: it hung and was killed
    expect(exitAfterMs).toBeLessThan(5000);
  }, 40_000);
});
