import { realpathSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * True when the module at `moduleUrl` — whose file must be `<name>.ts` (or `.js`) when `name` is
 * given — is the script Node (or tsx) was started with. The name check matters once the examples are bundled into the
 * CLI: there every example shares the bundle's `import.meta.url`, and none of them is "main".
 */
export function isMain(moduleUrl: string, name?: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    const file = fileURLToPath(moduleUrl);
    if (name !== undefined && basename(file, extname(file)) !== name) return false;
    return realpathSync(script) === realpathSync(file);
  } catch {
    return false;
  }
}
