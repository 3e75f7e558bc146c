// Issue 2 "Bad input", as one table over every public entry point of core: frameLength ≤ 0 or not an
// integer, channels that do not divide the sample count, sampleRate ≤ 0, a WAV path that does not
// exist or a file that is not WAV. Each call must throw synchronously (at creation, before any
// subscription) a RangeError or TypeError whose message names the function, the parameter and the
// offending value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chirp,
  deinterleave,
  fromSamples,
  loopAudio,
  reframe,
  simulatedDevice,
  takeSeconds,
  tone,
  whiteNoise,
} from './index';
import { readWav, writeWav } from './node';

const dir = mkdtempSync(join(tmpdir(), 'rxdsp-bad-input-'));
const notWav = join(dir, 'notes.wav');
writeFileSync(notWav, 'this is a text file, not RIFF/WAVE data\n');
const missing = join(dir, 'no-such-file.wav');
const x = new Float64Array(12);

type Case = readonly [label: string, call: () => unknown, kind: typeof RangeError | typeof TypeError, message: RegExp];

const cases: readonly Case[] = [
  // frameLength ≤ 0 or not an integer
  ['reframe(0)', () => reframe(0), RangeError, /reframe: frameLength .*got 0\b/],
  ['reframe(-4)', () => reframe(-4), RangeError, /reframe: frameLength .*got -4\b/],
  ['reframe(2.5)', () => reframe(2.5), RangeError, /reframe: frameLength .*got 2\.5\b/],
  ['reframe("4")', () => reframe('4' as never), TypeError, /reframe: frameLength .*got "4"/],
  ['fromSamples frameLength 0', () => fromSamples(x, { sampleRate: 8000, frameLength: 0 }), RangeError, /fromSamples: .*frameLength .*got 0\b/],
  ['fromSamples frameLength 1.5', () => fromSamples(x, { sampleRate: 8000, frameLength: 1.5 }), RangeError, /fromSamples: .*frameLength .*got 1\.5\b/],
  ['tone frameLength -1', () => tone(440, { sampleRate: 8000, frameLength: -1 }), RangeError, /tone: .*frameLength .*got -1\b/],
  ['whiteNoise frameLength NaN', () => whiteNoise({ seed: 1, sampleRate: 8000, frameLength: Number.NaN }), RangeError, /whiteNoise: .*frameLength .*got NaN/],
  ['chirp frameLength 0', () => chirp({ sampleRate: 8000, frameLength: 0, f0: 100, f1: 200, seconds: 1 }), RangeError, /chirp: .*frameLength .*got 0\b/],
  ['loopAudio frameLength 0', () => loopAudio(x, { sampleRate: 8000, frameLength: 0, seconds: 1 }), RangeError, /loopAudio: .*frameLength .*got 0\b/],
  ['readWav frameLength 0', () => readWav(missing, { frameLength: 0 }), RangeError, /readWav: .*frameLength .*got 0\b/],
  ['simulatedDevice frameLength 0', () => simulatedDevice({ sampleRate: 8000, frameLength: 0, channels: 1 }), RangeError, /simulatedDevice: .*frameLength .*got 0\b/],
  // channels that do not divide the sample count
  ['fromSamples 12 samples / 5 channels', () => fromSamples(x, { sampleRate: 8000, frameLength: 4, channels: 5 }), RangeError, /fromSamples: .*12.*5|fromSamples: .*5.*12/],
  ['loopAudio 12 samples / 5 channels', () => loopAudio(x, { sampleRate: 8000, frameLength: 4, channels: 5, seconds: 1 }), RangeError, /loopAudio: .*12.*5|loopAudio: .*5.*12/],
  ['deinterleave 12 samples / 5 channels', () => deinterleave(x, 5), RangeError, /deinterleave: .*12.*5|deinterleave: .*5.*12/],
  ['fromSamples channels 0', () => fromSamples(x, { sampleRate: 8000, frameLength: 4, channels: 0 }), RangeError, /fromSamples: .*channels .*got 0\b/],
  ['fromSamples channels of unequal length', () => fromSamples([new Float64Array(4), new Float64Array(3)], { sampleRate: 8000, frameLength: 4 }), RangeError, /fromSamples: .*(3|4)/],
  // sampleRate ≤ 0
  ['fromSamples sampleRate 0', () => fromSamples(x, { sampleRate: 0, frameLength: 4 }), RangeError, /fromSamples: .*sampleRate .*got 0\b/],
  ['fromSamples sampleRate -8000', () => fromSamples(x, { sampleRate: -8000, frameLength: 4 }), RangeError, /fromSamples: .*sampleRate .*got -8000\b/],
  ['tone sampleRate 0', () => tone(440, { sampleRate: 0, frameLength: 4 }), RangeError, /tone: .*sampleRate .*got 0\b/],
  ['whiteNoise sampleRate Infinity', () => whiteNoise({ seed: 1, sampleRate: Number.POSITIVE_INFINITY, frameLength: 4 }), RangeError, /whiteNoise: .*sampleRate .*got Infinity/],
  ['chirp sampleRate -1', () => chirp({ sampleRate: -1, frameLength: 4, f0: 1, f1: 2, seconds: 1 }), RangeError, /chirp: .*sampleRate .*got -1\b/],
  ['loopAudio sampleRate 0', () => loopAudio(x, { sampleRate: 0, frameLength: 4, seconds: 1 }), RangeError, /loopAudio: .*sampleRate .*got 0\b/],
  ['simulatedDevice sampleRate 0', () => simulatedDevice({ sampleRate: 0, frameLength: 4, channels: 1 }), RangeError, /simulatedDevice: .*sampleRate .*got 0\b/],
  ['fromSamples sampleRate "8000"', () => fromSamples(x, { sampleRate: '8000' as never, frameLength: 4 }), TypeError, /fromSamples: .*sampleRate .*got "8000"/],
  // seconds
  ['takeSeconds(-1)', () => takeSeconds(-1), RangeError, /takeSeconds: .*seconds .*got -1\b/],
  // WAV paths
  ['readWav missing file', () => readWav(missing, { frameLength: 64 }), RangeError, new RegExp(`readWav: .*${escape(missing)}`)],
  ['readWav not a WAV file', () => readWav(notWav, { frameLength: 64 }), TypeError, new RegExp(`readWav: .*${escape(notWav)}`)],
  ['readWav empty path', () => readWav('', { frameLength: 64 }), TypeError, /readWav: path .*got ""/],
  ['writeWav empty path', () => writeWav(''), TypeError, /writeWav: path .*got ""/],
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('bad input throws at creation, naming the function, the parameter and the value', () => {
  it.each(cases)('%s', (_label, call, kind, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (err) {
      thrown = err;
    }
    expect(thrown, 'expected a synchronous throw').toBeInstanceOf(kind);
    expect((thrown as Error).message).toMatch(message);
  });
});
