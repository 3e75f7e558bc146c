/** What {@link KernelDuplicator} needs of a mono kernel: the house kernel lifecycle. */
export interface DuplicableKernel {
  /** Back to the freshly created state. */
  reset(): void;
  /** An independent kernel in the same state (of the kernel's own type). */
  copy(): unknown;
}

/** A mono kernel that filters one block into a new Float64Array (the filters' kernels). */
interface BlockKernel {
  process(input: ArrayLike<number>): Float64Array;
}

/**
 * One mono kernel per channel (JUCE's `ProcessorDuplicator`): created from a kernel factory
 * that closes over one coefficient object, which every channel's kernel shares (coefficients
 * are immutable; only the per-channel state differs). The operators that filter every channel
 * alike hold one per subscription: {@link prepare} creates the kernels at the first frame, for
 * its channel count (which the frame format lock then keeps fixed), and {@link process} runs
 * each channel through its own kernel.
 *
 * ```text
 * new KernelDuplicator((c) => new SosFilterKernel(sos))   kernels: []
 * process([x0, x1])                                       kernels: [k0, k1];  [k0(x0), k1(x1)]
 * process([x0', x1'])                                     [k0(x0'), k1(x1')]  (state carried per channel)
 * ```
 *
 * Plain TypeScript, no RxJS; `reset()` and `copy()` act on every channel's kernel.
 *
 * ## Example
 * ```ts
 * import { butter, KernelDuplicator, SosFilterKernel } from '@rxdsp/filters';
 * const sos = butter(4, 0.2, { output: 'sos' });
 * const stereo = new KernelDuplicator(() => new SosFilterKernel(sos));
 * const [left, right] = stereo.process([new Float64Array(256), new Float64Array(256)]);
 * ```
 *
 * @typeParam K the mono kernel type.
 */
export class KernelDuplicator<K extends DuplicableKernel> {
  private readonly list: K[];

  /**
   * @param create makes the kernel of channel `channel` (0-based), sharing the coefficients it closes over.
   * @param kernels kernels to start with, one per channel (what {@link copy} passes); default none.
   * @throws TypeError when `create` is not a function.
   */
  constructor(
    private readonly create: (channel: number) => K,
    kernels: readonly K[] = [],
  ) {
    if (typeof create !== 'function') throw new TypeError(`KernelDuplicator: create must be a function, got ${typeof create}`);
    this.list = kernels.slice();
  }

  /** Channels that have a kernel (0 before {@link prepare}). */
  get channels(): number {
    return this.list.length;
  }

  /** The kernels, channel by channel (read-only view; the kernels themselves are live). */
  get kernels(): readonly K[] {
    return this.list;
  }

  /**
   * Creates the kernels for `channels` channels the first time; afterwards the count must stay
   * the same (the operators' frame format lock guarantees it). Returns this duplicator.
   * @param channels channel count, integer ≥ 1.
   * @throws RangeError when `channels` differs from the count already prepared.
   */
  prepare(channels: number): this {
    const have = this.list.length;
    if (have === channels) return this;
    if (have !== 0) throw new RangeError(`KernelDuplicator.prepare: channels is fixed at ${have}, got ${channels}`);
    for (let c = 0; c < channels; c++) this.list.push(this.create(c));
    return this;
  }

  /** The kernel of channel `channel`. @throws RangeError for a channel without a kernel. */
  at(channel: number): K {
    const k = this.list[channel];
    if (k === undefined) throw new RangeError(`KernelDuplicator.at: no kernel for channel ${channel} (${this.list.length} prepared)`);
    return k;
  }

  /** `fn(kernel, channel)` for every channel, in order, the results in an array. */
  map<R>(fn: (kernel: K, channel: number) => R): R[] {
    const out: R[] = [];
    for (let c = 0; c < this.list.length; c++) out.push(fn(this.list[c] as K, c));
    return out;
  }

  /**
   * Runs each input channel through its channel's kernel (preparing them at the first call):
   * `[k0.process(x0), k1.process(x1), …]`, new Float64Arrays. For the kernels whose
   * `process(input)` filters one block (`LinearFilterKernel`, `SosFilterKernel`, `FirKernel` …);
   * kernels of other shapes go through {@link map}.
   */
  process(this: KernelDuplicator<K & BlockKernel>, inputs: readonly ArrayLike<number>[]): Float64Array[] {
    this.prepare(inputs.length);
    return this.map((k, c) => k.process(inputs[c] as ArrayLike<number>));
  }

  /** Replaces every channel's kernel by `fn(kernel, channel)` (e.g. new coefficients applied at a frame boundary). */
  replace(fn: (kernel: K, channel: number) => K): void {
    for (let c = 0; c < this.list.length; c++) this.list[c] = fn(this.list[c] as K, c);
  }

  /** Resets every channel's kernel to its freshly created state (the kernels are kept). */
  reset(): void {
    for (const k of this.list) k.reset();
  }

  /** An independent duplicator: the same factory, a copy of every channel's kernel. */
  copy(): KernelDuplicator<K> {
    return new KernelDuplicator(
      this.create,
      this.list.map((k) => k.copy() as K),
    );
  }
}
