import { type ExampleArgs, type ExampleDefinition, type RawExampleArgs, resolveExampleArgs, UsageError } from '@rxdsp/runtime';

/**
 * commander's option values of a device command: the example options of the example files'
 * own command line ({@link RawExampleArgs}: strings until validated), plus the example-specific
 * `--wav` and `--filter`.
 */
export interface StreamCommandOptions extends Omit<RawExampleArgs, 'extra'> {
  readonly wav?: string;
  readonly filter?: string;
}

/**
 * Turns commander's option values into an example's validated settings (the same rules
 * as the example files' own command line); an example-specific option given to an example
 * that does not take it is a {@link UsageError}.
 */
export function exampleArgsFromOptions(def: ExampleDefinition, opts: StreamCommandOptions): Omit<ExampleArgs, 'help'> {
  const { wav, filter, ...common } = opts;
  const accepted = new Set((def.options ?? []).map((o) => o.name));
  const extra: Record<string, string | undefined> = {};
  for (const [name, v] of [['wav', wav], ['filter', filter]] as const) {
    if (v === undefined) continue;
    if (!accepted.has(name)) throw new UsageError(`--${name} is not an option of ${def.name}`);
    extra[name] = v;
  }
  return resolveExampleArgs(def, { ...common, extra });
}
