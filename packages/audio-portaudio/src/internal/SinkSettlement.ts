import { reportUnhandledError } from '@rxdsp/core';

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
