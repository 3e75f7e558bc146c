import type { Observable, OperatorFunction } from 'rxjs';
import { floatCtorOf, frameFormatLock, makeFrame, type FloatOf, type FrameFormatLock } from '../internal/frames';
import { paramOperator } from '../internal/param';
import { checkFinite, checkOneOf, describeValue } from '../validate/validate';
import { FrameFormatError } from '../types/errors';
import type { Frame, SampleArray } from '../types/Frame';

/** Options of {@link pan}. */
export interface PanOptions {
  /**
   * Pan law for mono input: `'constantPower'` (default; gL = cos θ, gR = sin θ with
   * θ = (p + 1)·π/4, −3 dB each at centre, equal loudness across the field) or `'linear'`
   * (gL = (1 − p)/2, gR = (1 + p)/2, −6 dB each at centre).
   */
  readonly law?: 'constantPower' | 'linear';
  /** Position used before `p$` emits (default 0: centre). */
  readonly initial?: number;
}

/**
 * Places a mono signal in the stereo field, or shifts the balance of a stereo one.
 *
 * ```text
 * pan(−1):  mono [x]          →  [x] [0]          hard left
 * pan(0):   mono [x]          →  [.707x] [.707x]  (constantPower)
 * pan(0.5): stereo [l] [r]    →  [0.5l] [r]       balance: the far side is attenuated
 * ```
 *
 * Mono (1-channel) frames become stereo with the pan law; stereo frames keep both channels and
 * attenuate the side away from `p` linearly (gL = min(1, 1 − p), gR = min(1, 1 + p)), so
 * `p = 0` leaves stereo unchanged. Other channel counts error with `FrameFormatError`.
 * `p` may be an Observable (e.g. a UI control): subscribed before the source, latest value per
 * frame, `initial` until it emits, an out-of-range value errors with `ParameterError`.
 * Float32/Float64 keep their type; Int16 is promoted to Float64. One output frame per input
 * frame, same `sampleRate`, `index`, `time`, new arrays; errors and completion pass through.
 *
 * ## Example
 * ```ts
 * import { pan, tone } from '@rxdsp/core';
 * tone(440, { sampleRate: 48000, frameLength: 480, seconds: 1 })
 *   .pipe(pan(-0.5)) // mono → stereo, left of centre
 *   .subscribe((f) => console.log(f.channels.length)); // 2
 * ```
 *
 * @param p position in [−1, 1] (−1 hard left, 0 centre, 1 hard right), or an Observable of them.
 * @param opts `law` (`'constantPower'` | `'linear'`), `initial` (in [−1, 1], default 0).
 */
export function pan<T extends SampleArray>(p: number | Observable<number>, opts: PanOptions = {}): OperatorFunction<Frame<T>, Frame<FloatOf<T>>> {
  const fn = 'pan';
  if (opts === null || typeof opts !== 'object') throw new TypeError(`${fn}: opts must be an object, got ${describeValue(opts)}`);
  const law = checkOneOf(fn, 'opts.law', opts.law ?? 'constantPower', ['constantPower', 'linear'] as const);
  const check = (name: string) => (v: unknown) => {
    const x = checkFinite(fn, name, v);
    if (x < -1 || x > 1) throw new RangeError(`${fn}: ${name} must be in [-1, 1], got ${x}`);
    return x;
  };
  const initial = check('opts.initial')(opts.initial ?? 0);
  return paramOperator<Frame<T>, Frame<FloatOf<T>>, number, FrameFormatLock>(
    fn,
    'p$',
    p,
    check('p'),
    initial,
    () => frameFormatLock(fn),
    (frame, pos, lock, out) => {
      lock.check(frame);
      const chans = frame.channels;
      let gl: number;
      let gr: number;
      let left: SampleArray;
      let right: SampleArray;
      if (chans.length === 1) {
        left = right = chans[0] as SampleArray;
        if (law === 'constantPower') {
          const th = ((pos + 1) * Math.PI) / 4;
          gl = Math.cos(th);
          gr = Math.sin(th);
        } else {
          gl = (1 - pos) / 2;
          gr = (1 + pos) / 2;
        }
      } else if (chans.length === 2) {
        left = chans[0] as SampleArray;
        right = chans[1] as SampleArray;
        gl = Math.min(1, 1 - pos);
        gr = Math.min(1, 1 + pos);
      } else {
        throw new FrameFormatError(`pan: expected a mono or stereo frame, got ${chans.length} channels at index ${frame.index}`);
      }
      const Ctor = floatCtorOf(left);
      const n = left.length;
      const l = new Ctor(n);
      const r = new Ctor(n);
      for (let i = 0; i < n; i++) {
        l[i] = (left[i] as number) * gl;
        r[i] = (right[i] as number) * gr;
      }
      out.next(makeFrame([l as FloatOf<T>, r as FloatOf<T>], frame.sampleRate, frame.index, frame.time));
    },
  );
}
