import { config } from 'rxjs';

/**
 * Reports an error nobody can receive any more (it happened in a teardown, or reached a sink
 * whose result nobody awaits) the way RxJS reports unhandled errors: to `config.onUnhandledError`
 * when set, else thrown asynchronously so that it reaches `process.on('uncaughtException')` or
 * ends the process — never swallowed. Used by `writeWav` (a file that cannot be finalised after
 * an early end) and by the device sinks of `@rxdsp/audio-portaudio`.
 *
 * ## Example
 * ```ts
 * import { reportUnhandledError } from '@rxdsp/core';
 * const teardown = () => {
 *   try { closeSomething(); } catch (err) { reportUnhandledError(err); } // nobody to pass it to
 * };
 * ```
 * @param err the error to report
 */
export function reportUnhandledError(err: unknown): void {
  setTimeout(() => {
    const handler = config.onUnhandledError;
    if (handler) handler(err);
    else throw err;
  });
}
