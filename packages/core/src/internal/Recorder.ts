/**
 * A planar Int16 recording that keeps the newest `maxLength` samples per channel: storage grows
 * by doubling up to `maxLength`, then is overwritten oldest-first (a ring), so a long run holds a
 * fixed amount of memory. Read as ordered copies.
 */
export class Recorder {
  private bufs: Int16Array[];
  /** Samples per channel recorded since the start (kept or overwritten). */
  private total = 0;
  /** Next write position in the storage. */
  private write = 0;
  /** Samples per channel kept (≤ maxLength). */
  private held = 0;

  /**
   * @param channels channel count.
   * @param maxLength samples per channel kept (integer ≥ 1, or Infinity: everything).
   */
  constructor(
    readonly channels: number,
    readonly maxLength = Number.POSITIVE_INFINITY,
  ) {
    this.bufs = Array.from({ length: channels }, () => new Int16Array(Math.min(4096, maxLength)));
  }

  /** Samples per channel recorded since the start, including those no longer kept. */
  get length(): number {
    return this.total;
  }

  /** Position (in samples since the start) of the oldest sample kept. */
  get first(): number {
    return this.total - this.held;
  }

  append(chans: readonly Int16Array[]): void {
    const m = chans[0]?.length ?? 0;
    this.put(m, (c, from, to, at) => (this.bufs[c] as Int16Array).set((chans[c] as Int16Array).subarray(from, to), at));
  }

  appendSilence(m: number): void {
    this.put(m, (c, from, to, at) => (this.bufs[c] as Int16Array).fill(0, at, at + to - from));
  }

  /** The samples kept, oldest first (copies). */
  snapshot(): Int16Array[] {
    const cap = this.bufs[0]?.length ?? 0;
    const start = this.held < cap ? 0 : this.write;
    return this.bufs.map((b) => {
      const out = new Int16Array(this.held);
      const head = Math.min(this.held, cap - start);
      out.set(b.subarray(start, start + head), 0);
      out.set(b.subarray(0, this.held - head), head);
      return out;
    });
  }

  /** Writes samples [from, m) of the block (the newest maxLength of them), in at most two runs. */
  private put(m: number, copy: (c: number, from: number, to: number, at: number) => void): void {
    if (m <= 0) return;
    const from = m > this.maxLength ? m - this.maxLength : 0;
    const n = m - from;
    this.ensure(this.held + n);
    const cap = this.bufs[0]?.length ?? 0;
    const head = Math.min(n, cap - this.write);
    for (let c = 0; c < this.channels; c++) {
      copy(c, from, from + head, this.write);
      if (head < n) copy(c, from + head, m, 0);
    }
    this.write = (this.write + n) % cap;
    this.held = Math.min(cap, this.held + n);
    this.total += m;
  }

  /** Grows the storage (while nothing has wrapped) towards `size`, at most to maxLength. */
  private ensure(size: number): void {
    const cap = this.bufs[0]?.length ?? 0;
    if (size <= cap || cap >= this.maxLength) return;
    let next = Math.max(1, cap);
    while (next < size) next *= 2;
    next = Math.min(next, this.maxLength);
    this.bufs = this.bufs.map((b) => {
      const nb = new Int16Array(next);
      nb.set(b.subarray(0, this.held));
      return nb;
    });
    this.write = this.held;
  }
}
