import type { Observable } from 'rxjs';
import type { Frame, SampleArray } from '@rxdsp/core';

/**
 * Collects a finite, unpaced (synchronous) frame source into one array per channel, e.g.
 * a few seconds of seeded noise to hand to `loopAudio`. Throws if the source does not
 * complete synchronously (a paced or endless source).
 */
export function collectSamples<T extends SampleArray>(source: Observable<Frame<T>>, Ctor: new (n: number) => T): T[] {
  const frames: Frame<T>[] = [];
  let completed = false;
  let failure: unknown;
  source.subscribe({ next: (f) => frames.push(f), error: (e: unknown) => (failure = e), complete: () => (completed = true) }).unsubscribe();
  if (failure !== undefined) throw failure;
  if (!completed) throw new RangeError('collectSamples: the source did not complete synchronously (pass a finite source without a scheduler)');
  const channels = frames[0]?.channels.length ?? 0;
  const n = frames.reduce((s, f) => s + (f.channels[0]?.length ?? 0), 0);
  const out = Array.from({ length: channels }, () => new Ctor(n));
  let at = 0;
  for (const f of frames) {
    f.channels.forEach((x, c) => out[c]!.set(x, at));
    at += f.channels[0]?.length ?? 0;
  }
  return out;
}
