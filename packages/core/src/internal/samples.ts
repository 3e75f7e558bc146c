import type { SampleArray } from '../types/Frame';
import { isSampleArray } from './frames';
import { checkInt, checkSignal, describeValue } from '../validate/validate';

/** Sample input accepted by sources: a typed array or a plain array of numbers. */
export type SampleInput = SampleArray | readonly number[];

/**
 * Normalises source input to planar typed arrays. `x` is either one array (interleaved when
 * `channels` > 1) or one array per channel. Plain number arrays become Float64Array (copied);
 * typed arrays are used as they are (read, never written). Throws RangeError/TypeError naming
 * `fn` and the parameter.
 */
export function toPlanar(
  fn: string,
  x: SampleInput | readonly SampleInput[],
  channels: number | undefined,
): { planar: SampleArray[]; interleaved: SampleArray | undefined; channels: number; length: number } {
  if (!isSampleArray(x) && !Array.isArray(x)) {
    throw new TypeError(`${fn}: x must be a sample array, a number[] or an array of per-channel arrays, got ${describeValue(x)}`);
  }
  const perChannel = Array.isArray(x) && x.length > 0 && (Array.isArray(x[0]) || isSampleArray(x[0]));
  if (perChannel) {
    const list = x as readonly SampleInput[];
    if (channels !== undefined && channels !== list.length) {
      throw new RangeError(`${fn}: channels = ${channels} but x has ${list.length} per-channel arrays`);
    }
    const planar = list.map((ch, c) => {
      if (isSampleArray(ch)) return ch;
      if (!Array.isArray(ch)) throw new TypeError(`${fn}: x[${c}] must be a sample array or number[], got ${describeValue(ch)}`);
      return Float64Array.from(checkSignal(fn, `x[${c}]`, ch));
    });
    const first = planar[0] as SampleArray;
    for (let c = 1; c < planar.length; c++) {
      const a = planar[c] as SampleArray;
      if (a.length !== first.length) throw new RangeError(`${fn}: x[${c}] has ${a.length} samples, x[0] has ${first.length}`);
      if (a.constructor !== first.constructor) {
        throw new TypeError(`${fn}: x[${c}] is ${describeValue(a)} but x[0] is ${describeValue(first)}; use one array type for every channel`);
      }
    }
    return { planar, interleaved: undefined, channels: planar.length, length: first.length };
  }
  const flat = isSampleArray(x) ? x : Float64Array.from(checkSignal(fn, 'x', x));
  const nch = checkInt(fn, 'channels', channels ?? 1);
  if (flat.length % nch !== 0) {
    throw new RangeError(`${fn}: channels = ${nch} does not divide the sample count ${flat.length} of the interleaved x`);
  }
  if (nch === 1) return { planar: [flat], interleaved: undefined, channels: 1, length: flat.length };
  return { planar: [], interleaved: flat, channels: nch, length: flat.length / nch };
}

