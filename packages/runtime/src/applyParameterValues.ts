import type { LiveParameter } from './LiveParameter';
import { checkParameterValue } from './LiveParameter';
import { UsageError } from './UsageError';

/** Applies `--set name=value` values to an example's live parameters; a {@link UsageError} for an unknown name or a value out of range. */
export function applyParameterValues(example: string, parameters: readonly LiveParameter[], values: Readonly<Record<string, number>>): void {
  for (const [name, value] of Object.entries(values)) {
    const p = parameters.find((q) => q.name === name);
    if (!p) {
      throw new UsageError(`--set: ${example} has no live parameter ${JSON.stringify(name)} (it has: ${parameters.map((q) => q.name).join(', ') || 'none'})`);
    }
    const problem = checkParameterValue(p, value);
    if (problem !== undefined) throw new UsageError(`--set: ${problem}`);
    p.value$.next(value);
  }
}
