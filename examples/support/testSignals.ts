import { map, type Observable, type OperatorFunction } from 'rxjs';
import { tone, whiteNoise, type Frame } from '@rxdsp/core';
import type { ExampleSettings } from '@rxdsp/runtime';

/**
 * The simulated device's test input for filter examples: `seconds` of seeded Gaussian white noise (unpaced),
 * Int16, standard deviation `amplitude` (default 3000 ≈ −20.8 dBFS, leaving headroom
 * for filter gain), one independent sequence per channel.
 */
export function noiseInput(
  settings: ExampleSettings,
  seconds: number,
  opts: { readonly seed?: number; readonly amplitude?: number; readonly channels?: number } = {},
): Observable<Frame<Int16Array>> {
  return whiteNoise({
    seed: opts.seed ?? 2024,
    distribution: 'gaussian',
    amplitude: opts.amplitude ?? 3000,
    dtype: 'int16',
    sampleRate: settings.sampleRate,
    frameLength: settings.frameLength,
    channels: opts.channels ?? settings.channels,
    seconds,
  });
}

/** The simulated device's input for pass-through examples: a tone (default 1 kHz at amplitude 8000 ≈ −12 dBFS). */
export function toneInput(
  settings: ExampleSettings,
  seconds: number,
  opts: { readonly freqHz?: number; readonly amplitude?: number } = {},
): Observable<Frame<Int16Array>> {
  return tone(opts.freqHz ?? 1000, {
    amplitude: opts.amplitude ?? 8000,
    dtype: 'int16',
    sampleRate: settings.sampleRate,
    frameLength: settings.frameLength,
    channels: settings.channels,
    seconds,
  });
}

/**
 * Adds a sinusoid `amplitude·sin(2π·freqHz·n/fs)` (n = sample index in the stream) to
 * every channel of an Int16 test signal, saturating at the int16 limits: a hum or
 * interfering tone for the notch example's simulated input.
 */
export function withTone(freqHz: number, amplitude: number): OperatorFunction<Frame<Int16Array>, Frame<Int16Array>> {
  return map((f) => {
    const w = (2 * Math.PI * freqHz) / f.sampleRate;
    return {
      ...f,
      channels: f.channels.map((x) => {
        const y = new Int16Array(x.length);
        for (let i = 0; i < x.length; i++) y[i] = Math.max(-32768, Math.min(32767, Math.round(x[i]! + amplitude * Math.sin(w * (f.index + i)))));
        return y;
      }),
    };
  });
}
