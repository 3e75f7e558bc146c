import { describe, expect, it } from 'vitest';
import { butter } from './butter';
import { designSuite, toOptions } from '../../../test/support/iir/designSuite';
import { sosfreqz } from './sosfreqz';
import { magnitudeDb } from '@rxdsp/core';
import type { IirDesignOptions } from './iirfilter';

designSuite('butter', '../../../fixtures/iir_design_butter.json', import.meta.url, (c, output) => {
  const [N, wn] = c.args as [number, number | number[]];
  return butter(N, wn, toOptions(c.kw, output) as IirDesignOptions);
});

describe('butter: spectral mask and bad input', () => {
  it('is −3.01 dB at Wn (Hz) and monotonic', () => {
    const sos = butter(6, 1000, { fs: 48000, output: 'sos' });
    const db = magnitudeDb(sosfreqz(sos, [0, 500, 1000, 2000, 4000], { fs: 48000 }).h);
    expect(db[0]).toBeCloseTo(0, 12);
    expect(db[2]).toBeCloseTo(10 * Math.log10(0.5), 9);
    // analog prototype: |H|² = 1/(1 + (Ω/Ωc)^{2N}); at 2× the (pre-warped) cutoff ≈ −36 dB for N = 6
    expect(db[3]).toBeLessThan(-35);
    for (let i = 1; i < db.length; i++) expect(db[i]).toBeLessThan(db[i - 1] as number);
  });
  it('rejects bad orders and frequencies, naming function, parameter and value', () => {
    expect(() => butter(-1, 0.2)).toThrow(/butter: N must be an integer ≥ 0, got -1/);
    expect(() => butter(2.5, 0.2)).toThrow(/butter: N must be an integer ≥ 0, got 2.5/);
    expect(() => butter(-3, 0.2)).toThrow(RangeError);
    expect(() => butter(4, 1)).toThrow(/butter: Wn must be below Nyquist \(Wn < 1 in normalised units\), got 1/);
    expect(() => butter(4, 1.2)).toThrow(RangeError);
    expect(() => butter(4, 0)).toThrow(/butter: Wn must be > 0 \(normalised, 1 = Nyquist\), got 0/);
    expect(() => butter(4, -0.1)).toThrow(RangeError);
    expect(() => butter(4, 24000, { fs: 48000 })).toThrow(/butter: Wn must be below Nyquist \(fs\/2 = 24000 Hz\), got 24000 Hz/);
    expect(() => butter(4, [0.4, 0.2], { btype: 'bandpass' })).toThrow(/butter: Wn band edges must be increasing \(Wn\[0\] < Wn\[1\]\), got \[0.4, 0.2\]/);
    expect(() => butter(4, 0.2, { btype: 'bandpass' })).toThrow(/butter: Wn must be \[low, high\] \(two band edges\) for a bandpass filter, got 0.2/);
    expect(() => butter(4, [0.1, 0.2])).toThrow(/butter: Wn must be a single frequency for a lowpass filter/);
    expect(() => butter(4, 0.2, { btype: 'notch' as 'lowpass' })).toThrow(/butter: btype must be 'lowpass', 'highpass', 'bandpass' or 'bandstop', got 'notch'/);
    expect(() => butter(4, 0.2, { output: 'tf' as 'ba' })).toThrow(/butter: output must be one of 'ba', 'zpk', 'sos', got "tf"/);
    expect(() => butter(4, 0.2, { fs: -1 })).toThrow(/butter: fs must be a finite number > 0, got -1/);
    expect(() => butter(4, 2, { analog: true, fs: 10 })).toThrow(/butter: fs cannot be given for an analog filter/);
    expect(() => butter(4, Number.NaN)).toThrow(/butter: Wn must be a finite number, got NaN/);
  });
  it('accepts scipy band-type aliases', () => {
    const a = butter(3, 0.3, { btype: 'high', output: 'sos' });
    const b = butter(3, 0.3, { btype: 'highpass', output: 'sos' });
    expect(a).toEqual(b);
  });
});
