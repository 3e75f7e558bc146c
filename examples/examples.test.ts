// Smoke tests: every example runs on the simulated device on virtual time (--simulated --fast)
// with a short --seconds; the checks are on what each one measured and wrote, not only that it ran.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossPanning } from './cross-panning';
import { iirLowpass } from './iir-lowpass';
import { iirNotch } from './iir-notch';
import { loopThrough } from './loop-through';
import { noiseMeasurement } from './noise-measurement';
import { remezBandpass } from './remez-bandpass';
import { stereoGain } from './stereo-gain';
import { threeBandEq } from './three-band-eq';
import { wavPlayback } from './wav-playback';
import { runForTest } from './support/runForTest';
import { examples } from './index';

const FS = 48_000;

function expectSvg(path: string): void {
  expect(existsSync(path), path).toBe(true);
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('<svg') || text.includes('<svg'), path).toBe(true);
}

describe('examples registry', () => {
  it('has the nine examples, each with a description and unique name', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'loop-through',
      'iir-lowpass',
      'remez-bandpass',
      'iir-notch',
      'three-band-eq',
      'stereo-gain',
      'cross-panning',
      'wav-playback',
      'noise-measurement',
    ]);
    for (const e of examples) expect(e.description.length).toBeGreaterThan(60);
  });
});

describe('loop-through', () => {
  it('passes the input unchanged and reports the timing of every frame', async () => {
    const { result, outDir } = await runForTest(loopThrough, { seconds: 1 });
    expect(result.report.figures.maxAbsDiff).toBe(0);
    // the simulated duplex runs whole frames: ceil(48000 / 1024) = 47 frames of 1024
    expect(result.report.figures.compared).toBe(47 * 1024);
    expect(result.stats.frames).toBe(Math.ceil(FS / 1024));
    expect(result.stats.gaps).toBe(0);
    expect(result.statsReport).toContain('Ideal Callback period = 21.33 (ms)');
    expectSvg(join(outDir, 'loop-through-activity.svg'));
  });
});

describe('iir-lowpass', () => {
  it('runs the one-pole lowpass and measures it within 0.5 dB of the design above −40 dB', async () => {
    const { result, outDir } = await runForTest(iirLowpass, { seconds: 2 });
    // tfestimate over ~93 half-overlapping Hann segments of 2048: the H1 estimate of a noiseless
    // LTI system is exact up to leakage and int16 rounding of the output (σ_q² = 1/12).
    expect(result.report.figures.maxDeviationDb).toBeLessThan(0.5);
    expect(result.report.figures.binsCompared).toBeGreaterThan(500);
    expectSvg(join(outDir, 'iir-lowpass-response.svg'));
  });

  it('takes a new cutoff from its live parameter', async () => {
    const { result } = await runForTest(iirLowpass, { seconds: 2, set: { cutoffHz: 3000 } });
    expect(result.report.lines[0]).toContain('max deviation');
    expect(result.report.figures.maxDeviationDb).toBeLessThan(0.5);
  });
});

describe('remez-bandpass', () => {
  it('designs 182 taps and the live filter matches the design across the passband', async () => {
    const { result, outDir } = await runForTest(remezBandpass, { seconds: 2 });
    expect(result.report.figures.taps).toBe(182);
    // passband bins only (design above −1 dB), where the 0.5 dB ripple lives
    expect(result.report.figures.maxDeviationDb).toBeLessThan(0.2);
    expect(result.report.figures.binsCompared).toBeGreaterThan(50);
    expectSvg(join(outDir, 'remez-bandpass-response.svg'));
  });
});

describe('iir-notch', () => {
  it('removes the 2 kHz tone and matches the design', async () => {
    const { result } = await runForTest(iirNotch, { seconds: 3 });
    // the tone (peak 8000) stands far above the noise (σ = 1000) in its bin; the notch takes it
    // down to the noise floor
    expect(result.report.figures.toneRemovedDb).toBeGreaterThan(40);
    // away from the tone's own bins, the live notch matches its design down to −40 dB
    expect(result.report.figures.maxDeviationDb).toBeLessThan(0.5);
  });
});

describe('three-band-eq', () => {
  it('runs the equaliser on looped noise with gains set live and matches the design of those gains', async () => {
    const { result, outDir } = await runForTest(threeBandEq, { seconds: 3, set: { gain100Hz: 12, gain1kHz: -15, gain8kHz: 6 } });
    expect(result.report.lines[0]).toContain('max deviation');
    expect(result.report.figures.maxDeviationDb).toBeLessThan(1);
    expectSvg(join(outDir, 'three-band-eq-response.svg'));
  });
});

describe('stereo-gain', () => {
  it('applies independent left and right gains', async () => {
    const { result, outDir } = await runForTest(stereoGain, { seconds: 1, set: { gainLeftDb: -12, gainRightDb: 6 } });
    expectSvg(join(outDir, 'stereo-gain-psd.svg'));
    // int16 rounding on σ = 3000 noise: RMS gain errors far below 0.01 dB
    expect(Math.abs(result.report.figures.leftGainDb! + 12)).toBeLessThan(0.01);
    expect(Math.abs(result.report.figures.rightGainDb! - 6)).toBeLessThan(0.01);
  });
});

describe('cross-panning', () => {
  it('recovers the cross-panning matrix that ran', async () => {
    const { result, outDir } = await runForTest(crossPanning, { seconds: 1, set: { panPercent: 30 } });
    expectSvg(join(outDir, 'cross-panning-psd.svg'));
    // least squares on 24000 samples of two independent noises; int16 rounding (±0.5) on σ = 3000
    // gives coefficient errors of order 1e-4
    expect(result.report.figures.maxMatrixError).toBeLessThan(1e-3);
    expect(result.report.figures.lr).toBeCloseTo(0.3, 3);
  });
});

describe('wav-playback', () => {
  it('loops a generated WAV for 20 s and captures exactly the last 2 s, equal to the file', async () => {
    const { result, outDir } = await runForTest(wavPlayback);
    expect(result.report.figures.playedSamples).toBe(20 * FS);
    expect(result.report.figures.capturedSamples).toBe(2 * FS);
    expect(result.report.figures.loopLength).toBe(3 * FS);
    expect(result.report.figures.maxAbsDiff).toBe(0);
    expect(existsSync(join(outDir, 'wav-playback-generated.wav'))).toBe(true);
    const wav = readFileSync(join(outDir, 'wav-playback-last-2s.wav'));
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.length).toBeGreaterThanOrEqual(44 + 2 * 2 * FS);
  });
});

describe('noise-measurement', () => {
  it('measures the remez bandpass with white noise: tfestimate and PSD against the design', async () => {
    const { result, outDir } = await runForTest(noiseMeasurement, { seconds: 8 });
    // tfestimate of a noiseless LTI system, output aligned by the bulk delay: exact up to int16
    // rounding of the output and window leakage (measured 0.013 dB)
    expect(result.report.figures.maxDeviationDb).toBeLessThan(0.1);
    // Welch PSD of 8 s: 187 half-overlapping Hann segments of 4096, so one bin scatters with a
    // standard deviation of 4.34·√(1/(0.95·187)) ≈ 0.33 dB; the max over 141 passband bins stays
    // under 4.5σ ≈ 1.5 dB (measured 1.15 dB with the fixed seed)
    expect(result.report.figures.psdMaxDeviationDb).toBeLessThan(1.5);
    expectSvg(join(outDir, 'noise-measurement-remez-bandpass-response.svg'));
    expectSvg(join(outDir, 'noise-measurement-remez-bandpass-psd.svg'));
  });
});

describe('stopping a run early', () => {
  // The panel's Stop: a run with seconds = 0 streams until stop(); stop() must end it, write its
  // report and resolve, for a playback example (source → DAC) and a duplex one.
  for (const def of [wavPlayback, loopThrough]) {
    it(`stop() ends a ${def.name} run that has no end of its own`, async () => {
      const { mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { openDevice } = await import('@rxdsp/runtime');
      const { startRun } = await import('@rxdsp/runtime');
      const settings = { ...def.defaults, seconds: 0, outDir: mkdtempSync(join(tmpdir(), 'rxdsp-stop-')), extra: { 'capture-seconds': '2' } };
      const run = def.create(settings);
      const opened = await openDevice({ simulated: true, fast: false }, settings, run.simulatedInput ? { simulatedInput: run.simulatedInput } : {});
      const started = startRun(def.name, run, settings, opened);
      await new Promise((r) => setTimeout(r, 400));
      const result = await started.stop();
      // real time: about 0.4 s of 21.33 ms frames
      expect(result.stats.frames).toBeGreaterThan(5);
      expect(result.stats.frames).toBeLessThan(60);
      expect(result.report.files.some((f) => f.endsWith(`${def.name}-activity.svg`))).toBe(true);
      expect(await started.done).toBe(result);
    });
  }
});
