import { lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { concatChannel, testScheduler } from '../../test/support/testing';
import { chirp } from './chirp';

interface ChirpCase {
  method: 'linear' | 'quadratic' | 'logarithmic' | 'hyperbolic';
  f0: number;
  f1: number;
  seconds: number;
  sampleRate: number;
  phase: number;
  vertexZero: boolean;
  samples: number;
  x: number[];
}
const fx = loadFixture<{ chirp: ChirpCase[] }>('../../fixtures/sources.json', import.meta.url);

describe('chirp', () => {
  it.each(fx.chirp.map((c) => [`${c.method} ${c.f0}→${c.f1} Hz, vertexZero ${c.vertexZero}, fs ${c.sampleRate}, phase ${c.phase}`, c] as const))(
    'matches scipy.signal.chirp: %s',
    async (_name, c) => {
      const frames = await lastValueFrom(
        chirp({ f0: c.f0, f1: c.f1, seconds: c.seconds, method: c.method, phase: c.phase, vertexZero: c.vertexZero, sampleRate: c.sampleRate, frameLength: 256 }).pipe(toArray()),
      );
      const x = concatChannel(frames, 0);
      expect(x).toHaveLength(c.samples);
      // Same formulas as scipy; phases reach ~2π·3000·0.25 ≈ 5e3 rad, so evaluation-order rounding
      // differs by ~5e3·2^-52 ≈ 1e-12 at most.
      expectClose(x, c.x, { rtol: 0, atol: 1e-9, label: c.method });
    },
  );

  it('marbles: paced frames with index/time, stereo copies, int16 dtype', () => {
    const ts = testScheduler();
    ts.run(({ expectObservable }) => {
      // f0 = f1 = 0 Hz linear: cos(0 + phase) with phase 0 → amplitude everywhere; 6 samples, frameLength 4 at 1 kHz
      const src = chirp({ f0: 0, f1: 0, seconds: 0.006, sampleRate: 1000, frameLength: 4, channels: 2, dtype: 'int16', amplitude: 1000, scheduler: ts });
      const v = (index: number, n: number) => ({
        channels: [new Int16Array(n).fill(1000), new Int16Array(n).fill(1000)],
        sampleRate: 1000,
        index,
        time: index / 1000,
      });
      expectObservable(src).toBe('4ms a 3ms (b|)', { a: v(0, 4), b: v(4, 2) });
      expectObservable(src, '^ 5ms !').toBe('4ms a', { a: v(0, 4) });
    });
  });

  it('rejects bad parameters, naming them', () => {
    const base = { f0: 100, f1: 1000, seconds: 1, sampleRate: 8000, frameLength: 64 };
    expect(() => chirp({ ...base, seconds: 0 })).toThrow(/chirp: seconds must be a finite number > 0, got 0/);
    expect(() => chirp({ ...base, method: 'cubic' as never })).toThrow(/chirp: method must be one of 'linear', 'quadratic', 'logarithmic', 'hyperbolic', got "cubic"/);
    expect(() => chirp({ ...base, f0: 0, method: 'logarithmic' })).toThrow(/needs f0 and f1 non-zero and of the same sign, got f0 = 0, f1 = 1000/);
    expect(() => chirp({ ...base, f1: 0, method: 'hyperbolic' })).toThrow(RangeError);
    expect(() => chirp({ ...base, f0: Number.NaN })).toThrow(/chirp: f0 must be a finite number, got NaN/);
    expect(() => chirp({ ...base, frameLength: 0 })).toThrow(/chirp: frameLength/);
  });
});
