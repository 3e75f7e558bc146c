import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyParameterValues, type ExampleDefinition, type RunResult, type ExampleSettings, openDevice, startRun } from '@rxdsp/runtime';

/**
 * Runs an example on the simulated device on virtual time (`--simulated --fast`) into a
 * fresh temporary output folder, as the smoke tests do; returns the result and the folder.
 */
export async function runForTest(
  def: ExampleDefinition,
  overrides: Partial<ExampleSettings> & { readonly set?: Readonly<Record<string, number>> } = {},
): Promise<{ result: RunResult; outDir: string }> {
  const outDir = overrides.outDir ?? mkdtempSync(join(tmpdir(), `rxdsp-${def.name}-`));
  const settings: ExampleSettings = {
    ...def.defaults,
    outDir,
    extra: Object.fromEntries((def.options ?? []).filter((o) => o.defaultValue !== undefined).map((o) => [o.name, o.defaultValue!])),
    ...overrides,
  };
  const run = def.create(settings);
  applyParameterValues(def.name, run.parameters, overrides.set ?? {});
  const opened = await openDevice({ simulated: true, fast: true }, settings, run.simulatedInput ? { simulatedInput: run.simulatedInput } : {});
  const result = await startRun(def.name, run, settings, opened).done;
  return { result, outDir };
}
