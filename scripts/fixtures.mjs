#!/usr/bin/env node
// `pnpm fixtures`: regenerates every scipy fixture by running each generator that exists,
// packages/*/fixtures/gen_*.py, with python3 (numpy and scipy needed); each writes its JSON next
// to itself. `pnpm fixtures core` (or a name fragment such as `iir`) runs only the matching ones.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const generators = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    const dir = join(root, 'packages', d.name, 'fixtures');
    try {
      return readdirSync(dir)
        .filter((f) => /^gen_.*\.py$/.test(f))
        .sort()
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  })
  .filter((p) => only.length === 0 || only.some((o) => relative(root, p).includes(o)));
if (generators.length === 0) {
  console.error(`fixtures: no generator matches ${only.join(' ')} (packages/*/fixtures/gen_*.py)`);
  process.exit(2);
}
let failed = 0;
for (const gen of generators) {
  const rel = relative(root, gen);
  const t0 = Date.now();
  const r = spawnSync('python3', [gen], { cwd: dirname(gen), stdio: 'inherit' });
  const ok = r.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${rel} (${((Date.now() - t0) / 1000).toFixed(1)} s)${r.error ? `: ${r.error.message}` : ''}`);
}
console.log(`fixtures: ${generators.length - failed} generated, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
