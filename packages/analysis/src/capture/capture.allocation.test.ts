// Per-frame allocation checks for the streaming operators (issue 6: "a ring buffer, no
// re-allocation per frame"). A TypedArray view made by `subarray` or a copy made by `slice` is
// an allocation; these tests count such calls while frames stream through.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Subject } from 'rxjs';
import type { Frame } from '@rxdsp/core';
import { capture } from './capture';
import { psd } from '../operators/psd';

const frame = (index: number, n: number): Frame<Float32Array> => ({
  channels: [Float32Array.from({ length: n }, (_, i) => Math.sin(index + i)), new Float32Array(n).fill(0.5)],
  sampleRate: 1000,
  index,
});

afterEach(() => vi.restoreAllMocks());

describe('no TypedArray allocation per frame', () => {
  it('capture({ seconds }): ring writes, including wrapping frames and frames longer than the ring', () => {
    // regression: the ring path took `subarray` views of every frame (one or two per channel per frame)
    const frames = [37, 64, 100, 250, 1500, 13, 999].map((n, k) => frame(k * 2000, n));
    const cap = capture({ seconds: 1 }); // 1000 samples
    const src = new Subject<Frame>();
    src.pipe(cap).subscribe();
    src.next(frame(0, 64)); // the first frame allocates the ring
    const sub = vi.spyOn(Float32Array.prototype, 'subarray');
    const slice = vi.spyOn(Float32Array.prototype, 'slice');
    for (let r = 0; r < 20; r++) for (const f of frames) src.next(f);
    expect(sub).not.toHaveBeenCalled();
    expect(slice).not.toHaveBeenCalled();
    // and the ring still holds the newest 1000 samples: the last frame (999) preceded by the tail of the one before (13)
    const left = cap.left;
    expect(left.length).toBe(1000);
    expect(left[999]).toBe(frames[6]!.channels[0]![998]);
    expect(left[0]).toBe(frames[5]!.channels[0]![12]);
  });

  it('psd: frames that do not emit allocate nothing', () => {
    const src = new Subject<Frame>();
    const out: unknown[] = [];
    src.pipe(psd({ nperseg: 256, everyFrames: 1_000_000 })).subscribe((e) => out.push(e));
    src.next(frame(0, 512));
    const ctor = vi.spyOn(Float64Array.prototype, 'slice');
    const sub = vi.spyOn(Float64Array.prototype, 'subarray');
    for (let k = 1; k < 50; k++) src.next(frame(k * 512, 512));
    expect(ctor).not.toHaveBeenCalled();
    expect(sub).not.toHaveBeenCalled();
    expect(out).toEqual([]);
  });
});
