// A vitest reporter that writes the counts the closing line of `npm test` needs to the JSON file
// named by RXDSP_SUMMARY_FILE: tests passed / failed / skipped, and errors — unhandled errors
// (vitest prints them as "Errors  N error" and fails the run, while every test may have passed)
// plus files that failed outside any test (an import that throws, a failing hook).
import { writeFileSync } from 'node:fs';
import type { Reporter, RunnerTask, RunnerTestFile } from 'vitest';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  errors: number;
}

function countTasks(tasks: readonly RunnerTask[], c: Counts): void {
  for (const t of tasks) {
    if (t.type === 'suite') {
      if (t.result?.state === 'fail' && t.result.errors?.length) c.errors += 1; // a failing beforeAll/afterAll
      countTasks(t.tasks, c);
      continue;
    }
    const state = t.result?.state;
    if (t.mode === 'skip' || t.mode === 'todo') c.skipped += 1;
    else if (state === 'pass') c.passed += 1;
    else if (state === 'fail') c.failed += 1;
    else c.errors += 1; // a test that never finished (its file crashed or timed out)
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = [], errors: unknown[] = []): void {
    const c: Counts = { passed: 0, failed: 0, skipped: 0, errors: errors.length };
    for (const f of files) {
      if (f.result?.state === 'fail' && (f.result.errors?.length ?? 0) > 0) c.errors += 1;
      countTasks(f.tasks, c);
    }
    const out = process.env.RXDSP_SUMMARY_FILE;
    if (out) writeFileSync(out, JSON.stringify(c));
  }
}
