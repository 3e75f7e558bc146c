import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutputResync } from './OutputResync';

const N = 256;

describe('OutputResync', () => {
  it('writes while the queue stays within the cushion plus one frame', () => {
    const r = new OutputResync(N, N);
    for (const ahead of [0, N, 2 * N, N, 0, 2 * N]) expect(r.admit(ahead, N)).toBe('write');
    expect(r.resyncs).toBe(0);
    expect(r.droppedSamples).toBe(0);
  });

  it('a queue longer than cushion + 1 frame starts one resync; frames are dropped until the cushion is reached', () => {
    const r = new OutputResync(N, N);
    // the marble of the doc comment: 0 1 2 3✕ 3✕ 2✕ 1 1 (in frames)
    const verdicts = [0, 1, 2, 3, 3, 2, 1, 1].map((f) => r.admit(f * N, N));
    expect(verdicts).toEqual(['write', 'write', 'write', 'start', 'drop', 'drop', 'write', 'write']);
    expect(r.resyncs).toBe(1);
    expect(r.droppedSamples).toBe(3 * N);
    expect(r.resyncing).toBe(false);
  });

  it('cushion 0: the queue ahead is 0 or 1 frame; 2 frames resync back to 0', () => {
    const r = new OutputResync(0, N);
    expect([0, N, N, 2 * N, N, 0, N].map((a) => r.admit(a, N))).toEqual(['write', 'write', 'write', 'start', 'drop', 'write', 'write']);
    expect(r.resyncs).toBe(1);
  });

  it('property: whatever the queue lengths, every frame admitted while the queue exceeds cushion + 1 frame is dropped, and drops are counted exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 200 }), (cushionFrames, aheads) => {
        const r = new OutputResync(cushionFrames * N, N);
        let dropped = 0;
        let starts = 0;
        for (const f of aheads) {
          const v = r.admit(f * N, N);
          if (f > cushionFrames + 1) expect(v).not.toBe('write');
          if (f <= cushionFrames) expect(v).toBe('write');
          if (v !== 'write') dropped += N;
          if (v === 'start') starts++;
        }
        expect(r.droppedSamples).toBe(dropped);
        expect(r.resyncs).toBe(starts);
      }),
    );
  });
});
