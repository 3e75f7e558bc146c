import { describe, expect, it } from 'vitest';
import { randn } from '@rxdsp/test-utils';
import { FirKernel } from './FirKernel';
import { KernelDuplicator } from './KernelDuplicator';
import { SosFilterKernel } from './SosFilterKernel';

const sos = [
  [0.0675, 0.135, 0.0675, 1, -1.143, 0.4128],
  [1, 2, 1, 1, -1.5, 0.75],
];
const taps = [0.25, 0.5, 0.25, -0.125];

describe('KernelDuplicator', () => {
  it('runs each channel through its own kernel: the same as one kernel per channel by hand, frame after frame', () => {
    const dup = new KernelDuplicator(() => new SosFilterKernel(sos));
    const byHand = [new SosFilterKernel(sos), new SosFilterKernel(sos)];
    expect(dup.channels).toBe(0);
    for (let f = 0; f < 3; f++) {
      const x = [randn(37, 10 + f), randn(37, 20 + f)];
      expect(dup.process(x)).toEqual(x.map((ch, c) => byHand[c]!.process(ch)));
    }
    expect(dup.channels).toBe(2);
  });

  it('creates the kernels once, by channel, and refuses another channel count', () => {
    const made: number[] = [];
    const dup = new KernelDuplicator((c) => {
      made.push(c);
      return new FirKernel(taps);
    });
    dup.prepare(3).prepare(3);
    dup.process([new Float64Array(4), new Float64Array(4), new Float64Array(4)]);
    expect(made).toEqual([0, 1, 2]);
    expect(() => dup.prepare(2)).toThrow(/KernelDuplicator.prepare: channels is fixed at 3, got 2/);
    expect(() => dup.at(3)).toThrow(RangeError);
    expect(dup.at(1)).toBe(dup.kernels[1]);
  });

  it('reset() behaves like new kernels; copy() continues identically and independently', () => {
    const a = new KernelDuplicator(() => new FirKernel(taps));
    const x = [randn(50, 1), randn(50, 2)];
    const fresh = a.process(x);
    a.reset();
    expect(a.process(x)).toEqual(fresh);
    const b = a.copy();
    const y = [randn(20, 3), randn(20, 4)];
    const fromA = a.process(y);
    expect(b.process(y)).toEqual(fromA);
    b.reset();
    expect(a.process(y)).not.toEqual(b.process(y)); // a kept its history, b starts over
  });

  it('replace() swaps every kernel (new coefficients at a frame boundary); map() reaches each channel', () => {
    const dup = new KernelDuplicator(() => new FirKernel(taps)).prepare(2);
    dup.replace(() => new FirKernel([2]));
    expect(dup.process([Float64Array.of(1, 2), Float64Array.of(3, 4)])).toEqual([Float64Array.of(2, 4), Float64Array.of(6, 8)]);
    expect(dup.map((_, c) => c)).toEqual([0, 1]);
    expect(() => new KernelDuplicator(undefined as never)).toThrow(TypeError);
  });
});
