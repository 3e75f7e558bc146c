import { expectClose } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { audioFixture as fx, gainDbAt } from '../../../test/support/iir/audioFixture';
import { highShelf } from './highShelf';
import { lowShelf } from './lowShelf';

describe('highShelf (RBJ cookbook)', () => {
  for (const c of fx.shelves.filter((x) => x.kind === 'high')) {
    it(`${c.kind} shelf G = ${c.G} dB, fc = ${c.fc}, Q = ${c.Q}: numpy coefficients, DC/Nyquist/fc gains`, () => {
      const r = (c.kind === 'low' ? lowShelf : highShelf)(c.G, c.fc, c.Q, c.fs);
      expectClose(r.b, c.b, { rtol: 1e-13, atol: 1e-16, label: 'b' });
      expectClose(r.a, c.a, { rtol: 1e-13, atol: 1e-16, label: 'a' });
      // derived in the doc comments: low shelf G dB at DC, 0 dB at Nyquist; high shelf the reverse;
      // both G/2 dB at fc (|H(e^{jω0})| = A = 10^(G/40) for the cookbook shelves)
      const dc = gainDbAt(r.b, r.a, 0, c.fs);
      const ny = gainDbAt(r.b, r.a, c.fs / 2, c.fs);
      expect(Math.abs(dc - (c.kind === 'low' ? c.G : 0))).toBeLessThan(1e-10);
      expect(Math.abs(ny - (c.kind === 'low' ? 0 : c.G))).toBeLessThan(1e-9);
      expect(Math.abs(gainDbAt(r.b, r.a, c.fc, c.fs) - c.G / 2)).toBeLessThan(1e-10);
    });
  }
  it('rejects bad parameters', () => {
    expect(() => highShelf(3, 1000, 0.7, 0)).toThrow(/highShelf: fs must be a finite number > 0, got 0/);
  });
});

