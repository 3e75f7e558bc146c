import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, randn } from '@rxdsp/test-utils';
import { checkNola } from './checkNola';
import { istft } from './istft';
import { stft } from './stft';

describe('stft / istft (properties)', () => {
  it('istft(stft(x)) = x wherever the window meets NOLA, for any length, segment, overlap, nfft and boundary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 64 }),
        fc.integer({ min: 0, max: 63 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('hann', 'hamming', 'nuttall', 'boxcar', 'barthann'),
        fc.constantFrom('zeros', 'even', 'odd', 'constant'),
        fc.integer({ min: 1, max: 1_000_000 }),
        (nperseg, overlapPick, extraNfft, extraLength, window, boundary, seed) => {
          const noverlap = overlapPick % nperseg;
          fc.pre(checkNola(window, nperseg, noverlap));
          const n = nperseg + extraLength;
          const x = randn(n, seed);
          const opts = { window, nperseg, noverlap, nfft: nperseg + extraNfft };
          const { zxx } = stft(x, { ...opts, boundary: boundary as 'zeros' });
          const y = istft(zxx, opts).x;
          expect(y.length).toBeGreaterThanOrEqual(n);
          expectClose(y.subarray(0, n), x, { rtol: 0, atol: 1e-10 });
        },
      ),
      { numRuns: 150 },
    );
  });
});
