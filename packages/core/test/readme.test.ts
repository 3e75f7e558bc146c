// The README's example must run as written: extract the first ```ts block after "## Example",
// run it against the package sources and check what it prints.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const generated = fileURLToPath(new URL('./readme-example.generated.ts', import.meta.url));
afterAll(() => rmSync(generated, { force: true }));

describe('packages/core/README.md', () => {
  it('has a runnable example that prints what it did', async () => {
    const section = readme.slice(readme.indexOf('## Example'));
    const match = /```ts\n([\s\S]*?)```/.exec(section);
    expect(match).not.toBeNull();
    writeFileSync(generated, `${match?.[1] ?? ''}\nexport {};\n`);
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
    try {
      await import(/* @vite-ignore */ generated);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toHaveLength(2);
    // tone 0.8 × gain 2 = 1.6 of full scale: every sample above 1 in magnitude clips; |sin| > 1/1.6
    // for 1 − (2/π)·asin(0.625) = 57 % of the time → about 0.57 · 24000 samples
    const m = /^wrote .*rxdsp-readme-tone\.wav; (\d+) samples clipped in (\d+) frames$/.exec(lines[0] ?? '');
    expect(m).not.toBeNull();
    const clipped = Number(m?.[1]);
    expect(Math.abs(clipped / 24000 - (1 - (2 / Math.PI) * Math.asin(0.625)))).toBeLessThan(0.01);
    expect(Number(m?.[2])).toBe(24); // every frame of 1024 samples spans > 2 periods of 440 Hz, so each clips
    // 0.25 s at 8 kHz = 2000 samples = 8 frames of 256 (7.8 rounded up); round trip (1 + 1)·256
    expect(lines[1]).toBe('simulated (1 ch, 8000 Hz, 256-sample frames): 8 frames, 0 underflows, round trip 512 samples');
  }, 20_000);
});
