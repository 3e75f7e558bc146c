import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastValueFrom, take, toArray } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { concatChannel, f64, i16, testScheduler } from '../../test/support/testing';
import { fromSamples } from '../sources/fromSamples';
import { whiteNoise } from '../sources/whiteNoise';
import { tone } from '../sources/tone';
import { toInt16 } from '../operators/toInt16';
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

  it('finalises a valid file on an upstream error (then passes the error on), on unsubscription, and writes nothing for an empty stream', async () => {
    const pe = join(tmp, 'err.wav');
    const pu = join(tmp, 'unsub.wav');
    const p0 = join(tmp, 'empty.wav');
    const written: unknown[] = [];
    const onWritten = (info: unknown) => written.push(info);
    testScheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const a = f64(0, SR, [0.1]);
      const b = f64(1, SR, [0.2]);
      expectObservable(cold('a#', { a }).pipe(writeWav(pe, { onWritten }))).toBe('a#', { a });
      const never = cold('a-b-a-', { a, b });
      expectObservable(never.pipe(writeWav(pu, { onWritten })), '^--!').toBe('a-b', { a, b });
      expectSubscriptions(never.subscriptions).toBe('^--!');
      expectObservable(cold<Frame>('--|').pipe(writeWav(p0))).toBe('--|');
    });
    expect(written).toEqual([
      { path: pe, samples: 1, seconds: 0.001, reason: 'error' },
      { path: pu, samples: 2, seconds: 0.002, reason: 'unsubscribe' },
    ]);
    const back = async (p: string) => concatChannel(await lastValueFrom(readWav(p, { frameLength: 100 }).pipe(toArray())), 0);
    expect(await back(pe)).toEqual([Math.fround(0.1)]);
    expect(await back(pu)).toEqual([Math.fround(0.1), Math.fround(0.2)]);
    expect(existsSync(p0)).toBe(false);
  });

  it('an endless synchronous source cut by take(3) leaves a valid file of exactly 3 frames', async () => {
    const p = join(tmp, 'take3.wav');
    const frames = await lastValueFrom(tone(440, { sampleRate: 8000, frameLength: 64 }).pipe(toInt16({ scale: 'unit' }), writeWav(p), take(3), toArray()));
    expect(frames).toHaveLength(3);
    const back = await lastValueFrom(readWav(p, { frameLength: 1000 }).pipe(toArray()));
    expect(back[0]?.sampleRate).toBe(8000);
    expect(concatChannel(back, 0)).toEqual(concatChannel(frames, 0));
    // the header sizes agree with the file: RIFF size = file size − 8, data = 3 × 64 × 2 bytes
    const bytes = readFileSync(p);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.readUInt32LE(40)).toBe(3 * 64 * 2);
  });

  it('memory stays flat: frames are appended as they pass, not kept', async () => {
    const p = join(tmp, 'long.wav');
    let count = 0;
    await lastValueFrom(
      whiteNoise({ seed: 1, sampleRate: 48000, frameLength: 4800, seconds: 30 }).pipe(
        writeWav(p, { format: 'int16', onWritten: (i) => (count = i.samples) }),
      ),
    );
    expect(count).toBe(30 * 48000);
    expect(statSync(p).size).toBe(44 + 30 * 48000 * 2);
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
