import { config } from 'rxjs';

/**
 * Reports an error nobody can receive any more (it happened in a teardown, or reached a sink
 * whose result nobody awaits) the way RxJS reports unhandled errors: to `config.onUnhandledError`
 * when set, else thrown asynchronously so that it reaches `process.on('uncaughtException')` or
 * ends the process — never swallowed.
 */
export function reportUnhandled(err: unknown): void {
  setTimeout(() => {
    const handler = config.onUnhandledError;
    if (handler) handler(err);
    else throw err;
  });
}
