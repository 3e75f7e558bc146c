import { resolveExampleArgs, UsageError, type ExampleArgs, type ExampleDefinition } from '@rxdsp/examples';

/** commander's option values of a device command (strings until validated). */
export interface StreamCommandOptions {
  readonly device?: string;
  readonly simulated?: boolean;
  readonly fast?: boolean;
  readonly seconds?: string;
  readonly frameLength?: string;
  readonly fs?: string;
  readonly out?: string;
  readonly latency?: string;
  readonly set?: readonly string[];
  readonly wav?: string;
  readonly filter?: string;
}

/**
 * Turns commander's option values into an example's validated settings (the same rules
 * as the example files' own command line); an example-specific option given to an example
 * that does not take it is a {@link UsageError}.
 */
export function exampleArgsFromOptions(def: ExampleDefinition, opts: StreamCommandOptions): Omit<ExampleArgs, 'help'> {
  const accepted = new Set((def.options ?? []).map((o) => o.name));
  const extra: Record<string, string | undefined> = {};
  for (const name of ['wav', 'filter'] as const) {
    const v = opts[name];
    if (v === undefined) continue;
    if (!accepted.has(name)) throw new UsageError(`--${name} is not an option of ${def.name}`);
    extra[name] = v;
  }
  const pick = <K extends keyof StreamCommandOptions>(k: K) => (opts[k] !== undefined ? { [k]: opts[k] } : {});
  return resolveExampleArgs(def, {
    ...pick('device'),
    ...pick('simulated'),
    ...pick('fast'),
    ...pick('seconds'),
    ...pick('frameLength'),
    ...pick('fs'),
    ...pick('out'),
    ...pick('latency'),
    set: opts.set ?? [],
    extra,
  });
}
