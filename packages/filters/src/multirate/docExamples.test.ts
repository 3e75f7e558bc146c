// Runs every `## Example` block of the multirate sources (imports from '@rxdsp/filters' / '@rxdsp/core' resolve to
// the sources through vitest's aliases), so the documented examples stay runnable.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
// inside the package, so that 'rxjs' resolves from the examples as it does for a user
const out = join(here, `.doc-examples-${process.pid}`);
mkdirSync(out, { recursive: true });
afterAll(() => rmSync(out, { recursive: true, force: true }));

const blocks: { file: string; code: string }[] = [];
for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
  const src = readFileSync(join(here, file), 'utf8');
  for (const m of src.matchAll(/## Example\n \* ```ts\n((?: \*.*\n)*?) \* ```/g)) {
    blocks.push({ file, code: m[1]!.replace(/^ \* ?/gm, '') });
  }
}

describe('doc examples of multirate', () => {
  it('every public unit has one', () => {
    expect(blocks.map((b) => b.file).sort()).toEqual(
      ['DriftController.ts', 'FractionalResamplerKernel.ts', 'ResamplerKernel.ts', 'asrc.ts', 'decimate.ts', 'filtfilt.ts', 'resample.ts', 'resamplePoly.ts', 'resamplePolyTaps.ts', 'sosfiltfilt.ts', 'upfirdn.ts'].sort(),
    );
  });
  blocks.forEach((b, i) => {
    it(`${b.file} example runs`, async () => {
      const path = join(out, `ex${i}.ts`);
      writeFileSync(path, `${b.code}\nexport {};\n`);
      await expect(import(/* @vite-ignore */ path)).resolves.toBeDefined();
    });
  });
});
