import type { ExampleDefinition, ExampleRun, ExampleSettings } from './ExampleDefinition';
import { UsageError } from './UsageError';

/**
 * `def.create(settings)` for a command line: a `RangeError` from building the run (a live
 * parameter whose range the chosen `--fs` cannot hold, e.g. a 2 kHz notch at `--fs 1000`) is a
 * user mistake, so it becomes a {@link UsageError} that says which settings the example cannot
 * run with (printed as one line, exit status 2).
 *
 * ## Example
 * ```ts
 * const run = createRun(iirNotch, args.settings); // UsageError at --fs 1000
 * ```
 *
 * @param def the example.
 * @param settings validated settings (sample rate in Hz, samples per frame, seconds).
 */
export function createRun(def: ExampleDefinition, settings: ExampleSettings): ExampleRun {
  try {
    return def.create(settings);
  } catch (err) {
    if (err instanceof RangeError) {
      throw new UsageError(`${def.name} cannot run at --fs ${settings.sampleRate} with --frame-length ${settings.frameLength}: ${err.message}`);
    }
    throw err;
  }
}
