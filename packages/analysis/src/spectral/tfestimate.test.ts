import { describe, expect, it } from 'vitest';
import { expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import { tfestimate } from './tfestimate';
import { magnitudeDb } from '@rxdsp/core';
import { phase } from './complex/phase';

interface TfFixture {
  b: number[];
  a: number[];
  fs: number;
  nperseg: number;
  cutoffHz: number;
  f: number[];
  hRe: number[];
  hIm: number[];
}
const tf = loadFixture<{ tfestimate: TfFixture }>('../../fixtures/spectral.json', import.meta.url).tfestimate;

/** Direct-form I difference equation a[0]·y[n] = Σ b[k]x[n−k] − Σ_{k≥1} a[k]y[n−k] (the test's own filter). */
function directForm(b: number[], a: number[], x: Float64Array): Float64Array {
  const y = new Float64Array(x.length);
  for (let n = 0; n < x.length; n++) {
    let acc = 0;
    for (let k = 0; k < b.length && k <= n; k++) acc += b[k]! * x[n - k]!;
    for (let k = 1; k < a.length && k <= n; k++) acc -= a[k]! * y[n - k]!;
    y[n] = acc / a[0]!;
  }
  return y;
}

describe('tfestimate', () => {
  it("recovers a Butterworth low-pass's response from white noise within 0.5 dB across its passband", () => {
    const x = randn(1 << 18, 2026); // 5.5 s at 48 kHz
    const clean = directForm(tf.b, tf.a, x);
    const noise = randn(x.length, 7);
    const y = clean.map((v, i) => v + 0.01 * noise[i]!); // −40 dB measurement noise at the output
    const { f, txy } = tfestimate(x, y, { fs: tf.fs, nperseg: tf.nperseg });
    // freqz returns its frequencies after a round trip through radians: equal to rounding.
    expectClose(f, tf.f, { rtol: 1e-14, label: 'f' });
    const measured = magnitudeDb(txy);
    const designed = magnitudeDb({ re: Float64Array.from(tf.hRe), im: Float64Array.from(tf.hIm) });
    const measuredPhase = phase(txy);
    let worstDb = 0;
    let checked = 0;
    for (let k = 1; k < f.length && f[k]! <= tf.cutoffHz; k++) {
      worstDb = Math.max(worstDb, Math.abs(measured[k]! - designed[k]!));
      const dphi = Math.atan2(Math.sin(measuredPhase[k]! - Math.atan2(tf.hIm[k]!, tf.hRe[k]!)), Math.cos(measuredPhase[k]! - Math.atan2(tf.hIm[k]!, tf.hRe[k]!)));
      expect(Math.abs(dphi)).toBeLessThan((3 * Math.PI) / 180); // and the phase within 3°
      checked++;
    }
    expect(checked).toBe(102); // bins 1 … 102: 46.875 Hz … 4781.25 Hz (4800 / 46.875 = 102.4)
    console.log(`tfestimate: worst passband error ${worstDb.toFixed(4)} dB`);
    expect(worstDb).toBeLessThan(0.5);
    // In the stopband the measured gain follows the design down to the noise floor: at 3× cutoff the
    // design is −76 dB; the measurement must at least show −50 dB (output noise is −40 dB re x).
    const k3 = Math.round((3 * tf.cutoffHz) / (tf.fs / tf.nperseg));
    expect(measured[k3]!).toBeLessThan(-50);
  });

  it('gives NaN where the input has no power and rejects different lengths', () => {
    const x = new Float64Array(512); // silent input: Pxx = 0 everywhere
    const { txy } = tfestimate(x, randn(512, 1), { nperseg: 64 });
    expect(Number.isNaN(txy.re[3]!)).toBe(true);
    expect(() => tfestimate([1, 2], [1])).toThrow(/tfestimate: y must have the same length as x/);
  });
});
