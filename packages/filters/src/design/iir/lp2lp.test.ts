import { describe, expect, it } from 'vitest';
import { lp2lp } from './lp2lp';
import { lp2lpZpk } from './lp2lpZpk';
import { lp2Suite } from '../../../test/support/iir/lp2Suite';

// scipy fixtures (gen_lp2.py), agreement with lp2lpZpk, the zpk-call TypeErrors and input checks: see lp2Suite.ts
lp2Suite({ fn: 'lp2lp', ba: lp2lp, zpk: lp2lpZpk, freq: [2], url: import.meta.url });

describe('lp2lp by hand', () => {
  it('moves 1/(s + 1) to 10/(s + 10) and leaves a proper numerator of equal length aligned', () => {
    // s → s/10: 1/(s/10 + 1) = 10/(s + 10); (s + 2)/(s + 1) → (s/10 + 2)/(s/10 + 1) = (s + 20)/(s + 10)
    expect(lp2lp([1], [1, 1], 10)).toEqual({ b: Float64Array.of(10), a: Float64Array.of(1, 10) });
    expect(lp2lp([1, 2], [1, 1], 10)).toEqual({ b: Float64Array.of(1, 20), a: Float64Array.of(1, 10) });
  });
});
