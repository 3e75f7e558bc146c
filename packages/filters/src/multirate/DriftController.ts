import { checkFinite, describeValue } from '@rxdsp/core';

/** Options of {@link DriftController}. */
export interface DriftControllerOptions {
  /** Output sample rate in Hz (> 0): converts the relative correction into samples per second. */
  readonly outputSampleRate: number;
  /** Loop bandwidth in Hz (natural frequency of the second-order loop), > 0 and ≤ 10 (default 0.05). */
  readonly bandwidthHz?: number;
  /** Damping ratio, > 0 (default 1: critically damped, no overshoot for a step in ratio). */
  readonly damping?: number;
  /** Largest correction of the ratio in ppm, > 0 (default 1000). */
  readonly maxPpm?: number;
}

/** The readable state of a {@link DriftController}. */
export interface DriftControllerState {
  /** Integrator: the learned ratio correction (relative, e.g. 1e-4 for 100 ppm). */
  readonly integral: number;
  /** Smoothed level error in output samples. */
  readonly error: number;
  /** Latest correction applied (relative). */
  readonly correction: number;
}

/**
 * The control loop of the drift compensator {@link asrc}: a proportional-integral controller that turns the
 * error of the downstream buffer level (in output samples, positive = too full) into a relative correction of
 * the resampling ratio (`ratio = nominal · (1 + correction)`; more input per output empties the buffer).
 *
 * Model: the level error e grows at fsOut·(δ − u) samples/s, δ the clock mismatch, u the correction. With
 * u = Kp·e + Ki·∫e dt, e'' + fsOut·Kp·e' + fsOut·Ki·e = 0: a second-order loop with natural frequency
 * ω = 2π·bandwidthHz and damping ζ when Ki = ω²/fsOut and Kp = 2ζω/fsOut. A constant mismatch δ is learned by
 * the integrator (zero steady-state error); the level deviates by at most ≈ δ·fsOut/(ω·e) samples while it is
 * learned (≈ 15 samples for 100 ppm at 48 kHz with the default 0.05 Hz). The measured error is smoothed by a
 * one-pole lowpass at 8·bandwidthHz against timestamp jitter; the correction is clamped to ±maxPpm, and the
 * integrator stops while clamped (anti-windup).
 *
 * ## Example
 * ```ts
 * import { DriftController } from '@rxdsp/filters';
 * const loop = new DriftController({ outputSampleRate: 48000 });
 * const u = loop.update(12, 0.01); // 12 samples too full, 10 ms since the last update → a small positive correction
 * ```
 */
export class DriftController {
  private readonly kp: number;
  private readonly ki: number;
  private readonly smoothHz: number;
  private readonly maxU: number;
  private integral = 0;
  private error = 0;
  private correction = 0;
  private started = false;

  constructor(options: DriftControllerOptions) {
    const fn = 'DriftController';
    if (options === null || typeof options !== 'object') throw new TypeError(`${fn}: options must be an object, got ${describeValue(options)}`);
    const fs = checkFinite(fn, 'options.outputSampleRate', options.outputSampleRate);
    if (!(fs > 0)) throw new RangeError(`${fn}: options.outputSampleRate must be > 0, got ${fs}`);
    const bw = checkFinite(fn, 'options.bandwidthHz', options.bandwidthHz ?? 0.05);
    if (!(bw > 0) || bw > 10) throw new RangeError(`${fn}: options.bandwidthHz must be in (0, 10], got ${bw}`);
    const zeta = checkFinite(fn, 'options.damping', options.damping ?? 1);
    if (!(zeta > 0)) throw new RangeError(`${fn}: options.damping must be > 0, got ${zeta}`);
    const maxPpm = checkFinite(fn, 'options.maxPpm', options.maxPpm ?? 1000);
    if (!(maxPpm > 0)) throw new RangeError(`${fn}: options.maxPpm must be > 0, got ${maxPpm}`);
    const w = 2 * Math.PI * bw;
    this.ki = (w * w) / fs;
    this.kp = (2 * zeta * w) / fs;
    this.smoothHz = 8 * bw;
    this.maxU = maxPpm * 1e-6;
  }

  /**
   * One step: `levelError` (output samples, > 0 = buffer too full), `dtSeconds` since the previous step (≥ 0).
   * Returns the new relative correction of the ratio.
   */
  update(levelError: number, dtSeconds: number): number {
    if (!Number.isFinite(levelError) || !Number.isFinite(dtSeconds) || dtSeconds < 0) {
      throw new RangeError(`DriftController.update: levelError and dtSeconds must be finite (dtSeconds ≥ 0), got ${levelError}, ${dtSeconds}`);
    }
    if (!this.started) {
      this.error = levelError;
      this.started = true;
    } else {
      const g = 1 - Math.exp(-2 * Math.PI * this.smoothHz * dtSeconds);
      this.error += g * (levelError - this.error);
    }
    const e = this.error;
    const trial = this.integral + this.ki * e * dtSeconds;
    let u = this.kp * e + trial;
    if (u > this.maxU) u = this.maxU;
    else if (u < -this.maxU) u = -this.maxU;
    else this.integral = trial; // anti-windup: integrate only while not clamped
    this.correction = u;
    return u;
  }

  /** Back to the initial state. */
  reset(): void {
    this.integral = 0;
    this.error = 0;
    this.correction = 0;
    this.started = false;
  }

  /** An independent controller with the same gains and state. */
  copy(): DriftController {
    const c = Object.create(DriftController.prototype) as DriftController;
    Object.assign(c, this);
    return c;
  }

  /** A copy of the state. */
  getState(): DriftControllerState {
    return { integral: this.integral, error: this.error, correction: this.correction };
  }
}
