/**
 * Runs asynchronous jobs one at a time, in the order they were queued. Every native open,
 * start, stop and close goes through one of these, so two PortAudio streams are never opened
 * or torn down at the same time. A failing job does not stop the queue. Internal.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private running = 0;
  /** Most jobs ever seen running at once (1 when serialisation holds); for tests. */
  maxConcurrent = 0;
  /** Jobs queued or running. */
  size = 0;

  run<T>(job: () => Promise<T>): Promise<T> {
    this.size++;
    const start = async (): Promise<T> => {
      this.running++;
      this.maxConcurrent = Math.max(this.maxConcurrent, this.running);
      try {
        return await job();
      } finally {
        this.running--;
        this.size--;
      }
    };
    const result = this.tail.then(start, start);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every job queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
