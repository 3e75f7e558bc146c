/** Where the CLI writes and how it learns it should stop (so tests can run it in-process). */
export interface CliIo {
  readonly stdout: { write(s: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(s: string): unknown };
  /** Resolves when the user asks to stop (Ctrl-C); commands that run until stopped await it. */
  readonly interrupted: Promise<void>;
}

/**
 * The process's own streams, with Ctrl-C (SIGINT/SIGTERM) as the interrupt.
 *
 * ## Example
 * ```ts
 * import { main, processIo } from '@rxdsp/cli';
 * process.exitCode = await main(['node', 'rxdsp', 'run', 'loop-through', '--simulated', '--fast'], processIo());
 * ```
 */
export function processIo(): CliIo {
  const interrupted = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return { stdout: process.stdout, stderr: process.stderr, interrupted };
}
