// Runs a child process asynchronously and collects its output. Tests that start processes use
// this, never spawnSync/execFileSync: a synchronous spawn blocks the vitest worker's event loop
// for as long as the child runs, and a test that runs several in a row can block it for more
// than vitest's 60 s RPC timeout ("Timeout calling onTaskUpdate", an unhandled error that fails
// the run although every test passed).
import { spawn } from 'node:child_process';

/** What a finished process left. */
export interface ProcessResult {
  /** Exit status; −1 when it was killed (signal or timeout). */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runProcess}. */
export interface RunProcessOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Killed (SIGKILL) after this many ms; default 90 000. */
  readonly timeoutMs?: number;
}

/** Runs `cmd args` and resolves with its exit status and output (never rejects for a non-zero status). */
export function runProcess(cmd: string, args: readonly string[], opts: RunProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** Runs a TypeScript file with `node --import tsx` (as the CLI and the example files run). */
export function runTsx(file: string, args: readonly string[], opts: RunProcessOptions = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, ['--import', 'tsx', file, ...args], opts);
}
