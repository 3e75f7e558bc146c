import type { ExampleDefinition } from './ExampleDefinition';
import { isScript } from './isScript';
import { runMain } from './runMain';

/**
 * The explicit entry of an example file: when the process was started with the script
 * `<def.name>.ts` (see {@link isScript}), runs {@link runMain} with the process's arguments and
 * ends the process with its status (after at most 2 s for open handles to close); otherwise it
 * does nothing, so the same file can be imported (by the CLI, by tests) without running.
 * Returns whether it started the run.
 *
 * ## Example
 * ```ts
 * // my-filter.ts: `npx tsx my-filter.ts --simulated --seconds 2`
 * export const myFilter: ExampleDefinition = { name: 'my-filter', … };
 * runAsScript(myFilter);
 * ```
 *
 * @param def the example or pipeline definition; its `name` must be the file's name.
 */
export function runAsScript(def: ExampleDefinition): boolean {
  if (!isScript(def.name)) return false;
  runMain(def).then(
    (code) => {
      process.exitCode = code;
      setTimeout(() => process.exit(code), 2000).unref();
    },
    () => process.exit(1),
  );
  return true;
}
