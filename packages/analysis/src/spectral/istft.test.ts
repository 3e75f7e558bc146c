import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { istft, type IstftOptions } from './istft';
import { stft } from './stft';

// Golden vectors: packages/analysis/fixtures/gen_stft.py (scipy.signal.istft, legacy function).
interface Case {
  opts: IstftOptions;
  re: number[][];
  im: number[][];
  t: number[];
  x: number[];
  xImag: number[] | null;
}
const fx = loadFixture<{ istft: Case[] }>('../../fixtures/stft.json', import.meta.url);

describe('istft against scipy.signal.istft', () => {
  for (const [i, c] of fx.istft.entries()) {
    it(`#${i} ${JSON.stringify(c.opts)} (${c.re.length}×${c.re[0]!.length})`, () => {
      const r = istft({ re: c.re, im: c.im }, c.opts);
      expectClose(r.t, c.t, { rtol: 1e-14, atol: 1e-14, label: 't' });
      const peak = Math.max(1e-300, ...c.x.map(Math.abs), ...(c.xImag ?? []).map(Math.abs));
      expectClose(r.x, c.x, { rtol: 1e-10, atol: 1e-12 * peak, label: 'x' });
      if (c.xImag === null) expect(r.xImag).toBeNull();
      else expectClose(r.xImag!, c.xImag, { rtol: 1e-10, atol: 1e-12 * peak, label: 'xImag' });
      let worst = 0;
      for (let k = 0; k < c.x.length; k++) worst = Math.max(worst, Math.abs(r.x[k]! - c.x[k]!) / peak);
      console.info(`worst error vs scipy, istft #${i}: ${worst.toExponential(2)} of the peak`);
    });
  }
});

describe('istft inverts stft', () => {
  it('reconstructs a noise signal (hann, 75 % overlap, boundary and padding)', () => {
    const x = randn(1234, 7);
    const { zxx } = stft(x, { nperseg: 128, noverlap: 96 });
    const y = istft(zxx, { nperseg: 128, noverlap: 96 }).x;
    expectClose(y.subarray(0, x.length), x, { rtol: 0, atol: 1e-12 });
  });
  it('rejects malformed input naming the parameter', () => {
    expect(() => istft({ re: [[1, 2]], im: [[1]] })).toThrow(/istft: every row of zxx must have 2 values, row 0 has 2 \(re\) and 1 \(im\)/);
    expect(() => istft({ re: [], im: [] })).toThrow(/istft: zxx.re and zxx.im must hold the same number/);
    expect(() => istft({ re: [[1, 2], [3, 4]], im: [[0, 0], [0, 0]] }, { timeAxis: 0, freqAxis: 0 })).toThrow(/istft: timeAxis and freqAxis must differ/);
    expect(() => istft({ re: [[1, 2], [3, 4]], im: [[0, 0], [0, 0]] }, { noverlap: 2 })).toThrow(/istft: noverlap \(2\) must be less than nperseg \(2\)/);
    expect(() => istft({ re: [[1], [2]], im: [[0], [0]] }, { nperseg: 4, nfft: 3 })).toThrow(/istft: nfft \(3\) must be ≥ nperseg \(4\)/);
    expect(() => istft({ re: [[1], [2]], im: [[0], [0]] }, { window: [1, 1, 1] })).toThrow(/istft: the window array must have nperseg = 2 samples, got 3/);
    expect(() => istft({ re: [[Number.NaN]], im: [[0]] }, { nperseg: 1 })).toThrow(/istft: zxx\[0\]\[0\] is not finite/);
  });
});
