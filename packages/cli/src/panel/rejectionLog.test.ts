import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRejectionLog } from './rejectionLog';

describe('createRejectionLog', () => {
  afterEach(() => vi.useRealTimers());

  it('logs the first rejection, summarises the rest once per interval, totals at close', () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const r = createRejectionLog((l) => lines.push(l), 5000, () => Date.now());
    r.reject('message', 'malformed JSON');
    expect(lines).toEqual(['panel: rejected message: malformed JSON']);
    for (let i = 0; i < 1000; i++) r.reject(i % 2 ? 'message' : 'connection', `n${i}`);
    expect(lines).toHaveLength(1); // counted, not logged
    vi.advanceTimersByTime(4999);
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(lines[1]).toBe('panel: 1000 more rejected (500 connection, 500 message) in the last 5 s; last: message: n999');
    // within the next interval: counted again; close() flushes and totals
    r.reject('request', 'GET /: wrong token');
    expect(lines).toHaveLength(2);
    r.close();
    expect(lines.slice(2)).toEqual([
      'panel: 1 more rejected (1 request) in the last 5 s; last: request: GET /: wrong token',
      'panel: rejected in this run: 1 request(s), 500 connection(s), 501 message(s)',
    ]);
    // after a quiet interval the next rejection is logged at once again
    vi.advanceTimersByTime(5000);
    r.reject('message', 'again');
    expect(lines.at(-1)).toBe('panel: rejected message: again');
  });

  it('logs nothing at close when nothing was rejected', () => {
    const lines: string[] = [];
    createRejectionLog((l) => lines.push(l), 1000).close();
    expect(lines).toEqual([]);
  });
});
