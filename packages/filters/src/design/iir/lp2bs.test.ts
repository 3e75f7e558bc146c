import { describe, expect, it } from 'vitest';
import { lp2bs } from './lp2bs';
import { lp2bsZpk } from './lp2bsZpk';
import { lp2Suite } from '../../../test/support/iir/lp2Suite';

// scipy fixtures (gen_lp2.py), agreement with lp2bsZpk, the zpk-call TypeErrors and input checks: see lp2Suite.ts
lp2Suite({ fn: 'lp2bs', ba: lp2bs, zpk: lp2bsZpk, freq: [2, 0.5], url: import.meta.url });

describe('lp2bs by hand', () => {
  it('turns 1/(s + 1) into (s² + 9)/(s² + 2s + 9) for wo = 3, bw = 2', () => {
    // s → 2s/(s² + 9): 1/(2s/(s² + 9) + 1) = (s² + 9)/(s² + 2s + 9)
    expect(lp2bs([1], [1, 1], 3, 2)).toEqual({ b: Float64Array.of(1, 0, 9), a: Float64Array.of(1, 2, 9) });
  });
  it('rejects bw ≤ 0', () => {
    expect(() => lp2bs([1], [1, 1], 1, 0)).toThrow(new RangeError('lp2bs: bw must be a finite number > 0, got 0'));
  });
});
