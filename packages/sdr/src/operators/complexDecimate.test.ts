// Stream behaviour of complexDecimate (marble tests).
import { type Frame } from '@rxdsp/core';
import { firwin } from '@rxdsp/filters';
import { describe, expect, it } from 'vitest';
import { testScheduler } from '@rxdsp/test-utils';
import { ComplexDecimatorKernel } from '../kernels/ComplexDecimatorKernel';
import type { ComplexFrame } from '../types/ComplexFrame';
import { complexDecimate } from './complexDecimate';

const cf = (index: number, i: number[], q: number[], sampleRate = 1000, centerFrequency = 100e6): ComplexFrame => ({
  i: [Float64Array.from(i)],
  q: [Float64Array.from(q)],
  sampleRate,
  index,
  centerFrequency,
});
const rf = (index: number, sampleRate: number, ...channels: number[][]): Frame<Float64Array> => ({ channels: channels.map((c) => Float64Array.from(c)), sampleRate, index });

const X = [1, 2, 3, 4, 5, 6, 7];
const Y = [0, -1, 2, 0.5, 1, -2, 3];

describe('complexDecimate', () => {
  const taps = firwin(5, 0.3);
  it('decimates across frames like one block; no frame when no output is due; rate and index follow', () => {
    const whole = new ComplexDecimatorKernel(taps, 3).process(X, Y); // outputs at inputs 0, 3, 6
    testScheduler().run(({ cold, expectObservable }) => {
      const src = cold('-a-b-c|', { a: cf(0, X.slice(0, 2), Y.slice(0, 2)), b: cf(2, X.slice(2, 3), Y.slice(2, 3)), c: cf(3, X.slice(3), Y.slice(3)) });
      expectObservable(src.pipe(complexDecimate(3, taps))).toBe('-a---c|', {
        a: cf(0, [whole.i[0]!], [whole.q[0]!], 1000 / 3),
        c: cf(1, [whole.i[1]!, whole.i[2]!], [whole.q[1]!, whole.q[2]!], 1000 / 3),
      });
    });
  });
  it('bad arguments throw at creation naming them', () => {
    expect(() => complexDecimate(0, [1])).toThrow(/complexDecimate: factor must be an integer ≥ 1, got 0/);
    expect(() => complexDecimate(2, [Number.POSITIVE_INFINITY])).toThrow(/complexDecimate: taps\[0\] must be a finite number, got Infinity/);
  });
});
