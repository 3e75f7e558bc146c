import { describe, expect, it } from 'vitest';
import { buttord } from './buttord';
import { orderSuite } from '../../../test/support/iir/orderSuite';

orderSuite('buttord', buttord);

describe('buttord: bad input', () => {
  it('names the function, parameter and value', () => {
    expect(() => buttord(0.3, 0.2, 1, 40, {})).not.toThrow();
    expect(() => buttord(0, 0.2, 1, 40)).toThrow(/buttord: wp must be > 0, got 0/);
    expect(() => buttord(0.2, 0.3, 50, 40)).toThrow(/buttord: gpass must be less than gstop/);
    expect(() => buttord([0.2, 0.5], 0.6, 1, 40)).toThrow(/buttord: wp and ws must both have one or both have two band edges, got 2 and 1/);
    expect(() => buttord([0.5, 0.2], [0.1, 0.6], 1, 40)).toThrow(/buttord: wp must be increasing, got \[0.5, 0.2\]/);
    expect(() => buttord(0.2, 0.2, 1, 40)).toThrow(/buttord: wp and ws must differ/);
    expect(() => buttord(1, 2, 1, 40, { analog: true, fs: 10 })).toThrow(/buttord: fs cannot be given for an analog filter/);
  });
});
