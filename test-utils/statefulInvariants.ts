// The house style's standard invariants for every stateful unit, written once:
//   one block = sample by sample = uneven frames = after reframe(N);
//   reset() behaves like a new instance; copy() continues identically.
// A unit is described by an adapter so mono kernels, multichannel kernels and adaptive filters with
// several inputs/outputs (e.g. LMS: input + desired → output + error) all fit.
import { Framer } from '@rxdsp/core';
import { expect } from 'vitest';
import { expectClose } from './index';

/** How to drive a stateful unit from a test. Input and output are planar channel arrays. */
export interface StatefulUnit<K> {
  /** A fresh instance (same arguments every time). */
  create(): K;
  /** Processes one block (all channels, same length) and returns the output channels (new arrays or copies). */
  process(unit: K, block: readonly Float64Array[]): Float64Array[];
  /** Back to the freshly created state. */
  reset(unit: K): void;
  /** An independent instance with the same state. */
  copy(unit: K): K;
}

export interface InvariantOptions {
  /** Relative tolerance of the comparisons (default 0: bit-identical). */
  rtol?: number;
  /** Absolute tolerance (default 0). */
  atol?: number;
  /** Label prefixed to failure messages. */
  label?: string;
  /** Frame lengths of the uneven partitions to try (cycled). Default: three fixed irregular patterns. */
  partitions?: number[][];
  /** Fixed frame lengths for the "after reframe" check (default [64, 1000]). */
  reframeLengths?: number[];
}

/** Splits planar channels into consecutive blocks whose lengths cycle through `pattern` (0 = an empty block; the last may be shorter). */
export function partition(input: readonly Float64Array[], pattern: readonly number[]): Float64Array[][] {
  const n = input[0]?.length ?? 0;
  if (!pattern.some((l) => l > 0)) throw new RangeError('partition: pattern needs a positive length');
  const blocks: Float64Array[][] = [];
  let pos = 0;
  let k = 0;
  while (pos < n) {
    const len = Math.min(n - pos, Math.max(0, pattern[k % pattern.length] as number)); // 0 = an empty block
    blocks.push(input.map((c) => c.slice(pos, pos + len)));
    pos += len;
    k++;
  }
  return blocks;
}

/**
 * Regroups blocks of any lengths into blocks of exactly `len` samples (the last one shorter),
 * with core's {@link Framer}, the engine `reframe(len)` from `@rxdsp/core` runs on a stream.
 */
export function reframeBlocks(blocks: readonly (readonly Float64Array[])[], len: number): Float64Array[][] {
  const nch = blocks[0]?.length ?? 0;
  if (nch === 0) return [];
  const framer = new Framer({ channels: nch, frameLength: len, sampleRate: 1 });
  const out: Float64Array[][] = [];
  for (const b of blocks) framer.push(b, undefined, (f) => void out.push([...f.channels]));
  const last = framer.flush('emit');
  if (last !== undefined) out.push([...last.channels]);
  return out;
}

function concat(outs: readonly Float64Array[][], nch: number): Float64Array[] {
  const total = outs.reduce((s, o) => s + (o[0]?.length ?? 0), 0);
  const res = Array.from({ length: nch }, () => new Float64Array(total));
  let pos = 0;
  for (const o of outs) {
    for (let c = 0; c < nch; c++) res[c]!.set(o[c]!, pos);
    pos += o[0]?.length ?? 0;
  }
  return res;
}

function runBlocks<K>(u: StatefulUnit<K>, k: K, blocks: readonly Float64Array[][]): Float64Array[] {
  const outs = blocks.map((b) => u.process(k, b).map((c) => c.slice()));
  const nch = outs[0]?.length ?? 0;
  return concat(outs, nch);
}

function compare(actual: Float64Array[], expected: Float64Array[], o: InvariantOptions, what: string): void {
  expect(actual.length, `${o.label ?? ''} ${what}: output channel count`).toBe(expected.length);
  for (let c = 0; c < expected.length; c++) {
    expectClose(actual[c]!, expected[c]!, { rtol: o.rtol ?? 0, atol: o.atol ?? 0, label: `${o.label ?? ''} ${what} ch${c}` });
  }
}

/**
 * Checks the standard invariants of a stateful unit on `input` (planar channels, ≥ 8 samples):
 * 1. one block = sample by sample; 2. = uneven frame partitions; 3. = after reframing those frames to
 * fixed lengths; 4. `reset()` after processing behaves like a new instance; 5. `copy()` made mid-signal
 * continues exactly like the original (and the two do not share state).
 * Returns the one-block output for further checks.
 */
export function checkStatefulInvariants<K>(
  u: StatefulUnit<K>,
  input: Float64Array | readonly Float64Array[],
  opts: InvariantOptions = {},
): Float64Array[] {
  const chans: readonly Float64Array[] = input instanceof Float64Array ? [input] : input;
  const n = chans[0]?.length ?? 0;
  const whole = u.process(u.create(), chans).map((c) => c.slice());

  // 1. sample by sample
  compare(runBlocks(u, u.create(), partition(chans, [1])), whole, opts, 'sample by sample');

  // 2. uneven frames
  const patterns = opts.partitions ?? [
    [1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
    [97, 1, 250, 7, 0, 33],
    [Math.max(1, n - 1), 1],
  ];
  for (const p of patterns) {
    compare(runBlocks(u, u.create(), partition(chans, p)), whole, opts, `frames [${p.join(',')}]`);
  }

  // 3. after reframe
  const uneven = partition(chans, [3, 17, 5, 129, 2]);
  for (const len of opts.reframeLengths ?? [64, 1000]) {
    compare(runBlocks(u, u.create(), reframeBlocks(uneven, len)), whole, opts, `after reframe(${len})`);
  }

  // 4. reset() = fresh
  const k = u.create();
  u.process(k, partition(chans, [Math.max(1, Math.floor(n / 3))])[0]!);
  u.reset(k);
  compare(u.process(k, chans).map((c) => c.slice()), whole, opts, 'after reset()');

  // 5. copy() continues identically and independently
  const half = Math.floor(n / 2);
  const [first, second] = partition(chans, [half, n - half]) as [Float64Array[], Float64Array[]];
  const orig = u.create();
  u.process(orig, first);
  const twin = u.copy(orig);
  const fromTwin = u.process(twin, second).map((c) => c.slice());
  // drive the twin further: the original must not notice
  u.process(twin, second);
  const fromOrig = u.process(orig, second).map((c) => c.slice());
  compare(fromTwin, fromOrig, opts, 'copy() vs original');
  compare(fromOrig, whole.map((c) => c.slice(half)), opts, 'copy() second half vs one block');
  return whole;
}
