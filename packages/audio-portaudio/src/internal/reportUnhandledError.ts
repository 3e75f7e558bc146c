import { config } from 'rxjs';

/**
 * Reports an error that nobody handles the way RxJS reports an error reaching a subscriber
 * without an error callback: on a fresh task, to `config.onUnhandledError` when it is set,
 * else thrown (an uncaught exception: printed, and the process exits non-zero unless the
 * application handles `uncaughtException`). Never swallowed, never thrown synchronously into
 * the code that raised it. Internal.
 */
export function reportUnhandledError(err: unknown): void {
  setTimeout(() => {
    const handler = config.onUnhandledError;
    if (handler) handler(err);
    else throw err;
  });
}

/**
 * The settlement of a device sink (`dac().drain()`, `duplex().done`) with the rule for errors
 * nobody handles: a rejection is reported with {@link reportUnhandledError} unless the promise
 * was asked for (`observe()`) by then — or within the same turn of the event loop, so
 * `src.subscribe(out); await out.drain()` after a synchronous failure still receives it. The
 * promise handed out by `observe()` is a plain one: ignoring it is Node's unhandled rejection.
 * Internal.
 */
export class SinkSettlement<T> {
  private readonly inner: Promise<T>;
  private settle!: { resolve: (v: T) => void; reject: (e: unknown) => void };
  private observed: Promise<T> | undefined;

  constructor() {
    this.inner = new Promise<T>((resolve, reject) => (this.settle = { resolve, reject }));
    this.inner.catch(() => undefined); // reported below, or through observe()
  }

  /** The promise for the caller (the first call decides that the error is the caller's to handle). */
  observe(): Promise<T> {
    this.observed ??= this.inner.then((v) => v);
    return this.observed;
  }

  resolve(value: T): void {
    this.settle.resolve(value);
  }

  reject(err: unknown): void {
    this.settle.reject(err);
    setTimeout(() => {
      if (this.observed === undefined) reportUnhandledError(err);
    });
  }
}
