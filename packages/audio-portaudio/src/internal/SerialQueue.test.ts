import { describe, expect, it } from 'vitest';
import { SerialQueue } from './SerialQueue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SerialQueue', () => {
  it('runs jobs one at a time in queue order', async () => {
    const q = new SerialQueue();
    const log: string[] = [];
    const jobs = [30, 1, 10].map((ms, i) =>
      q.run(async () => {
        log.push(`start ${i}`);
        await sleep(ms);
        log.push(`end ${i}`);
        return i;
      }),
    );
    expect(await Promise.all(jobs)).toEqual([0, 1, 2]);
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    expect(q.maxConcurrent).toBe(1);
    expect(q.size).toBe(0);
  });

  it('keeps going after a failing job and reports its error to its caller only', async () => {
    const q = new SerialQueue();
    const a = q.run(async () => {
      throw new Error('boom');
    });
    const b = q.run(async () => 'fine');
    await expect(a).rejects.toThrow('boom');
    await expect(b).resolves.toBe('fine');
    await q.idle();
  });
});
