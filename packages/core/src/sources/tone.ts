import type { Observable } from 'rxjs';
import { generated, generatedConfig, type GeneratedDtype, type GeneratedFrame, type GeneratedOptions } from '../internal/generate';
import { checkFinite } from '../validate/validate';

/** Options of {@link tone}. */
export interface ToneOptions<D extends GeneratedDtype = 'float64'> extends GeneratedOptions<D> {
  /** Initial phase in radians (default 0). */
  readonly phase?: number;
}

/**
 * A cold source of a sine tone: `amplitude · sin(2π · freqHz · n / sampleRate + phase)` for
 * sample n = 0, 1, 2, … on every channel (the same signal on each).
 *
 * ```text
 * tone(f, { frameLength: 4, seconds: 10/sampleRate })   →   [s0..s3] [s4..s7] ([s8 s9]|)
 * with a scheduler (T = frameLength / sampleRate):         ----T[..]----T[..]----T([..]|)
 * ```
 *
 * The phase is computed from the sample index (reduced to one cycle before `sin`), so it never
 * drifts however long the stream runs. Endless unless `seconds` is given: without a scheduler,
 * subscribe with a limit (`take`, `takeSeconds`) or it loops synchronously forever. Frames carry
 * `index` = n of the first sample and `time` = index / sampleRate; new arrays every frame.
 *
 * ## Example
 * ```ts
 * import { tone } from '@rxdsp/core';
 * tone(1000, { sampleRate: 8000, frameLength: 8, seconds: 0.001, amplitude: 0.5 })
 *   .subscribe((f) => console.log(f.index, f.channels[0])); // 0 Float64Array [0, 0.3535…, 0.5, 0.3535…, 0, …]
 * ```
 *
 * @param freqHz frequency in Hz (finite; above sampleRate / 2 it aliases, as sampling would).
 * @param opts `sampleRate` (Hz > 0), `frameLength` (integer ≥ 1), `amplitude` (output units,
 *   default full scale), `seconds` (≥ 0), `phase` (radians), `channels` (≥ 1), `dtype`,
 *   `scheduler`.
 */
export function tone<D extends GeneratedDtype = 'float64'>(freqHz: number, opts: ToneOptions<D>): Observable<GeneratedFrame<D>> {
  const fn = 'tone';
  const f = checkFinite(fn, 'freqHz', freqHz);
  const cfg = generatedConfig(fn, opts);
  const phase = opts.phase === undefined ? 0 : checkFinite(fn, 'phase', opts.phase);
  const { amplitude: a, sampleRate: fs } = cfg;
  const twoPi = 2 * Math.PI;
  return generated(cfg, () => (out, start) => {
    const ch0 = out[0] as Float64Array;
    for (let i = 0; i < ch0.length; i++) {
      const cycles = (f * (start + i)) / fs;
      ch0[i] = a * Math.sin(twoPi * (cycles - Math.floor(cycles)) + phase);
    }
    for (let c = 1; c < out.length; c++) (out[c] as Float64Array).set(ch0);
  }) as Observable<GeneratedFrame<D>>;
}
