import { describe, expect, it } from 'vitest';
import { lp2hp } from './lp2hp';
import { lp2hpZpk } from './lp2hpZpk';
import { lp2Suite } from '../../../test/support/iir/lp2Suite';

// scipy fixtures (gen_lp2.py), agreement with lp2hpZpk, the zpk-call TypeErrors and input checks: see lp2Suite.ts
lp2Suite({ fn: 'lp2hp', ba: lp2hp, zpk: lp2hpZpk, freq: [2], url: import.meta.url });

describe('lp2hp by hand', () => {
  it('turns 1/(s + 1) into s/(s + 10)', () => {
    // s → 10/s: 1/(10/s + 1) = s/(s + 10)
    expect(lp2hp([1], [1, 1], 10)).toEqual({ b: Float64Array.of(1, 0), a: Float64Array.of(1, 10) });
  });
});
