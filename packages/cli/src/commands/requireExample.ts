import { examples, findExample } from '@rxdsp/examples';
import { type ExampleDefinition, UsageError } from '@rxdsp/runtime';

/** The example called `name`, or a {@link UsageError} listing the examples. */
export function requireExample(name: string): ExampleDefinition {
  const def = findExample(name);
  if (!def) throw new UsageError(`unknown example ${JSON.stringify(name)} (one of: ${examples.map((e) => e.name).join(', ')})`);
  return def;
}
