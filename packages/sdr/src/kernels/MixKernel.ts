import { checkFinite, checkPositive } from '@rxdsp/core';
import type { ComplexBlock, ComplexKernel } from './ComplexKernel';

/** Samples between two re-anchorings of the oscillator's phasor on the phase accumulator. */
export const MIX_ANCHOR_SAMPLES = 256;

/** Readable state of a {@link MixKernel}. */
export interface MixState {
  /** Oscillator frequency in Hz. */
  readonly frequencyHz: number;
  /** Phase of the next sample in radians, wrapped to [−π, π). */
  readonly phase: number;
  /** The phasor of the next sample (cos, sin of the phase up to the recurrence's rounding). */
  readonly re: number;
  readonly im: number;
  /** Samples since the last re-anchoring (0 … MIX_ANCHOR_SAMPLES − 1). */
  readonly count: number;
}

/**
 * A phase-continuous complex oscillator and mixer for one channel: `y[n] = x[n] · e^{jφ[n]}`,
 * `φ[n + 1] = φ[n] + 2π·frequencyHz/sampleRate`, which moves the spectrum UP by `frequencyHz`
 * (use a negative frequency to bring a station at +f down to 0 Hz).
 *
 * The phasor `e^{jφ}` advances by a complex multiplication per sample (the rotation recurrence,
 * cheap: no trigonometry per sample). Its rounding errors would grow without bound, so a separate
 * double-precision phase accumulator, wrapped to [−π, π) every sample, is kept alongside, and every
 * {@link MIX_ANCHOR_SAMPLES} samples (counted from the start, so the output does not depend on the
 * framing) the phasor is reset to `(cos φ, sin φ)`: the amplitude and phase error stay at the level
 * of 256 rounding steps (~1e-13) for hours of streaming; the accumulator's own error is one
 * rounding (~4e-16 rad) per sample around a wrapped value, with no growth of the magnitude.
 *
 * `setFrequency` changes the frequency from the next sample on, without a phase jump.
 *
 * ## Example
 * ```ts
 * import { MixKernel } from '@rxdsp/sdr';
 * const shift = new MixKernel({ frequencyHz: -400e3, sampleRate: 2.4e6 }); // station at +400 kHz → 0 Hz
 * const { i, q } = shift.process(new Float64Array(1024).fill(1), new Float64Array(1024));
 * ```
 *
 * @throws RangeError / TypeError naming the option when `frequencyHz` is not finite or `sampleRate` not > 0.
 */
export class MixKernel implements ComplexKernel {
  readonly sampleRate: number;
  private readonly initialHz: number;
  private hz = 0;
  private w = 0;
  private wr = 1;
  private wi = 0;
  private phase = 0;
  private zr = 1;
  private zi = 0;
  private count = 0;

  /** @param opts `frequencyHz` (finite, Hz; any sign), `sampleRate` (Hz, > 0). */
  constructor(opts: { readonly frequencyHz: number; readonly sampleRate: number }) {
    this.sampleRate = checkPositive('MixKernel', 'opts.sampleRate', opts.sampleRate);
    this.initialHz = checkFinite('MixKernel', 'opts.frequencyHz', opts.frequencyHz);
    this.setFrequency(this.initialHz);
  }

  /** The current frequency in Hz. */
  get frequencyHz(): number {
    return this.hz;
  }

  /** Sets the frequency (Hz, finite) from the next sample on; the phase continues. */
  setFrequency(frequencyHz: number): void {
    const f = checkFinite('MixKernel.setFrequency', 'frequencyHz', frequencyHz);
    this.hz = f;
    // phase increment reduced to [−π, π): the same oscillator at the sampling instants
    let w = (2 * Math.PI * f) / this.sampleRate;
    w -= 2 * Math.PI * Math.floor(w / (2 * Math.PI) + 0.5);
    this.w = w;
    this.wr = Math.cos(w);
    this.wi = Math.sin(w);
  }

  /** Mixes one block; returns new arrays of the block's length. */
  process(i: ArrayLike<number>, q: ArrayLike<number>): ComplexBlock {
    const n = i.length;
    if (q.length !== n) throw new RangeError(`MixKernel.process: i has ${n} samples, q ${q.length}`);
    const yI = new Float64Array(n);
    const yQ = new Float64Array(n);
    let { zr, zi, phase, count } = this;
    const { wr, wi, w } = this;
    for (let k = 0; k < n; k++) {
      const xr = i[k] as number;
      const xi = q[k] as number;
      yI[k] = xr * zr - xi * zi;
      yQ[k] = xr * zi + xi * zr;
      phase += w;
      if (phase >= Math.PI) phase -= 2 * Math.PI;
      else if (phase < -Math.PI) phase += 2 * Math.PI;
      if (++count === MIX_ANCHOR_SAMPLES) {
        count = 0;
        zr = Math.cos(phase);
        zi = Math.sin(phase);
      } else {
        const t = zr * wr - zi * wi;
        zi = zr * wi + zi * wr;
        zr = t;
      }
    }
    this.zr = zr;
    this.zi = zi;
    this.phase = phase;
    this.count = count;
    return { i: yI, q: yQ };
  }

  reset(): void {
    this.setFrequency(this.initialHz);
    this.phase = 0;
    this.zr = 1;
    this.zi = 0;
    this.count = 0;
  }

  copy(): MixKernel {
    const k = new MixKernel({ frequencyHz: this.initialHz, sampleRate: this.sampleRate });
    k.setState(this.getState());
    return k;
  }

  getState(): MixState {
    return { frequencyHz: this.hz, phase: this.phase, re: this.zr, im: this.zi, count: this.count };
  }

  setState(s: MixState): void {
    this.setFrequency(s.frequencyHz);
    this.phase = s.phase;
    this.zr = s.re;
    this.zi = s.im;
    this.count = s.count;
  }
}
