import { describeValue } from '@rxdsp/core';
import { basename, extname } from 'node:path';

/**
 * True when the process was started with a script named `<name>.ts`, `.js`, `.mjs` or `.cjs`
 * (Node's `process.argv[1]`, as `node`, `tsx` and `npx tsx` set it): `isScript('iir-notch')` in
 * `npx tsx examples/iir-notch.ts`, false in `rxdsp run iir-notch` (there the script is the CLI).
 *
 * It compares the script's file name, not `import.meta.url`: once the example files are bundled
 * into the CLI they all share the bundle's `import.meta.url`, so a module cannot tell from its
 * own URL whether it is the script.
 *
 * ## Example
 * ```ts
 * if (isScript('design-remez-bandpass')) await main();
 * ```
 *
 * @param name the script's file name without its extension (an example's `name`).
 */
export function isScript(name: string): boolean {
  if (typeof name !== 'string' || name === '') throw new TypeError(`isScript: name must be a non-empty string, got ${describeValue(name)}`);
  const script = process.argv[1];
  if (script === undefined) return false;
  const ext = extname(script);
  if (!['.ts', '.js', '.mjs', '.cjs'].includes(ext)) return false;
  return basename(script, ext) === name;
}
