import { describe, expect, it } from 'vitest';
import { cheb2ord } from './cheb2ord';
import { orderSuite } from '../../../test/support/iir/orderSuite';

orderSuite('cheb2ord', cheb2ord);

describe('cheb2ord: bad input', () => {
  it('names the function, parameter and value', () => {
    expect(() => cheb2ord(3000, 5000, 1, 40, { fs: 8000 })).toThrow(/cheb2ord: ws must be below Nyquist \(fs\/2 = 4000 Hz\), got 5000 Hz/);
  });
});
