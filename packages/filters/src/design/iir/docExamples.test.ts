// Runs every `## Example` block of the IIR design sources (imports from '@rxdsp/filters' resolve to the sources),
// so the documented examples stay runnable.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(tmpdir(), `rxdsp-iir-doc-examples-${process.pid}`);
mkdirSync(out, { recursive: true });

const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const examples: { file: string; code: string }[] = [];
for (const f of files) {
  const src = readFileSync(join(here, f), 'utf8');
  const re = /## Example\n \* ```ts\n((?: \*.*\n)*?) \* ```/g;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const code = (m[1] as string)
      .split('\n')
      .map((l) => l.replace(/^ \* ?/, ''))
      .join('\n');
    examples.push({ file: f, code });
  }
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('doc examples of design/iir', () => {
  it('finds examples in the sources', () => {
    expect(examples.length).toBeGreaterThan(50);
  });
  examples.forEach((e, i) => {
    it(`${e.file} example ${i} runs`, async () => {
      const path = join(out, `ex${i}.ts`);
      writeFileSync(path, `${e.code}\nexport {};\n`);
      await expect(import(/* @vite-ignore */ path)).resolves.toBeDefined();
    });
  });
});
