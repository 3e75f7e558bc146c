import { BehaviorSubject, from, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { FrameFormatError, ParameterError, type Frame } from '@rxdsp/core';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';
import { fmReceiver, fmReceiverDesign } from './fmReceiver';

/** n samples of an FM carrier at 2.4 MS/s modulated by `tone` Hz with 10 kHz deviation. */
function fmSignal(n: number, tone: number, fs = 2.4e6): { i: Float64Array; q: Float64Array } {
  const i = new Float64Array(n);
  const q = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const ph = (10e3 / tone) * Math.sin((2 * Math.PI * tone * k) / fs);
    i[k] = Math.cos(ph);
    q[k] = Math.sin(ph);
  }
  return { i, q };
}

function framed(sig: { i: Float64Array; q: Float64Array }, lens: number[], fs = 2.4e6): ComplexFrame[] {
  const out: ComplexFrame[] = [];
  for (let p = 0, k = 0; p < sig.i.length; k++) {
    const l = Math.min(lens[k % lens.length]!, sig.i.length - p);
    out.push(makeComplexFrame([sig.i.slice(p, p + l)], [sig.q.slice(p, p + l)], fs, p, 100e6));
    p += l;
  }
  return out;
}

const audioOf = (frames: Frame<Float64Array>[]): number[] => frames.flatMap((f) => [...f.channels[0]!]);

describe('fmReceiver', () => {
  const sig = fmSignal(48_000, 1000); // 20 ms
  it('the course design: rates 2.4 MS/s → 240 kS/s → 48 kHz, two 32-tap firwin lowpass filters', () => {
    const d = fmReceiverDesign();
    expect([d.inputRate, d.basebandRate, d.audioRate, d.taps1.length, d.taps2.length]).toEqual([2.4e6, 240e3, 48e3, 32, 32]);
  });
  it('the audio does not depend on the framing (uneven frames = one block), 48 kHz, continuous index', async () => {
    const one = await lastValueFrom(from(framed(sig, [48_000])).pipe(fmReceiver(), toArray()));
    const uneven = await lastValueFrom(from(framed(sig, [1, 9, 4999, 12_345, 3])).pipe(fmReceiver(), toArray()));
    expect(audioOf(uneven)).toEqual(audioOf(one));
    expect(audioOf(one).length).toBe(960);
    expect(uneven.every((f) => f.sampleRate === 48_000)).toBe(true);
    let next = 0;
    for (const f of uneven) {
      expect(f.index).toBe(next);
      next += f.channels[0]!.length;
    }
  });
  it('full scale: 10 kHz deviation → amplitude ≈ 10/75 before de-emphasis (phase difference, no de-emphasis)', async () => {
    const out = audioOf(await lastValueFrom(from(framed(fmSignal(240_000, 1000), [16384])).pipe(fmReceiver({ demod: 'phaseDifference', tau: 0 }), toArray())));
    const peak = Math.max(...out.slice(200).map(Math.abs));
    expect(peak).toBeGreaterThan((10 / 75) * 0.97);
    expect(peak).toBeLessThan((10 / 75) * 1.01);
  });
  it('live audio gain in dB; a bad value errors with ParameterError', async () => {
    const g = new BehaviorSubject(-6);
    const half = await lastValueFrom(from(framed(sig, [48_000])).pipe(fmReceiver({ gainDb: g }), toArray()));
    const unity = await lastValueFrom(from(framed(sig, [48_000])).pipe(fmReceiver(), toArray()));
    audioOf(half).forEach((v, k) => expect(v).toBeCloseTo(audioOf(unity)[k]! * 10 ** (-6 / 20), 12));
    await expect(lastValueFrom(from(framed(sig, [48_000])).pipe(fmReceiver({ gainDb: new BehaviorSubject(Number.NaN) })))).rejects.toThrow(new ParameterError('fmReceiver: gainDb must be a finite number of dB, got NaN'));
  });
  it('a frame at another rate errors with FrameFormatError; bad options throw at creation', async () => {
    await expect(lastValueFrom(from(framed(sig, [48_000], 1e6)).pipe(fmReceiver()))).rejects.toThrow(
      new FrameFormatError('fmReceiver: frame at index 0 has sampleRate 1000000 Hz, the receiver was designed for 2400000 Hz'),
    );
    expect(() => fmReceiver({ cutoff1Hz: 1.3e6 })).toThrow(/fmReceiver: opts.cutoff1Hz must be below half the input rate \(1200000 Hz\), got 1300000/);
    expect(() => fmReceiver({ decimation1: 0 })).toThrow(/opts.decimation1 must be an integer ≥ 1, got 0/);
    expect(() => fmReceiver({ tau: -1 })).toThrow(/opts.tau/);
    expect(() => fmReceiver({ demod: 'x' as never })).toThrow(/opts.demod/);
    expect(() => fmReceiver({ gainDb: Number.POSITIVE_INFINITY })).toThrow(/opts.gainDb must be a finite number, got Infinity/);
  });
  it('stage observers see each stage: rates 2.4 M, 240 k, 240 k, 48 k', async () => {
    const rates: Record<string, number> = {};
    const seen = (name: string) => ({ next: (f: { sampleRate: number }) => void (rates[name] = f.sampleRate) });
    await lastValueFrom(from(framed(sig, [24_000])).pipe(fmReceiver({ stages: { input: seen('input'), baseband: seen('baseband'), demodulated: seen('demodulated'), audio: seen('audio') } }), toArray()));
    expect(rates).toEqual({ input: 2.4e6, baseband: 240e3, demodulated: 240e3, audio: 48e3 });
  });
});
