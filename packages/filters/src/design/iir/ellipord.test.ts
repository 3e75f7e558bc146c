import { describe, expect, it } from 'vitest';
import { ellipord } from './ellipord';
import { orderSuite } from '../../../test/support/iir/orderSuite';

orderSuite('ellipord', ellipord);

describe('ellipord: bad input', () => {
  it('names the function, parameter and value', () => {
    expect(() => ellipord(0.2, 0.3, 0, 40)).toThrow(/ellipord: gpass must be a finite number > 0, got 0/);
    expect(() => ellipord(0.2, 0.3, 1, -40)).toThrow(/ellipord: gstop must be a finite number > 0, got -40/);
  });
});
