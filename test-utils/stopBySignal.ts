// Runs a streaming command line (the rxdsp CLI or an example file) in a child process as a user
// would, sends it SIGINT or SIGTERM once it has streamed for a while, and measures how long it
// takes to stop: to print the stream statistics, and to exit.
import { spawn } from 'node:child_process';

/** What {@link stopBySignal} observed. */
export interface StoppedRun {
  readonly code: number | null;
  /** Signal that killed the child, if its handler did not catch it (null when it exited by itself). */
  readonly killedBy: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** ms from the signal to the statistics' last line (`Frames = …`) on stdout; NaN if never printed. */
  readonly statsMs: number;
  /** ms from the signal to the child's exit. */
  readonly exitMs: number;
}

/**
 * Spawns `node --import tsx <script> …args` in `cwd`, waits until stdout matches `ready` and then
 * `afterMs` more, sends `signal`, and resolves when the child exits. Rejects when the child exits
 * before `ready` or does not print it within `readyTimeoutMs`.
 */
export function stopBySignal(
  cwd: string,
  script: string,
  args: readonly string[],
  opts: { readonly signal: NodeJS.Signals; readonly ready: RegExp; readonly afterMs: number; readonly readyTimeoutMs?: number },
): Promise<StoppedRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RXDSP_DEBUG: '', FORCE_COLOR: '0' },
  });
  let stdout = '';
  let stderr = '';
  let sentAt = Number.NaN;
  let statsAt = Number.NaN;
  return new Promise((resolve, reject) => {
    const readyTimer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} ${args.join(' ')} did not print ${ready} in time:\n${stdout}\n${stderr}`));
    }, opts.readyTimeoutMs ?? 30_000);
    const ready = opts.ready;
    let armed = false;
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!Number.isNaN(sentAt) && Number.isNaN(statsAt) && /Frames = \d+/.test(stdout)) statsAt = performance.now();
      if (!armed && ready.test(stdout)) {
        armed = true;
        clearTimeout(readyTimer);
        setTimeout(() => {
          sentAt = performance.now();
          child.kill(opts.signal);
        }, opts.afterMs);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(readyTimer);
      if (Number.isNaN(sentAt)) {
        reject(new Error(`${script} exited (${code ?? signal}) before it was signalled:\n${stdout}\n${stderr}`));
        return;
      }
      const now = performance.now();
      resolve({ code, killedBy: signal, stdout, stderr, statsMs: statsAt - sentAt, exitMs: now - sentAt });
    });
  });
}
