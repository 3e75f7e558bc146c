import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastValueFrom, of, take, throwError, concat, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { FrameFormatError } from '@rxdsp/core';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';
import { IqFileError } from '../types/errors';
import { readIq } from './readIq';
import { writeIq } from './writeIq';

const dir = mkdtempSync(join(tmpdir(), 'rxdsp-iq-'));
const frame = (index: number, i: number[], q: number[]): ComplexFrame => makeComplexFrame([Float64Array.from(i)], [Float64Array.from(q)], 2.4e6, index, 100e6);

describe('readIq', () => {
  it('cu8: (b − 127.5)/127.5, frames of frameLength, the last shorter, index continuous', async () => {
    const p = join(dir, 'a.cu8');
    writeFileSync(p, Buffer.from([0, 255, 127, 128, 10, 20, 30, 40, 50, 60]));
    const frames = await lastValueFrom(readIq(p, { format: 'cu8', sampleRate: 2.4e6, frameLength: 2, centerFrequency: 103.9e6 }).pipe(toArray()));
    expect(frames.map((f) => [f.index, f.i[0]!.length, f.centerFrequency, f.sampleRate])).toEqual([[0, 2, 103.9e6, 2.4e6], [2, 2, 103.9e6, 2.4e6], [4, 1, 103.9e6, 2.4e6]]);
    expect([...frames[0]!.i[0]!]).toEqual([-1, -0.5 / 127.5]);
    expect([...frames[0]!.q[0]!]).toEqual([1, 0.5 / 127.5]);
    expect([...frames[2]!.q[0]!]).toEqual([(60 - 127.5) / 127.5]);
  });
  it('cs16 and cf32 little-endian', async () => {
    const b = Buffer.alloc(8);
    b.writeInt16LE(-32768, 0);
    b.writeInt16LE(16384, 2);
    b.writeInt16LE(1, 4);
    b.writeInt16LE(32767, 6);
    writeFileSync(join(dir, 'b.cs16'), b);
    const [f] = await lastValueFrom(readIq(join(dir, 'b.cs16'), { format: 'cs16', sampleRate: 1 }).pipe(toArray()));
    expect([...f!.i[0]!]).toEqual([-1, 1 / 32768]);
    expect([...f!.q[0]!]).toEqual([0.5, 32767 / 32768]);
    const c = Buffer.alloc(8);
    c.writeFloatLE(0.25, 0);
    c.writeFloatLE(-0.75, 4);
    writeFileSync(join(dir, 'c.cf32'), c);
    const [g] = await lastValueFrom(readIq(join(dir, 'c.cf32'), { format: 'cf32', sampleRate: 1 }).pipe(toArray()));
    expect([g!.i[0]![0], g!.q[0]![0]]).toEqual([0.25, -0.75]);
  });
  it('take(1) stops the synchronous reading at once', async () => {
    const p = join(dir, 'big.cu8');
    writeFileSync(p, Buffer.alloc(2 * 100_000, 128));
    const frames = await lastValueFrom(readIq(p, { format: 'cu8', sampleRate: 1, frameLength: 10 }).pipe(take(1), toArray()));
    expect(frames.length).toBe(1);
  });
  it('creation errors: missing file, partial sample, bad format', () => {
    expect(() => readIq(join(dir, 'none.cu8'), { format: 'cu8', sampleRate: 1 })).toThrow(/readIq: path ".*none.cu8" is not a readable file/);
    writeFileSync(join(dir, 'odd.cs16'), Buffer.alloc(6));
    expect(() => readIq(join(dir, 'odd.cs16'), { format: 'cs16', sampleRate: 1 })).toThrow(/has 6 bytes, not a whole number of cs16 samples \(4 bytes each\)/);
    expect(() => readIq(join(dir, 'odd.cs16'), { format: 'wav' as never, sampleRate: 1 })).toThrow(/readIq: opts.format must be one of 'cu8', 'cs16', 'cf32', got "wav"/);
    expect(() => readIq(join(dir, 'odd.cs16'), { format: 'cu8', sampleRate: 0 })).toThrow(/opts.sampleRate/);
  });
});

describe('writeIq', () => {
  const frames = [frame(0, [0.5, -0.25], [0, 1]), frame(2, [0.125], [-1])];
  for (const format of ['cu8', 'cs16', 'cf32'] as const) {
    it(`${format}: round trip through readIq (to the format's resolution); passes frames through`, async () => {
      const p = join(dir, `rt.${format}`);
      let info: { samples: number } | undefined;
      const passed = await lastValueFrom(of(...frames).pipe(writeIq(p, { format, onWritten: (w) => (info = w) }), toArray()));
      expect(passed).toEqual(frames);
      expect(info?.samples).toBe(3);
      const back = await lastValueFrom(readIq(p, { format, sampleRate: 2.4e6 }).pipe(toArray()));
      const tol = format === 'cu8' ? 1 / 127.5 : format === 'cs16' ? 1 / 32768 : 0;
      const i = [...back[0]!.i[0]!];
      [0.5, -0.25, 0.125].forEach((v, k) => expect(Math.abs(i[k]! - v)).toBeLessThanOrEqual(tol / 2 + 1e-12));
    });
  }
  it('saturates out-of-range samples instead of wrapping', async () => {
    const p = join(dir, 'sat.cu8');
    await lastValueFrom(of(frame(0, [2, -2], [0, 0])).pipe(writeIq(p, { format: 'cu8' })));
    const [f] = await lastValueFrom(readIq(p, { format: 'cu8', sampleRate: 1 }).pipe(toArray()));
    expect([...f!.i[0]!]).toEqual([1, -1]);
  });
  it('closes the file with what passed on an early unsubscribe and on a source error', async () => {
    const p1 = join(dir, 'early.cf32');
    let n1 = -1;
    await lastValueFrom(of(...frames).pipe(writeIq(p1, { onWritten: (w) => (n1 = w.samples) }), take(1)));
    expect(n1).toBe(2);
    expect((await lastValueFrom(readIq(p1, { format: 'cf32', sampleRate: 1 }).pipe(toArray())))[0]!.i[0]!.length).toBe(2);
    const p2 = join(dir, 'err.cf32');
    let n2 = -1;
    await expect(lastValueFrom(concat(of(frames[0]!), throwError(() => new Error('dongle unplugged'))).pipe(writeIq(p2, { onWritten: (w) => (n2 = w.samples) })))).rejects.toThrow('dongle unplugged');
    expect(n2).toBe(2);
  });
  it('two channels or a missing directory are errors', async () => {
    const two = makeComplexFrame([new Float64Array(1), new Float64Array(1)], [new Float64Array(1), new Float64Array(1)], 1, 0, 0);
    await expect(lastValueFrom(of(two).pipe(writeIq(join(dir, 'two.cf32'))))).rejects.toThrow(FrameFormatError);
    expect(() => writeIq(join(dir, 'no/such/dir/x.cu8'))).toThrow(/writeIq: the directory of path .* does not exist/);
  });
});
