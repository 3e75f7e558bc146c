import { describe, expect, it } from 'vitest';
import { checkStatefulInvariants, expectClose, loadFixture, randn } from '@rxdsp/test-utils';
import type { ComplexBlock } from './ComplexKernel';
import { MIX_ANCHOR_SAMPLES, MixKernel } from './MixKernel';

interface Pair {
  i: number[];
  q: number[];
}
const fx = loadFixture<{ mix: { f: number; fs: number; x: Pair; y: Pair }[] }>('../../fixtures/sdr.json', import.meta.url);

describe('MixKernel', () => {
  for (const c of fx.mix) {
    it(`= x·exp(j2π·${c.f}·n/${c.fs}) (numpy) to 1e-12`, () => {
      const y = new MixKernel({ frequencyHz: c.f, sampleRate: c.fs }).process(c.x.i, c.x.q);
      expectClose(y.i, c.y.i, { rtol: 1e-9, atol: 1e-11, label: 'I' });
      expectClose(y.q, c.y.q, { rtol: 1e-9, atol: 1e-11, label: 'Q' });
    });
  }

  it('stateful invariants (bit-identical whatever the framing: the re-anchoring counts absolute samples)', () => {
    checkStatefulInvariants(
      {
        create: () => new MixKernel({ frequencyHz: 1234.5, sampleRate: 48000 }),
        process: (k, [i, q]) => {
          const y = k.process(i!, q!);
          return [y.i, y.q];
        },
        reset: (k) => k.reset(),
        copy: (k) => k.copy(),
      },
      [randn(3 * MIX_ANCHOR_SAMPLES + 17, 1), randn(3 * MIX_ANCHOR_SAMPLES + 17, 2)],
    );
  });

  it('no drift: after 10⁷ samples (≈ 4 s at 2.4 MS/s) the phasor still has |z| = 1 and the phase φ₀ + n·ω (mod 2π)', () => {
    const fs = 2.4e6;
    const f = -400e3 + 0.123;
    const k = new MixKernel({ frequencyHz: f, sampleRate: fs });
    const block = 100_000;
    const ones = new Float64Array(block).fill(1);
    const zeros = new Float64Array(block);
    let last: ComplexBlock = { i: new Float64Array(0), q: new Float64Array(0) };
    for (let r = 0; r < 100; r++) last = k.process(ones, zeros);
    const n = 100 * block - 1; // the last sample
    // exact phase with integer arithmetic on cycles: f·n/fs = (f·n mod fs)/fs
    const cycles = ((f * n) % fs) / fs;
    const expected = 2 * Math.PI * cycles;
    const got = Math.atan2(last.q[block - 1]!, last.i[block - 1]!);
    const err = Math.abs(Math.atan2(Math.sin(got - expected), Math.cos(got - expected)));
    expect(err).toBeLessThan(1e-7);
    expect(Math.abs(Math.hypot(last.i[block - 1]!, last.q[block - 1]!) - 1)).toBeLessThan(1e-12);
  });

  it('setFrequency keeps the phase continuous', () => {
    const k = new MixKernel({ frequencyHz: 1000, sampleRate: 48000 });
    const a = k.process(new Float64Array(100).fill(1), new Float64Array(100));
    const phaseNext = k.getState().phase;
    k.setFrequency(3000);
    const b = k.process([1], [0]);
    expect(Math.atan2(b.q[0]!, b.i[0]!)).toBeCloseTo(phaseNext, 12);
    const prev = Math.atan2(a.q[99]!, a.i[99]!);
    expect(phaseNext - prev).toBeCloseTo((2 * Math.PI * 1000) / 48000, 12);
  });

  it('bad options name the parameter', () => {
    expect(() => new MixKernel({ frequencyHz: Number.NaN, sampleRate: 1 })).toThrow(/MixKernel: opts.frequencyHz must be a finite number, got NaN/);
    expect(() => new MixKernel({ frequencyHz: 0, sampleRate: 0 })).toThrow(/MixKernel: opts.sampleRate must be a finite number > 0, got 0/);
  });
});
