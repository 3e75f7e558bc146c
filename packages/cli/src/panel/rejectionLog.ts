/** A rate-limited log of what the panel rejected (see {@link createRejectionLog}). */
export interface RejectionLog {
  /** Counts one rejection; logs it now if no line was logged in the last interval, else later in a summary. */
  reject(kind: 'request' | 'connection' | 'message', reason: string): void;
  /** Rejections counted since the start, by kind. */
  counts(): Readonly<Record<'request' | 'connection' | 'message', number>>;
  /** Logs the pending summary (if any) and a run total; stops the timer. */
  close(): void;
}

/**
 * Rejected requests, connections and messages, logged without letting a flood fill stderr: the
 * first rejection of a quiet period is logged at once (`panel: rejected message: …`); the ones
 * that follow within `intervalMs` are only counted, and one summary line
 * (`panel: 9999 more rejected (9999 message) in the last 5 s; last: …`) is logged when the interval
 * ends, and at `close()`, which also logs the run's total. At most one line per interval, plus
 * two at the end, whatever the rate.
 *
 * ## Example
 * ```ts
 * const rejected = createRejectionLog((l) => process.stderr.write(`${l}\n`), 5000);
 * rejected.reject('message', 'malformed JSON');
 * rejected.close();
 * ```
 * @param log where lines go
 * @param intervalMs minimum time between two lines, ms > 0
 */
export function createRejectionLog(log: (line: string) => void, intervalMs: number, now: () => number = Date.now): RejectionLog {
  const total = { request: 0, connection: 0, message: 0 };
  let pending = { request: 0, connection: 0, message: 0 };
  let pendingCount = 0;
  let lastReason = '';
  let lastLineAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    timer = undefined;
    if (pendingCount === 0) return;
    const kinds = (Object.keys(pending) as (keyof typeof pending)[])
      .filter((k) => pending[k] > 0)
      .map((k) => `${pending[k]} ${k}`)
      .join(', ');
    log(`panel: ${pendingCount} more rejected (${kinds}) in the last ${intervalMs / 1000} s; last: ${lastReason}`);
    pending = { request: 0, connection: 0, message: 0 };
    pendingCount = 0;
    lastLineAt = now();
  };

  return {
    reject(kind, reason) {
      total[kind]++;
      const t = now();
      if (pendingCount === 0 && t - lastLineAt >= intervalMs) {
        lastLineAt = t;
        log(`panel: rejected ${kind}: ${reason}`);
        return;
      }
      pending[kind]++;
      pendingCount++;
      lastReason = `${kind}: ${reason}`;
      if (timer === undefined) {
        timer = setTimeout(flush, Math.max(0, lastLineAt + intervalMs - t));
        timer.unref?.();
      }
    },
    counts: () => ({ ...total }),
    close() {
      if (timer !== undefined) clearTimeout(timer);
      flush();
      const all = total.request + total.connection + total.message;
      if (all > 0) log(`panel: rejected in this run: ${total.request} request(s), ${total.connection} connection(s), ${total.message} message(s)`);
    },
  };
}
