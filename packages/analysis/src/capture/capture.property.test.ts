import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { from } from 'rxjs';
import type { Frame } from '@rxdsp/core';
import { capture } from './capture';

describe('capture (properties)', () => {
  it('holds exactly the newest ⌈seconds·fs⌉ samples of the concatenated input, for any frame sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (sizes, ringSamples, unlimited) => {
          const fs = 10;
          let pos = 0;
          const frames: Frame<Float32Array>[] = sizes.map((n) => {
            const f = { channels: [Float32Array.from({ length: n }, (_, i) => pos + i)], sampleRate: fs, index: pos };
            pos += n;
            return f;
          });
          const cap = capture(unlimited ? {} : { seconds: ringSamples / fs });
          const seen: Frame[] = [];
          from(frames).pipe(cap).subscribe((f) => seen.push(f));
          const total = pos;
          const keep = unlimited ? total : Math.min(total, ringSamples);
          expect(cap.samplesSeen).toBe(total);
          expect(Array.from(cap.left)).toEqual(Array.from({ length: keep }, (_, i) => total - keep + i));
          expect(seen).toEqual(frames);
          seen.forEach((f, i) => expect(f).toBe(frames[i]));
        },
      ),
      { numRuns: 200 },
    );
  });
});
