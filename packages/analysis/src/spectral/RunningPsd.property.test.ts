import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randn } from '@rxdsp/test-utils';
import { RunningPsd } from './RunningPsd';

describe('RunningPsd (properties)', () => {
  it('gives the same estimate, bit for bit, however the signal is cut into blocks', () => {
    const x = randn(3000, 77);
    const whole = new RunningPsd({ nperseg: 200, noverlap: 50 });
    whole.push([x]);
    const ref = Array.from(whole.estimate()!.pxx[0]!);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const est = new RunningPsd({ nperseg: 200, noverlap: 50 });
        let pos = 0;
        let i = 0;
        while (pos < x.length) {
          const n = Math.min(sizes[i++ % sizes.length]! || 1, x.length - pos);
          est.push([x.subarray(pos, pos + n)]);
          pos += n;
        }
        expect(Array.from(est.estimate()!.pxx[0]!)).toEqual(ref);
      }),
      { numRuns: 100 },
    );
  });
});
