import { expectClose, loadFixture, partition, randn, reframeBlocks } from '@rxdsp/test-utils';
import { describe, expect, it } from 'vitest';
import { ResamplerKernel } from './ResamplerKernel';
import { resamplePolyTaps } from './resamplePolyTaps';
import { upfirdn } from './upfirdn';

interface Case {
  h: number[];
  x: number[] | number[][];
  up: number;
  down: number;
  mode: string;
  cval: number;
  y: number[] | number[][];
}
const fx = loadFixture<{ upfirdn: Case[] }>('../../fixtures/multirate.json', import.meta.url);
const mono = fx.upfirdn.filter((c) => c.mode === 'constant' && c.cval === 0 && !Array.isArray(c.x[0])) as (Case & { x: number[]; y: number[] })[];

/** Streams `x` through a kernel in blocks whose lengths cycle through `lens`, then flushes. */
function stream(k: ResamplerKernel, x: ArrayLike<number>, lens: number[]): { body: number[]; tail: number[] } {
  const body: number[] = [];
  for (let pos = 0, i = 0; pos < x.length; i++) {
    const l = Math.min(lens[i % lens.length]!, x.length - pos);
    const part = Array.prototype.slice.call(x, pos, pos + l) as number[];
    const before = k.outputLength(l);
    const y = k.process(part);
    expect(y.length).toBe(before);
    body.push(...y);
    pos += l;
  }
  return { body, tail: Array.from(k.flush()) };
}

describe('ResamplerKernel', () => {
  it(`streamed in blocks of 1, 2, 3, 5 … and flushed, equals scipy's upfirdn on all ${mono.length} constant-mode fixture cases`, () => {
    for (const c of mono) {
      for (const lens of [[1], [2, 3, 5], [c.x.length]]) {
        const { body, tail } = stream(new ResamplerKernel({ taps: c.h, up: c.up, down: c.down }), c.x, lens);
        const peak = Math.max(...c.y.map(Math.abs));
        expectClose([...body, ...tail], c.y, { rtol: 1e-10, atol: 1e-14 * peak, label: `h ${c.h.length}, x ${c.x.length}, ${c.up}/${c.down}, blocks ${lens}` });
      }
    }
  });

  it('is bit-identical to upfirdn (same products, same order) for the 44.1 → 48 kHz design, any framing', () => {
    const { taps, up, down } = resamplePolyTaps(160, 147);
    const x = randn(3000, 7);
    const want = upfirdn(taps, x, up, down);
    const { body, tail } = stream(new ResamplerKernel({ taps, up, down }), x, [441, 1, 1000, 37]);
    expect(Float64Array.from([...body, ...tail])).toEqual(want);
    // before the flush: outputs whose last input has arrived, i.e. ⌊(n·up − 1)/down⌋ + 1
    expect(body.length).toBe(Math.floor((3000 * up - 1) / down) + 1);
  });

  // The standard invariants (test-utils' checkStatefulInvariants assumes as many outputs as inputs, which a
  // resampler does not have, so they are spelled out here with its partition/reframe helpers).
  it('standard invariants: one block = sample by sample = uneven frames = after reframe; reset; copy', () => {
    const run = (k: ResamplerKernel, blocks: Float64Array[][]) => Float64Array.from(blocks.flatMap((b) => Array.from(k.process(b[0]!))));
    for (const [up, down, len] of [[3, 2, 31], [1, 4, 8], [5, 1, 3], [2, 7, 40]] as const) {
      const taps = randn(len, up * 100 + down);
      const make = () => new ResamplerKernel({ taps, up, down });
      const x = [randn(1500, len)];
      const whole = make().process(x[0]!);
      for (const p of [[1], [1, 2, 3, 5, 8, 13, 21, 34, 55, 89], [97, 1, 250, 7, 0, 33], [1499, 1]]) {
        expect(run(make(), partition(x, p)), `${up}/${down}: frames ${p}`).toEqual(whole);
      }
      for (const l of [64, 1000]) expect(run(make(), reframeBlocks(partition(x, [3, 17, 5, 129, 2]), l))).toEqual(whole);
      const k = make();
      k.process(x[0]!.subarray(0, 500));
      k.reset();
      expect(k.process(x[0]!)).toEqual(whole);
      const orig = make();
      const a = orig.process(x[0]!.subarray(0, 750));
      const twin = orig.copy();
      const fromTwin = twin.process(x[0]!.subarray(750));
      twin.process(x[0]!.subarray(750));
      const fromOrig = orig.process(x[0]!.subarray(750));
      expect(fromTwin).toEqual(fromOrig);
      expect(Float64Array.from([...a, ...fromOrig])).toEqual(whole);
    }
  });

  it('taps shorter than up: outputs past upfirdn\'s end are held back until input makes them real', () => {
    const k = new ResamplerKernel({ taps: [1], up: 3, down: 1 });
    expect(Array.from(k.process([1, 2]))).toEqual([1, 0, 0, 2]); // not the 2 zeros after the 2: upfirdn's end
    expect(Array.from(k.process([3]))).toEqual([0, 0, 3]);
    expect(Array.from(k.flush())).toEqual([]);
    expect(Array.from(upfirdn([1], [1, 2, 3], 3))).toEqual([1, 0, 0, 2, 0, 0, 3]);
  });

  it('the doc example: 100 inputs at 3/2 give 150 outputs, the flush the other 29 of upfirdn\'s 179', () => {
    const { taps, up, down } = resamplePolyTaps(3, 2);
    const k = new ResamplerKernel({ taps, up, down });
    expect(k.process(new Float64Array(100)).length).toBe(150);
    expect(k.flush().length).toBe(29);
    expect(upfirdn(taps, new Float64Array(100), up, down).length).toBe(179);
  });

  it('getState / setState round-trip; flush resets', () => {
    const taps = randn(17, 1);
    const a = new ResamplerKernel({ taps, up: 3, down: 2 });
    a.process(randn(50, 2));
    const b = new ResamplerKernel({ taps, up: 3, down: 2 });
    b.setState(a.getState());
    const x = randn(30, 3);
    expect(b.process(x)).toEqual(a.process(x));
    expect(a.getState().history.length).toBe(5);
    a.flush();
    expect(a.getState()).toEqual({ history: new Float64Array(5), inputCount: 0, outputCount: 0 });
  });

  it('names the parameter and the value', () => {
    expect(() => new ResamplerKernel({ taps: [], up: 1, down: 1 })).toThrow(/ResamplerKernel: taps must not be empty/);
    expect(() => new ResamplerKernel({ taps: [1], up: 0, down: 1 })).toThrow(/ResamplerKernel: up must be an integer ≥ 1, got 0/);
    expect(() => new ResamplerKernel({ taps: [1], up: 1, down: 1.5 })).toThrow(/ResamplerKernel: down must be an integer ≥ 1, got 1.5/);
    const k = new ResamplerKernel({ taps: [1, 2, 3], up: 1, down: 1 });
    expect(() => k.setState({ history: new Float64Array(1), inputCount: 0, outputCount: 0 })).toThrow(/state.history has length 1, expected 2/);
    expect(() => k.setState({ history: new Float64Array(2), inputCount: 1, outputCount: 5 })).toThrow(/state.outputCount 5 is more than 1 inputs can give/);
  });
});
