import { describe, expect, it } from 'vitest';
import { butter } from './butter';
import { cheby1 } from './cheby1';
import { ellip } from './ellip';
import { iirfilter } from './iirfilter';

// iirfilter's scipy fixtures (every family through iirfilter, and its default 'bandpass' band type) run in
// iirdesign.test.ts, which shares the fixture file with iirdesign.
describe('iirfilter', () => {
  it('is the common path of the family functions', () => {
    expect(iirfilter(5, 0.3, { btype: 'lowpass', output: 'sos' })).toEqual(butter(5, 0.3, { output: 'sos' }));
    expect(iirfilter(4, [0.2, 0.4], { ftype: 'cheby1', rp: 1, output: 'zpk' })).toEqual(
      cheby1(4, 1, [0.2, 0.4], { btype: 'bandpass', output: 'zpk' }),
    );
    expect(iirfilter(3, 1000, { ftype: 'ellip', rp: 0.5, rs: 50, btype: 'highpass', fs: 8000 })).toEqual(
      ellip(3, 0.5, 50, 1000, { btype: 'highpass', fs: 8000 }),
    );
  });
  it('defaults to a bandpass, as scipy', () => {
    expect(() => iirfilter(4, 0.2)).toThrow(/iirfilter: Wn must be \[low, high\] \(two band edges\) for a bandpass filter, got 0.2/);
  });
  it('rejects unknown families and missing ripple', () => {
    expect(() => iirfilter(4, [0.1, 0.2], { ftype: 'chebyshev' as 'butter' })).toThrow(
      /iirfilter: ftype must be 'butter', 'cheby1', 'cheby2', 'ellip' or 'bessel' \(or a scipy alias such as 'cauer'\), got 'chebyshev'/,
    );
    expect(() => iirfilter(4, 0.2, { ftype: 'cheby1', btype: 'lowpass' })).toThrow(/iirfilter: rp \(passband ripple in dB\) is required/);
    expect(() => iirfilter(4, 0.2, { ftype: 'ellip', rp: 1, btype: 'lowpass' })).toThrow(
      /iirfilter: rp and rs .* are required for an elliptic filter/,
    );
    expect(() => iirfilter(4, 0.2, { ftype: 'cheby2', btype: 'lowpass' })).toThrow(/iirfilter: rs \(stopband attenuation in dB\) is required/);
  });
});
