import { describe, expect, it } from 'vitest';
import { cheb1ord } from './cheb1ord';
import { orderSuite } from '../../../test/support/iir/orderSuite';

orderSuite('cheb1ord', cheb1ord);

describe('cheb1ord: bad input', () => {
  it('names the function, parameter and value', () => {
    expect(() => cheb1ord(0.2, 1, 1, 40)).toThrow(/cheb1ord: ws must be below Nyquist \(1 in normalised units\), got 1/);
  });
});
