// Small measurement helpers for the device tests (pure functions).
import type { AudioDeviceInfo } from '../src/devices/AudioDeviceInfo';

/** The virtual loopback device (`pulse`), or an Error naming what is wrong. */
export function findVirtualDevice(devices: readonly AudioDeviceInfo[]): AudioDeviceInfo {
  const d = devices.find((x) => x.name === 'pulse' && x.maxInputChannels > 0 && x.maxOutputChannels > 0);
  if (!d) {
    throw new Error(
      `the virtual loopback device is missing: PortAudio lists [${devices.map((x) => x.name).join(', ')}], no "pulse" with input and output. ` +
        'Run scripts/virtual-audio.sh install && scripts/virtual-audio.sh start and export the variables it prints.',
    );
  }
  return d;
}

/** First index where |x| ≥ threshold, from `from`; −1 if none. */
export function firstAbove(x: ArrayLike<number>, threshold: number, from = 0): number {
  for (let i = from; i < x.length; i++) if (Math.abs(x[i]!) >= threshold) return i;
  return -1;
}

/** Last index where |x| ≥ threshold; −1 if none. */
export function lastAbove(x: ArrayLike<number>, threshold: number): number {
  for (let i = x.length - 1; i >= 0; i--) if (Math.abs(x[i]!) >= threshold) return i;
  return -1;
}

/**
 * Frequency of a sinusoid from its rising zero crossings (linear interpolation between samples):
 * (crossings − 1) periods between the first and the last crossing.
 */
export function zeroCrossingFrequency(x: ArrayLike<number>, start: number, end: number, fs: number): number {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = start + 1; i < end; i++) {
    const a = x[i - 1]!;
    const b = x[i]!;
    if (a < 0 && b >= 0) {
      const t = i - 1 + -a / (b - a);
      if (first < 0) first = t;
      last = t;
      count++;
    }
  }
  return ((count - 1) * fs) / (last - first);
}

/** RMS of x[start, end). */
export function rms(x: ArrayLike<number>, start: number, end: number): number {
  let s = 0;
  for (let i = start; i < end; i++) s += x[i]! * x[i]!;
  return Math.sqrt(s / (end - start));
}

/** Positions of clicks: samples with |x| ≥ threshold, at least `gap` samples after the previous one. */
export function clickPositions(x: ArrayLike<number>, threshold: number, gap: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < x.length) {
    if (Math.abs(x[i]!) >= threshold) {
      // the peak of this click
      let best = i;
      for (let j = i; j < Math.min(x.length, i + 8); j++) if (Math.abs(x[j]!) > Math.abs(x[best]!)) best = j;
      out.push(best);
      i = best + gap;
    } else {
      i++;
    }
  }
  return out;
}

/** |H(e^{jω})| in dB of FIR taps at frequency f (Hz). */
export function firMagnitudeDb(taps: ArrayLike<number>, f: number, fs: number): number {
  const w = (2 * Math.PI * f) / fs;
  let re = 0;
  let im = 0;
  for (let n = 0; n < taps.length; n++) {
    re += taps[n]! * Math.cos(w * n);
    im -= taps[n]! * Math.sin(w * n);
  }
  return 10 * Math.log10(re * re + im * im);
}

/** Median and maximum. */
export function medianMax(values: readonly number[]): { median: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, max: s[s.length - 1]! };
}
