import { partition, randn, reframeBlocks, sineFit } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { FractionalResamplerKernel } from './FractionalResamplerKernel';

const fs = 48000;
const sine = (n: number, f: number, a = 0.9) => Float64Array.from({ length: n }, (_, i) => a * Math.sin((2 * Math.PI * f * i) / fs));

/** Runs x through a new kernel in frames of `frame` samples at `ratio`. */
function run(k: FractionalResamplerKernel, x: Float64Array, ratio: number, frame = 480): Float64Array {
  const parts: Float64Array[] = [];
  for (let p = 0; p < x.length; p += frame) parts.push(k.process(x.subarray(p, p + frame), ratio));
  const y = new Float64Array(parts.reduce((s, q) => s + q.length, 0));
  let o = 0;
  for (const q of parts) {
    y.set(q, o);
    o += q.length;
  }
  return y;
}

describe('FractionalResamplerKernel', () => {
  // Reference: the ideal band-limited interpolation of a sine is the sine itself at the new positions:
  // output k sits at input position k·ratio, so it must equal a·sin(2π f k·ratio / fs).
  // Bounds (measured −120.x, −100.3, −93.4 dB: passband ripple, images and phase interpolation together) with 2–3 dB margin.
  it.each([
    [1000, 1.0001, -118],
    [1000, 0.9999, -118],
    [10000, 1.0001, -98],
    [15000, 44100 / 48000, -90],
  ])('a %d Hz sine at ratio %d matches the exact sine at the new positions (error < %d dB)', (f, ratio, bound) => {
    const x = sine(24000, f);
    const y = run(new FractionalResamplerKernel(), x, ratio);
    let err = 0;
    let pow = 0;
    for (let k = 100; k < y.length - 100; k++) {
      const want = 0.9 * Math.sin((2 * Math.PI * f * k * ratio) / fs);
      err += ((y[k] as number) - want) ** 2;
      pow += want * want;
    }
    expect(10 * Math.log10(err / pow)).toBeLessThan(bound);
  });

  it('THD+N of a 1 kHz tone at 100 ppm, measured by least-squares sine fit, is below −120 dB', () => {
    const y = run(new FractionalResamplerKernel(), sine(30000, 1000), 1.0001);
    const fit = sineFit(y.subarray(1000, 25000), (1000 * 1.0001) / fs);
    expect(fit.thdNDb).toBeLessThan(-120);
    expect(fit.amplitude).toBeCloseTo(0.9, 6);
  });

  it('output count: positions 0, r, 2r … up to the last one whose future half has arrived', () => {
    const k = new FractionalResamplerKernel({ tapsPerPhase: 8 });
    expect(k.outputLength(100, 1)).toBe(100 - 4);
    expect(k.process(new Float64Array(100), 2).length).toBe(48); // positions 0, 2, …, 94 ≤ 99 − 4
    expect(k.getState()).toMatchObject({ inputCount: 100, position: 96, fraction: 0 });
    expect(k.flush(2).length).toBe(2); // positions 96, 98 (< 100), computed with zeros after the end
    expect(k.getState().inputCount).toBe(0);
  });

  it('standard invariants: one block = sample by sample = uneven frames = after reframe; reset; copy (bit-identical)', () => {
    const x = [randn(3000, 3)];
    const make = () => new FractionalResamplerKernel({ tapsPerPhase: 16, phases: 32 });
    const ratio = 0.987654321;
    const go = (k: FractionalResamplerKernel, blocks: Float64Array[][]) => Float64Array.from(blocks.flatMap((b) => Array.from(k.process(b[0]!, ratio))));
    const whole = make().process(x[0]!, ratio);
    for (const p of [[1], [1, 2, 3, 5, 8, 13, 21, 34, 55, 89], [97, 1, 250, 7, 0, 33], [2999, 1]]) expect(go(make(), partition(x, p))).toEqual(whole);
    for (const l of [64, 1000]) expect(go(make(), reframeBlocks(partition(x, [3, 17, 5, 129, 2]), l))).toEqual(whole);
    const k = make();
    k.process(x[0]!.subarray(0, 700), ratio);
    k.reset();
    expect(k.process(x[0]!, ratio)).toEqual(whole);
    const orig = make();
    const a = orig.process(x[0]!.subarray(0, 1500), ratio);
    const twin = orig.copy();
    const b = twin.process(x[0]!.subarray(1500), ratio);
    twin.process(x[0]!.subarray(1500), ratio);
    expect(orig.process(x[0]!.subarray(1500), ratio)).toEqual(b);
    expect(Float64Array.from([...a, ...b])).toEqual(whole);
    const restored = make();
    restored.setState(make().getState());
    const mid = make();
    mid.process(x[0]!.subarray(0, 1500), ratio);
    restored.setState(mid.getState());
    expect(restored.process(x[0]!.subarray(1500), ratio)).toEqual(b);
  });

  it('names the option and the value', () => {
    expect(() => new FractionalResamplerKernel({ tapsPerPhase: 7 })).toThrow(/FractionalResamplerKernel: options.tapsPerPhase must be an even integer from 4 to 256, got 7/);
    expect(() => new FractionalResamplerKernel({ phases: 1 })).toThrow(/options.phases must be an integer ≥ 2, got 1/);
    expect(() => new FractionalResamplerKernel({ attenuationDb: 20 })).toThrow(/options.attenuationDb must be from 40 to 200, got 20/);
    expect(() => new FractionalResamplerKernel({ cutoff: 1.5 })).toThrow(/options.cutoff must be in \(0, 1\], got 1.5/);
    expect(() => new FractionalResamplerKernel().process([1], 0)).toThrow(/FractionalResamplerKernel.process: ratio must be a finite number > 0, got 0/);
  });
});
