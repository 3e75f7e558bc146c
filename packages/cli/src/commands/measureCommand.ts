import type { CliIo } from '../CliIo';
import type { StreamCommandOptions } from './exampleArgsFromOptions';
import { runCommand } from './runCommand';

/** `rxdsp measure --filter <example>`: the white-noise measurement of a filter example. */
export async function measureCommand(io: CliIo, opts: StreamCommandOptions & { readonly quiet?: boolean }): Promise<void> {
  await runCommand(io, 'noise-measurement', opts);
}
