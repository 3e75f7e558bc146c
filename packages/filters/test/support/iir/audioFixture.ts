// Private: the typed audio-section fixture (iir_audio.json) and a gain helper shared by the audio tests.
import { loadFixture } from '@rxdsp/test-utils';
import { freqz } from '../../../src/design/iir/freqz';
import { magnitudeDb } from '@rxdsp/core';

export interface BAJson {
  b: number[];
  a: number[];
}
export const audioFixture = loadFixture<{
  notchPeak: { w0: number; Q: number; fs: number; notch: BAJson; peak: BAJson }[];
  peaking: ({ G: number; fc: number; Q: number; fs: number; gainAtFc: number; mag: number[] } & BAJson)[];
  shelves: ({ kind: 'low' | 'high'; G: number; fc: number; Q: number; fs: number } & BAJson)[];
}>('../../../fixtures/iir_audio.json', import.meta.url);

export const gainDbAt = (b: ArrayLike<number>, a: ArrayLike<number>, f: number, fs: number): number =>
  magnitudeDb(freqz(b, a, [f], { fs }).h)[0] as number;

