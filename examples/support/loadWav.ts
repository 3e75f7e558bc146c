import { lastValueFrom, toArray } from 'rxjs';
import { toInt16, type Frame } from '@rxdsp/core';
import { readWav } from '@rxdsp/core/node';

/** A WAV file read whole: Int16 samples per channel and the file's sample rate. */
export interface LoadedWav {
  readonly sampleRate: number;
  readonly channels: readonly Int16Array[];
}

/** Reads a whole WAV file with core's `readWav` into one Int16 array per channel (for `loopAudio`). */
export async function loadWav(path: string): Promise<LoadedWav> {
  const frames: Frame<Int16Array>[] = await lastValueFrom(readWav(path, { frameLength: 8192 }).pipe(toInt16({ scale: 'int16' }), toArray()), { defaultValue: [] });
  const first = frames[0];
  if (!first) return { sampleRate: 0, channels: [] };
  const n = frames.reduce((s, f) => s + (f.channels[0]?.length ?? 0), 0);
  const channels = first.channels.map(() => new Int16Array(n));
  let at = 0;
  for (const f of frames) {
    f.channels.forEach((x, c) => channels[c]!.set(x, at));
    at += f.channels[0]?.length ?? 0;
  }
  return { sampleRate: first.sampleRate, channels };
}
