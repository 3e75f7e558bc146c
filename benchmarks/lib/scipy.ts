import { spawnSync } from 'node:child_process';

/**
 * Runs a python3 benchmark script (`benchmarks/suites/<name>.py`) as a child process in this same run
 * and parses the JSON it prints on stdout. Returns undefined (with the reason) when python3 or scipy
 * is not available, so the TypeScript side still reports its own figures.
 */
export function runPython<T>(script: string, args: string[]): { ok: true; value: T } | { ok: false; reason: string } {
  const r = spawnSync('python3', [script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) return { ok: false, reason: `python3 not runnable: ${r.error.message}` };
  if (r.status !== 0) return { ok: false, reason: `python3 ${script} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  try {
    return { ok: true, value: JSON.parse(r.stdout) as T };
  } catch (err) {
    return { ok: false, reason: `python3 ${script} printed no JSON: ${String(err)}` };
  }
}
