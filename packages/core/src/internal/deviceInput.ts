import { isObservable, type Observable, type Subscription } from 'rxjs';
import { deinterleave } from '../device/deinterleave';
import type { Frame, SampleArray } from '../types/Frame';
import { FrameFormatError } from '../types/errors';
import { roundSaturate } from './generate';
import { toPlanar, type SampleInput } from './samples';
import { FrameQueue } from './FrameQueue';

/** What the simulated ADC reads from. */
export type DeviceInput = Observable<Frame> | SampleInput | readonly SampleInput[];

/** What happens when the input runs out. */
export type InputEnd = 'complete' | 'silence' | 'loop';

/** One run's reader of the device input: frames of exactly frameLength Int16 samples. */
export interface InputReader {
  /** The next frame's channels, or undefined when the input has ended (with `end: 'complete'`). */
  read(): Int16Array[] | undefined;
  /** Set when an Observable input errored. */
  readonly failed: { error: unknown } | undefined;
  /** Input frames for which a live Observable had not delivered enough samples (silence was read). */
  readonly gaps: number;
  dispose(): void;
}

/** Converts any sample array to Int16 counts (floats by `scale`, rounded and saturated). */
function toInt16Array(a: SampleArray, scale: 'int16' | 'unit'): Int16Array {
  if (a instanceof Int16Array) return a;
  const k = scale === 'unit' ? 32768 : 1;
  const o = new Int16Array(a.length);
  for (let i = 0; i < a.length; i++) o[i] = roundSaturate((a[i] as number) * k);
  return o;
}

/** A factory of readers (one per run) for a validated input. Throws RangeError/TypeError naming `fn`. */
export function deviceInput(
  fn: string,
  input: DeviceInput | undefined,
  channels: number,
  sampleRate: number,
  frameLength: number,
  end: InputEnd,
  scale: 'int16' | 'unit',
): () => InputReader {
  if (input === undefined) {
    return () => ({ read: () => silence(channels, frameLength), failed: undefined, gaps: 0, dispose() {} });
  }
  if (isObservable(input)) return () => observableReader(fn, input as Observable<Frame>, channels, sampleRate, frameLength, end, scale);
  const src = toPlanar(fn, input, Array.isArray(input) && input.length > 0 && typeof input[0] !== 'number' ? undefined : channels);
  if (src.channels !== channels) throw new RangeError(`${fn}: input has ${src.channels} channels, the device has channels = ${channels}`);
  const planar = (src.interleaved !== undefined ? deinterleave(src.interleaved, channels) : src.planar).map((a) => toInt16Array(a, scale));
  const len = src.length;
  if (len === 0 && end === 'loop') throw new RangeError(`${fn}: input must not be empty with inputEnd 'loop'`);
  return () => {
    let pos = 0;
    return {
      failed: undefined,
      gaps: 0,
      dispose() {},
      read() {
        if (pos >= len && end !== 'loop') return end === 'silence' ? silence(channels, frameLength) : undefined;
        const start = pos;
        pos = end === 'loop' ? (pos + frameLength) % len : pos + frameLength;
        return planar.map((ch) => {
          const out = new Int16Array(frameLength); // zero-padded when the input ends inside it
          let filled = 0;
          let p = start;
          while (filled < frameLength) {
            if (p >= len) {
              if (end !== 'loop') break;
              p = 0;
            }
            const take = Math.min(frameLength - filled, len - p);
            out.set(ch.subarray(p, p + take), filled);
            filled += take;
            p += take;
          }
          return out;
        });
      },
    };
  };
}

function silence(channels: number, n: number): Int16Array[] {
  return Array.from({ length: channels }, () => new Int16Array(n));
}

function observableReader(
  fn: string,
  input: Observable<Frame>,
  channels: number,
  sampleRate: number,
  frameLength: number,
  end: InputEnd,
  scale: 'int16' | 'unit',
): InputReader {
  const queue = new FrameQueue(channels, frameLength, sampleRate);
  let completed = false;
  let sub: Subscription | undefined;
  const state: { failed: { error: unknown } | undefined; gaps: number } = { failed: undefined, gaps: 0 };
  const subscribe = () => {
    completed = false;
    sub = input.subscribe({
      next(frame) {
        if (state.failed) return;
        if (frame.sampleRate !== sampleRate) {
          state.failed = { error: new FrameFormatError(`${fn}: input frame at index ${frame.index} has sampleRate ${frame.sampleRate} Hz, the device runs at ${sampleRate} Hz`) };
        } else if (frame.channels.length !== channels) {
          state.failed = { error: new FrameFormatError(`${fn}: input frame at index ${frame.index} has ${frame.channels.length} channels, the device has ${channels}`) };
        } else {
          queue.push(frame.channels.map((a) => toInt16Array(a, scale)));
        }
      },
      error(err: unknown) {
        state.failed = { error: err };
      },
      complete() {
        completed = true;
      },
    });
  };
  subscribe();
  return {
    get failed() {
      return state.failed;
    },
    get gaps() {
      return state.gaps;
    },
    dispose() {
      sub?.unsubscribe();
    },
    read() {
      const full = queue.pop();
      if (full !== undefined) return full;
      if (!completed) {
        state.gaps++;
        return silence(channels, frameLength);
      }
      const rest = queue.rest('pad');
      if (rest !== undefined) return rest;
      if (end === 'complete') return undefined;
      if (end === 'loop') {
        sub?.unsubscribe();
        subscribe();
        const first = queue.pop();
        if (first !== undefined) return first;
      }
      return silence(channels, frameLength);
    },
  };
}
