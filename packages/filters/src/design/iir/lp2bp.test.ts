import { describe, expect, it } from 'vitest';
import { lp2bp } from './lp2bp';
import { lp2bpZpk } from './lp2bpZpk';
import { lp2Suite } from '../../../test/support/iir/lp2Suite';

// scipy fixtures (gen_lp2.py), agreement with lp2bpZpk, the zpk-call TypeErrors and input checks: see lp2Suite.ts
lp2Suite({ fn: 'lp2bp', ba: lp2bp, zpk: lp2bpZpk, freq: [2, 0.5], url: import.meta.url });

describe('lp2bp by hand', () => {
  it('turns 1/(s + 1) into 2s/(s² + 2s + 9) for wo = 3, bw = 2', () => {
    // s → (s² + 9)/(2s): 1/((s² + 9)/(2s) + 1) = 2s/(s² + 2s + 9)
    expect(lp2bp([1], [1, 1], 3, 2)).toEqual({ b: Float64Array.of(2, 0), a: Float64Array.of(1, 2, 9) });
  });
  it('rejects bw ≤ 0', () => {
    expect(() => lp2bp([1], [1, 1], 1, -2)).toThrow(new RangeError('lp2bp: bw must be a finite number > 0, got -2'));
  });
});
