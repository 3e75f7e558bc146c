import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deinterleave } from './deinterleave';
import { interleave } from './interleave';

describe('interleave', () => {
  it('interleaves stereo Int16 as L R L R', () => {
    const out = interleave([Int16Array.of(1, 2, 3), Int16Array.of(-1, -2, -3)]);
    expect(out).toBeInstanceOf(Int16Array);
    expect(Array.from(out)).toEqual([1, -1, 2, -2, 3, -3]);
  });

  it('handles mono, 3 channels and empty channels', () => {
    expect(Array.from(interleave([Float32Array.of(0.5, -0.25)]))).toEqual([0.5, -0.25]);
    const three = interleave([Float64Array.of(1, 2), Float64Array.of(10, 20), Float64Array.of(100, 200)]);
    expect(Array.from(three)).toEqual([1, 10, 100, 2, 20, 200]);
    expect(interleave([new Int16Array(0), new Int16Array(0)]).length).toBe(0);
  });

  it('writes into a caller buffer and returns it', () => {
    const out = new Float64Array(4);
    expect(interleave([Float64Array.of(1, 2), Float64Array.of(3, 4)], out)).toBe(out);
    expect(Array.from(out)).toEqual([1, 3, 2, 4]);
  });

  it('rejects bad input naming the parameter', () => {
    expect(() => interleave([])).toThrow(/interleave: channels must be a non-empty array/);
    expect(() => interleave([Int16Array.of(1), Int16Array.of(1, 2)])).toThrow(RangeError);
    expect(() => interleave([Int16Array.of(1, 2), Int16Array.of(1, 2)], new Int16Array(3))).toThrow(/out has 3 elements, expected 2·2 = 4/);
    expect(() => interleave([Float64Array.of(1)], new Int16Array(1) as unknown as Float64Array)).toThrow(TypeError);
    expect(() => interleave([Float64Array.of(1), Int16Array.of(1) as unknown as Float64Array])).toThrow(/channels\[1\] is Int16Array\(1\)/);
  });
});

describe('deinterleave', () => {
  it('splits stereo Int16 into planar channels of the same type', () => {
    const [l, r, ...rest] = deinterleave(Int16Array.of(1, -1, 2, -2, 3, -3), 2);
    expect(rest).toHaveLength(0);
    expect(l).toBeInstanceOf(Int16Array);
    expect(Array.from(l ?? [])).toEqual([1, 2, 3]);
    expect(Array.from(r ?? [])).toEqual([-1, -2, -3]);
  });

  it('reuses caller arrays', () => {
    const a = new Float32Array(2);
    const b = new Float32Array(2);
    const c = new Float32Array(2);
    const res = deinterleave(Float32Array.of(1, 2, 3, 4, 5, 6), 3, [a, b, c]);
    expect(res[0]).toBe(a);
    expect([...a, ...b, ...c]).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('rejects channels that do not divide the length, and bad channel counts', () => {
    expect(() => deinterleave(new Int16Array(5), 2)).toThrow(/channels = 2 does not divide the buffer length 5/);
    expect(() => deinterleave(new Int16Array(4), 0)).toThrow(/channels must be an integer ≥ 1, got 0/);
    expect(() => deinterleave(new Int16Array(4), 1.5)).toThrow(RangeError);
    expect(() => deinterleave([1, 2] as unknown as Int16Array, 1)).toThrow(TypeError);
    expect(() => deinterleave(new Int16Array(4), 2, [new Int16Array(2)])).toThrow(/out has 1 arrays/);
  });

  it('is the inverse of interleave for every channel count and type (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('i16', 'f32', 'f64'),
        fc.integer(),
        (nch, n, kind, seed) => {
          const make = (len: number) => (kind === 'i16' ? new Int16Array(len) : kind === 'f32' ? new Float32Array(len) : new Float64Array(len));
          const chans = Array.from({ length: nch }, (_, c) => {
            const a = make(n);
            for (let i = 0; i < n; i++) a[i] = ((seed + 31 * c + 7 * i) % 2000) - 1000;
            return a;
          });
          const inter = interleave(chans);
          expect(inter.length).toBe(nch * n);
          for (let i = 0; i < n; i++) for (let c = 0; c < nch; c++) expect(inter[i * nch + c]).toBe(chans[c]?.[i]);
          const back = deinterleave(inter, nch);
          expect(back.map((a) => Array.from(a))).toEqual(chans.map((a) => Array.from(a)));
        },
      ),
      { verbose: true },
    );
  });
});
