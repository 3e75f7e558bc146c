import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { chooseFirMethod, createFirKernel } from './createFirKernel';
import { FftFirKernel } from './FftFirKernel';
import { FirKernel } from './FirKernel';

describe('createFirKernel / chooseFirMethod', () => {
  it('auto picks direct for short filters and FFT for long ones (crossover measured: see RESULTS.md)', () => {
    expect(chooseFirMethod(8, 1024)).toBe('direct');
    expect(chooseFirMethod(182, 1024)).toBe('fft');
    expect(chooseFirMethod(512, 4096)).toBe('fft');
    expect(createFirKernel(randn(8, 1))).toBeInstanceOf(FirKernel);
    expect(createFirKernel(randn(182, 1))).toBeInstanceOf(FftFirKernel);
  });

  it('honours an explicit method and passes the history on', () => {
    expect(createFirKernel(randn(182, 1), { method: 'direct' })).toBeInstanceOf(FirKernel);
    const k = createFirKernel([1, 1, 1], { method: 'fft', history: [1, 2] });
    expect(k).toBeInstanceOf(FftFirKernel);
    expect(Array.from(k.getState())).toEqual([1, 2]);
  });

  it('rejects a bad method or blockSize', () => {
    expect(() => createFirKernel([1], { method: 'fast' as 'fft' })).toThrow("createFirKernel: method must be 'auto', 'direct' or 'fft', got fast");
    expect(() => createFirKernel([1], { blockSize: 0 })).toThrow('createFirKernel: blockSize must be a positive integer, got 0');
  });
});
