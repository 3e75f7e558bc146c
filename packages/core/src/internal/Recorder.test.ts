import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Recorder } from './Recorder';

describe('Recorder', () => {
  it('keeps the newest maxLength samples per channel, in order, whatever the block sizes (fast-check)', () => {
    const block = fc.record({ silence: fc.boolean(), n: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constant(Number.POSITIVE_INFINITY)), (blocks, maxLength) => {
        const rec = new Recorder(2, maxLength);
        const all: number[][] = [[], []];
        let v = 1;
        for (const { silence, n } of blocks) {
          if (silence) {
            rec.appendSilence(n);
            for (let i = 0; i < n; i++) for (const ch of all) ch.push(0);
          } else {
            const a = Int16Array.from({ length: n }, () => v++);
            const b = a.map((x) => -x);
            rec.append([a, b]);
            all[0]!.push(...a);
            all[1]!.push(...b);
          }
        }
        const kept = Math.min(all[0]!.length, maxLength);
        expect(rec.length).toBe(all[0]!.length);
        expect(rec.first).toBe(all[0]!.length - kept);
        const snap = rec.snapshot();
        expect(Array.from(snap[0]!)).toEqual(all[0]!.slice(all[0]!.length - kept));
        expect(Array.from(snap[1]!)).toEqual(all[1]!.slice(all[1]!.length - kept));
      }),
      { seed: 1203, numRuns: 300, verbose: true },
    );
  });
});
