import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectClose, loadFixture } from '@rxdsp/test-utils';
import { concatChannel, testScheduler } from '../../test/support/testing';
import { WavFileError } from '../types/errors';
import type { Frame } from '../types/Frame';
import { WaveFile } from '../../test/support/wavefile';
import { readWav } from './readWav';

interface WavCase {
  sampleRate: number;
  dtype: string;
  channels: number[][];
}
const fx = loadFixture<{ files: Record<string, WavCase> }>('../../fixtures/wav.json', import.meta.url);
const wavPath = (name: string) => fileURLToPath(new URL(`../../fixtures/wav/${name}`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-readwav-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const all = (src: ReturnType<typeof readWav>): Promise<Frame[]> => lastValueFrom(src.pipe(toArray()));

describe('readWav (files written by scipy.io.wavfile)', () => {
  it('int16 stereo: native Int16 frames with exact counts, index, time and a short last frame', async () => {
    const c = fx.files['int16_stereo.wav'] as WavCase;
    const frames = await all(readWav(wavPath('int16_stereo.wav'), { frameLength: 16 }));
    expect(frames.map((f) => f.channels[0]?.length)).toEqual([16, 16, 5]);
    expect(frames[0]?.channels[0]).toBeInstanceOf(Int16Array);
    expect(frames.map((f) => [f.index, f.time, f.sampleRate])).toEqual([
      [0, 0, 8000],
      [16, 16 / 8000, 8000],
      [32, 32 / 8000, 8000],
    ]);
    expect(concatChannel(frames, 0)).toEqual(c.channels[0]);
    expect(concatChannel(frames, 1)).toEqual(c.channels[1]);
    const unit = await all(readWav(wavPath('int16_stereo.wav'), { frameLength: 64, dtype: 'float64' }));
    expectClose(concatChannel(unit, 1), (c.channels[1] as number[]).map((v) => v / 32768), { rtol: 0, atol: 0, label: 'int16 → unit' });
  });

  it('float32 mono: native Float32 frames; int16 dtype scales by 32768 and saturates', async () => {
    const c = fx.files['float32_mono.wav'] as WavCase;
    const frames = await all(readWav(wavPath('float32_mono.wav'), { frameLength: 7 }));
    expect(frames[0]?.channels[0]).toBeInstanceOf(Float32Array);
    expect(frames[0]?.sampleRate).toBe(44100);
    expect(concatChannel(frames, 0)).toEqual(c.channels[0]);
    const ints = await all(readWav(wavPath('float32_mono.wav'), { frameLength: 64, dtype: 'int16' }));
    const expected = (c.channels[0] as number[]).map((v) => Math.max(-32768, Math.min(32767, Math.sign(v) * Math.floor(Math.abs(v * 32768) + 0.5))));
    expect(concatChannel(ints, 0)).toEqual(expected);
  });

  it('int32 3-channel and unsigned 8-bit: unit scale (÷2^31; (v − 128)/128)', async () => {
    const c32 = fx.files['int32_3ch.wav'] as WavCase;
    const f32 = await all(readWav(wavPath('int32_3ch.wav'), { frameLength: 4 }));
    expect(f32[0]?.channels).toHaveLength(3);
    for (const ch of [0, 1, 2]) expectClose(concatChannel(f32, ch), (c32.channels[ch] as number[]).map((v) => v / 2 ** 31), { rtol: 0, atol: 0, label: `int32 ch${ch}` });
    const c8 = fx.files['uint8_mono.wav'] as WavCase;
    const f8 = await all(readWav(wavPath('uint8_mono.wav'), { frameLength: 8, dtype: 'float32' }));
    expect(f8[0]?.channels[0]).toBeInstanceOf(Float32Array);
    expect(concatChannel(f8, 0)).toEqual((c8.channels[0] as number[]).map((v) => (v - 128) / 128));
  });

  it('marbles: paced at the file rate with a scheduler; unsubscribe mid-way', () => {
    const ts = testScheduler();
    // 8000 Hz, frameLength 16 → 2 ms per frame
    let frames: Frame[] = [];
    return all(readWav(wavPath('int16_stereo.wav'), { frameLength: 16 })).then((f) => {
      frames = f;
      ts.run(({ expectObservable }) => {
        const src = readWav(wavPath('int16_stereo.wav'), { frameLength: 16, scheduler: ts });
        expectObservable(src).toBe('2ms a 1ms b 1ms (c|)', { a: frames[0], b: frames[1], c: frames[2] });
        expectObservable(src, '^ 2ms !').toBe('2ms a', { a: frames[0] });
      });
    });
  });

  it('throws at creation for a missing file or a file that is not WAV, naming the path', () => {
    const missing = join(tmp, 'nope.wav');
    expect(() => readWav(missing, { frameLength: 4 })).toThrow(RangeError);
    expect(() => readWav(missing, { frameLength: 4 })).toThrow(`readWav: path "${missing}" does not exist`);
    const text = join(tmp, 'text.wav');
    writeFileSync(text, 'this is certainly not a RIFF file');
    expect(() => readWav(text, { frameLength: 4 })).toThrow(TypeError);
    expect(() => readWav(text, { frameLength: 4 })).toThrow(`readWav: path "${text}" is not a WAV file (no RIFF…WAVE header)`);
    const tiny = join(tmp, 'tiny.wav');
    writeFileSync(tiny, 'RIFF');
    expect(() => readWav(tiny, { frameLength: 4 })).toThrow(/is not a WAV file/);
    expect(() => readWav(tmp, { frameLength: 4 })).toThrow(/is not a file/);
    expect(() => readWav(wavPath('int16_stereo.wav'), { frameLength: 0 })).toThrow(/readWav: frameLength must be an integer ≥ 1, got 0/);
    expect(() => readWav(wavPath('int16_stereo.wav'), { frameLength: 4, dtype: 'int8' as never })).toThrow(/dtype must be one of/);
    expect(() => readWav(42 as never, { frameLength: 4 })).toThrow(/path must be a non-empty string, got 42/);
  });

  it('refuses A-law, mu-law and IMA ADPCM files (WAV_FORMAT, issue 13: only PCM and float are decoded)', () => {
    const src = Int16Array.from({ length: 505 * 2 }, (_, n) => Math.round(12000 * Math.sin(n / 7)));
    for (const [encode, tag] of [
      ['toALaw', '0x0006 (A-law)'],
      ['toMuLaw', '0x0007 (µ-law)'],
      ['toIMAADPCM', '0x0011 (IMA ADPCM)'],
    ] as const) {
      const w = new WaveFile();
      w.fromScratch(1, 8000, '16', src);
      w[encode]();
      const p = join(tmp, `${encode}.wav`);
      writeFileSync(p, w.toBuffer());
      expect(() => readWav(p, { frameLength: 256 }), encode).toThrow(WavFileError);
      expect(() => readWav(p, { frameLength: 256 }), encode).toThrow(`readWav: "${p}": format tag ${tag} is not decoded`);
    }
  });

  it('throws WavFileError (WAV_HEADER) at creation for a file with a WAVE header but no valid chunks', () => {
    const p = join(tmp, 'corrupt.wav');
    const bytes = Buffer.alloc(44);
    bytes.write('RIFF', 0, 'latin1');
    bytes.writeUInt32LE(36, 4);
    bytes.write('WAVE', 8, 'latin1');
    bytes.write('junk', 12, 'latin1');
    writeFileSync(p, bytes);
    expect(() => readWav(p, { frameLength: 4 })).toThrow(WavFileError);
    expect(() => readWav(p, { frameLength: 4 })).toThrow(`readWav: "${p}": no fmt chunk before the data`);
  });

  it('errors with WavFileError (WAV_READ) when the file vanished before subscription', async () => {
    const p = join(tmp, 'gone.wav');
    writeFileSync(p, readFileSync(wavPath('int16_stereo.wav')));
    const src = readWav(p, { frameLength: 4 });
    unlinkSync(p);
    const err = await firstValueFrom(src).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WavFileError);
    expect((err as WavFileError).code).toBe('WAV_READ');
    expect((err as WavFileError).path).toBe(p);
    expect((err as Error).message).toContain(p);
  });
});
