import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastValueFrom, toArray } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { concatChannel, f64, i16, testScheduler } from '../internal/testing';
import { fromSamples } from '../sources/fromSamples';
import { whiteNoise } from '../sources/whiteNoise';
import { FrameFormatError, WavFileError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { readWav } from './readWav';
import { writeWav } from './writeWav';

const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-writewav-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SR = 1000;

describe('writeWav', () => {
  it('marbles: passes frames through unchanged and writes at completion; int16 round trip is exact', async () => {
    const p = join(tmp, 'a.wav');
    const a = i16(0, SR, [1, -32768, 32767], [4, 5, 6]);
    const b = i16(3, SR, [7], [8]);
    const written: unknown[] = [];
    testScheduler().run(({ cold, expectObservable }) => {
      const out = cold('a-b|', { a, b }).pipe(writeWav(p, { onWritten: (info) => written.push(info) }));
      expectObservable(out).toBe('a-b|', { a, b });
    });
    expect(written).toEqual([{ path: p, samples: 4, seconds: 0.004 }]);
    const back = await lastValueFrom(readWav(p, { frameLength: 100 }).pipe(toArray()));
    expect(back[0]?.sampleRate).toBe(SR);
    expect(back[0]?.channels[0]).toBeInstanceOf(Int16Array);
    expect(concatChannel(back, 0)).toEqual([1, -32768, 32767, 7]);
    expect(concatChannel(back, 1)).toEqual([4, 5, 6, 8]);
  });

  it('float frames default to a float32 file (unit scale); int16 format saturates and rounds', async () => {
    const pf = join(tmp, 'f.wav');
    const noise = await lastValueFrom(
      whiteNoise({ seed: 9, sampleRate: 22050, frameLength: 100, seconds: 0.05, channels: 2 }).pipe(writeWav(pf), toArray()),
    );
    const back = await lastValueFrom(readWav(pf, { frameLength: 4096 }).pipe(toArray()));
    expect(back[0]?.channels[0]).toBeInstanceOf(Float32Array);
    for (const c of [0, 1]) expect(concatChannel(back, c)).toEqual(Array.from(Float32Array.from(concatChannel(noise, c))));
    const pi = join(tmp, 'i.wav');
    await lastValueFrom(fromSamples([0.5, -1, 1.5, 1e-5, -2], { sampleRate: SR, frameLength: 2 }).pipe(writeWav(pi, { format: 'int16' })));
    const ints = await lastValueFrom(readWav(pi, { frameLength: 10 }).pipe(toArray()));
    // ×32768, rounded half away from zero, saturated: 16384, −32768, 32767 (clipped), 0 (0.33 → 0), −32768 (clipped)
    expect(concatChannel(ints, 0)).toEqual([16384, -32768, 32767, 0, -32768]);
    const pc = join(tmp, 'c.wav');
    await lastValueFrom(fromSamples([1000.4, -40000], { sampleRate: SR, frameLength: 2 }).pipe(writeWav(pc, { format: 'int16', scale: 'int16' })));
    expect(concatChannel(await lastValueFrom(readWav(pc, { frameLength: 10 }).pipe(toArray())), 0)).toEqual([1000, -32768]);
    const p16f = join(tmp, 'if.wav');
    await lastValueFrom(fromSamples(Int16Array.of(16384, -32768), { sampleRate: SR, frameLength: 2 }).pipe(writeWav(p16f, { format: 'float32' })));
    expect(concatChannel(await lastValueFrom(readWav(p16f, { frameLength: 10 }).pipe(toArray())), 0)).toEqual([0.5, -1]);
  });

  it('writes nothing on error, on unsubscription before completion, or for an empty stream', () => {
    const pe = join(tmp, 'err.wav');
    const pu = join(tmp, 'unsub.wav');
    const p0 = join(tmp, 'empty.wav');
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const a = f64(0, SR, [0.1]);
      expectObservable(cold('a#', { a }).pipe(writeWav(pe))).toBe('a#', { a });
      const never = cold('a-a-a-', { a });
      expectObservable(never.pipe(writeWav(pu)), '^--!').toBe('a-a', { a });
      expectSubscriptions(never.subscriptions).toBe('^--!');
      expectObservable(cold<Frame>('--|').pipe(writeWav(p0))).toBe('--|');
    });
    expect(existsSync(pe)).toBe(false);
    expect(existsSync(pu)).toBe(false);
    expect(existsSync(p0)).toBe(false);
  });

  it('errors with FrameFormatError on a format change, WavFileError when writing fails, and on a throwing onWritten', () => {
    const p = join(tmp, 'x.wav');
    const boom = new Error('callback');
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('ab', { a: f64(0, SR, [1]), b: f64(1, SR, [1], [2]) }).pipe(writeWav(p))).toBe(
        'a#',
        { a: f64(0, SR, [1]) },
        new FrameFormatError('writeWav: channel count changed mid-stream from 1 to 2 at index 1'),
      );
      expectObservable(
        cold('a|', { a: f64(0, SR, [1]) }).pipe(
          writeWav(p, {
            onWritten: () => {
              throw boom;
            },
          }),
        ),
      ).toBe('a#', { a: f64(0, SR, [1]) }, boom);
    });
    // a path whose directory exists but which is itself a directory cannot be written
    let err: unknown;
    fromSamples([0.1], { sampleRate: SR, frameLength: 1 }).pipe(writeWav(tmp)).subscribe({ error: (e: unknown) => (err = e) });
    expect(err).toBeInstanceOf(WavFileError);
    expect((err as WavFileError).code).toBe('WAV_WRITE');
    expect((err as Error).message).toContain(tmp);
  });

  it('rejects bad arguments at creation', () => {
    expect(() => writeWav(join(tmp, 'no', 'such', 'dir', 'x.wav'))).toThrow(RangeError);
    expect(() => writeWav(join(tmp, 'no', 'x.wav'))).toThrow(/writeWav: the directory of path ".*no\/x.wav" \(.*\) does not exist/);
    expect(() => writeWav('')).toThrow(/path must be a non-empty string/);
    expect(() => writeWav(join(tmp, 'x.wav'), { format: 'int24' as never })).toThrow(/opts.format must be one of 'int16', 'float32', got "int24"/);
    expect(() => writeWav(join(tmp, 'x.wav'), { scale: 'db' as never })).toThrow(/opts.scale/);
  });
});
