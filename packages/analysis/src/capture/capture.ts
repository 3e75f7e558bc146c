import { FrameFormatError, frameFormatLock, operate, type Frame, type FrameFormatLock, type SampleArray } from '@rxdsp/core';
import type { Observable, OperatorFunction } from 'rxjs';
import { nodeWriteFile } from '../internal/nodeWriteFile';
import * as wavefileModule from 'wavefile';

// wavefile ships a UMD/CJS build (main) and an ESM build (module): depending on the loader its
// class is a named export or a property of the default export.
type WaveFileClass = typeof wavefileModule.WaveFile;
const WaveFile: WaveFileClass =
  (wavefileModule as { WaveFile?: WaveFileClass }).WaveFile ??
  (wavefileModule as unknown as { default: { WaveFile: WaveFileClass } }).default.WaveFile;

/** Options of {@link capture}. */
export interface CaptureOptions {
  /**
   * Keep only the newest `seconds` of audio (a ring buffer allocated once, on the first
   * frame). Omit to keep everything (storage grows by doubling).
   */
  readonly seconds?: number;
  /** Record only the first `channels` channels (default: all channels of the first frame). */
  readonly channels?: number;
}

type ArrayCtor = Int16ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/**
 * The capture handle: an operator (pass it to `pipe`) that records the frames flowing
 * through, and the accessors to read the recording.
 */
export interface Capture extends OperatorFunction<Frame, Frame> {
  /** Samples of channel 0, oldest first, in the frames' sample type (a copy). */
  readonly left: SampleArray;
  /** Samples of channel 1, oldest first (RangeError for a mono capture). */
  readonly right: SampleArray;
  /**
   * Samples of channel `i`, oldest first (a new array each call). Before the first frame an
   * empty Float64Array.
   */
  channel(i: number): SampleArray;
  /** Number of channels recorded (0 before the first frame). */
  readonly channelCount: number;
  /** Sample rate of the recording in Hz (NaN before the first frame). */
  readonly sampleRate: number;
  /** Samples per channel held now (≤ capacity in ring mode). */
  readonly length: number;
  /** Total samples per channel seen since the subscription started (held or overwritten). */
  readonly samplesSeen: number;
  /** Samples per channel the storage holds without growing (fixed in ring mode; 0 before the first frame). */
  readonly capacity: number;
  /**
   * Encodes the held samples as a WAV file: 16-bit PCM for Int16 frames, 32-bit float
   * otherwise (Float64 samples are written as float32).
   */
  toWavBuffer(): Uint8Array;
  /** Writes {@link toWavBuffer} to `path`. */
  toWav(path: string): Promise<void>;
  /** Forgets everything held (keeps the storage). */
  clear(): void;
}

function ctorOf(a: SampleArray): ArrayCtor {
  if (a instanceof Int16Array) return Int16Array;
  if (a instanceof Float32Array) return Float32Array;
  return Float64Array;
}

/**
 * Records the frames that pass through into a handle the user keeps — pyaudio_helper's
 * `DSP_capture_add_samples` with `Tcapture` — as an RxJS operator. Frames are passed on
 * unchanged (the same objects; their arrays are only read).
 *
 * ```
 * const cap = capture({ seconds: 2 });
 * source:    --a--b--c--|
 * cap:       --a--b--c--|     cap.left = newest 2 s of channel 0
 * ```
 *
 * With `seconds`, a ring buffer of ⌈seconds·sampleRate⌉ samples per channel is allocated
 * on the first frame and overwritten oldest-first — no allocation per frame. Without it,
 * storage grows by doubling. Samples are stored in the frames' own type (Int16, Float32 or
 * Float64). Each subscription starts a new recording; the recording survives completion,
 * errors and unsubscription. A change of sample rate, sample type or channel count
 * mid-stream errors with `FrameFormatError`.
 *
 * @param options `seconds` (> 0) to keep, `channels` (integer ≥ 1) to record.
 * @returns The {@link Capture} handle, usable directly in `pipe`.
 * @throws RangeError for seconds ≤ 0 or channels not a positive integer.
 *
 * ## Example
 * ```ts
 * import { capture } from '@rxdsp/analysis';
 * const cap = capture({ seconds: 2 });
 * source$.pipe(cap, processing).subscribe({
 *   complete: async () => {
 *     console.log(cap.samplesSeen, cap.left.length);
 *     await cap.toWav('capture.wav');
 *   },
 * });
 * ```
 */
export function capture(options: CaptureOptions = {}): Capture {
  const { seconds, channels } = options;
  if (seconds !== undefined && !(typeof seconds === 'number' && seconds > 0 && Number.isFinite(seconds))) {
    throw new RangeError(`capture: seconds must be a finite number > 0, got ${String(seconds)}`);
  }
  if (channels !== undefined && !(Number.isInteger(channels) && channels >= 1)) {
    throw new RangeError(`capture: channels must be a positive integer, got ${String(channels)}`);
  }

  let bufs: SampleArray[] = [];
  let ctor: ArrayCtor | null = null;
  let rate = Number.NaN;
  let cap = 0;
  let write = 0;
  let held = 0;
  let seen = 0;
  const ring = seconds !== undefined;

  const start = (): void => {
    bufs = [];
    ctor = null;
    rate = Number.NaN;
    cap = 0;
    write = 0;
    held = 0;
    seen = 0;
  };

  const setup = (frame: Frame): void => {
    const nch = frame.channels.length;
    const want = channels ?? nch;
    if (nch < want) throw new FrameFormatError(`capture: frame has ${nch} channels, expected at least ${want}`);
    const first = frame.channels[0] as SampleArray; // the format lock has checked the frame
    ctor = ctorOf(first);
    rate = frame.sampleRate;
    cap = ring ? Math.max(1, Math.ceil(seconds! * rate)) : Math.max(first.length * 16, 4096);
    bufs = Array.from({ length: want }, () => new ctor!(cap));
  };

  const grow = (need: number): void => {
    let next = cap;
    while (next < need) next *= 2;
    bufs = bufs.map((b) => {
      const nb = new ctor!(next);
      nb.set(b.subarray(0, held) as never);
      return nb;
    });
    cap = next;
  };

  const operator = operate<Frame, Frame, FrameFormatLock>(
    () => {
      start();
      return frameFormatLock('capture');
    },
    (frame, lock, out) => {
      // well-formed, and the rate, channel count and sample type of the first frame
      const n = lock.check(frame);
      if (ctor === null) setup(frame);
      const nchWanted = bufs.length;
      if (ring) {
        for (let c = 0; c < nchWanted; c++) {
          const src = frame.channels[c]! as never as Float64Array;
          const dst = bufs[c]! as never as Float64Array;
          // Plain loops where a part of the frame is copied: `subarray` would allocate a view per
          // channel per frame.
          if (n >= cap) {
            for (let i = 0, j = n - cap; i < cap; i++, j++) dst[i] = src[j]!;
          } else if (n <= cap - write) {
            dst.set(src, write);
          } else {
            const first = cap - write;
            for (let i = 0; i < first; i++) dst[write + i] = src[i]!;
            for (let i = first; i < n; i++) dst[i - first] = src[i]!;
          }
        }
        write = n >= cap ? 0 : (write + n) % cap;
        held = Math.min(cap, held + n);
      } else {
        if (held + n > cap) grow(held + n);
        for (let c = 0; c < nchWanted; c++) {
          (bufs[c]! as never as Float64Array).set(frame.channels[c]! as never as Float64Array, held);
        }
        held += n;
        write = held;
      }
      seen += n;
      out.next(frame);
    },
  );

  const read = (i: number): SampleArray => {
    if (ctor === null) return new Float64Array(0);
    const b = bufs[i]!;
    const outArr = new ctor(held);
    if (!ring || held < cap) {
      // not wrapped: the held samples are b[0 … held)
      outArr.set(b.subarray(0, held) as never);
    } else {
      // full ring: the oldest sample is at `write`
      outArr.set(b.subarray(write) as never, 0);
      outArr.set(b.subarray(0, write) as never, cap - write);
    }
    return outArr;
  };

  const channel = (i: number): SampleArray => {
    if (!Number.isInteger(i) || i < 0) throw new RangeError(`capture.channel: i must be a non-negative integer, got ${String(i)}`);
    if (ctor !== null && i >= bufs.length) {
      throw new RangeError(`capture.channel: i = ${i} but the capture has ${bufs.length} channel${bufs.length === 1 ? '' : 's'}`);
    }
    return read(i);
  };

  const toWavBuffer = (): Uint8Array => {
    if (ctor === null || held === 0) throw new RangeError('capture.toWavBuffer: nothing captured yet');
    const wav = new WaveFile();
    const data = bufs.map((_, c) => read(c));
    if (ctor === Int16Array) {
      wav.fromScratch(data.length, rate, '16', data as Int16Array[]);
    } else {
      wav.fromScratch(data.length, rate, '32f', data.map((d) => Float32Array.from(d)));
    }
    return wav.toBuffer();
  };

  const handle = ((source: Observable<Frame>) => operator(source)) as Capture & {
    clear(): void;
  };
  Object.defineProperties(handle, {
    left: { get: () => channel(0) },
    right: {
      get: () => {
        if (ctor !== null && bufs.length < 2) throw new RangeError('capture.right: the capture has 1 channel');
        return channel(1);
      },
    },
    channelCount: { get: () => bufs.length },
    sampleRate: { get: () => rate },
    length: { get: () => held },
    samplesSeen: { get: () => seen },
    capacity: { get: () => cap },
  });
  handle.channel = channel;
  handle.toWavBuffer = toWavBuffer;
  handle.toWav = async (path: string) => {
    if (typeof path !== 'string' || path.length === 0) throw new TypeError(`capture.toWav: path must be a non-empty string, got ${String(path)}`);
    await nodeWriteFile(path, toWavBuffer());
  };
  handle.clear = () => {
    write = 0;
    held = 0;
  };
  return handle;
}
