import { lastValueFrom, Observable, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { tone } from '../sources/tone';
import { reframe } from '../operators/reframe';
import { gain } from '../operators/gain';
import { operate } from './operate';

describe('subscribeLinked: synchronous endless sources stop through core operators', () => {
  it('tone → reframe → gain → take(3) terminates', async () => {
    const frames = await lastValueFrom(tone(440, { sampleRate: 8000, frameLength: 5 }).pipe(reframe(4), gain(2), take(3), toArray()));
    expect(frames.map((f) => f.index)).toEqual([0, 4, 8]);
  });
});

describe('operate', () => {
  it('unsubscribes a synchronous endless source as soon as the output closes', () => {
    let produced = 0;
    const endless = new Observable<number>((s) => {
      for (let i = 0; !s.closed; i++) {
        produced++;
        s.next(i);
      }
    });
    const twice = operate<number, number, undefined>(
      () => undefined,
      (v, _s, out) => out.next(2 * v),
    );
    const seen: number[] = [];
    endless.pipe(twice, take(4)).subscribe((v) => seen.push(v));
    expect(seen).toEqual([0, 2, 4, 6]);
    expect(produced).toBe(4);
  });
});
