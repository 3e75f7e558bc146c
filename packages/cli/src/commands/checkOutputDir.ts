import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '@rxdsp/runtime';

const REASONS: Readonly<Record<string, string>> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENAMETOOLONG: 'the name is too long',
};

/**
 * Makes sure the folder an option names (`--out`) exists and can hold new files, before
 * any device is opened or any sample streamed: creates it (with its parents) and creates and
 * removes a probe file in it. A failure is a {@link UsageError} (one line, exit status 2):
 * `--out "/etc/passwd/x": cannot write there (a part of the path is a file, not a folder)`.
 *
 * ## Example
 * ```ts
 * const outDir = checkOutputDir('--out', opts.out ?? 'out');
 * ```
 * @param option the option's name, for the message
 * @param dir the folder, relative to the working directory or absolute
 * @returns the absolute path
 */
export function checkOutputDir(option: string, dir: string): string {
  const abs = resolve(dir);
  const fail = (err: unknown): never => {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`${option} ${JSON.stringify(dir)}: cannot write there (${REASONS[code] ?? (err instanceof Error ? err.message : String(err))})`);
  };
  try {
    mkdirSync(abs, { recursive: true });
    if (!statSync(abs).isDirectory()) fail(Object.assign(new Error('not a folder'), { code: 'EEXIST' }));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    fail(err);
  }
  const probe = join(abs, `.rxdsp-write-test-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
  } catch (err) {
    fail(err);
  }
  return abs;
}
