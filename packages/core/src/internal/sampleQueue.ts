/**
 * A planar FIFO of Int16 samples (one queue per channel, all the same length), fed with arrays
 * of any length and read in blocks. Pushed arrays are kept by reference (read-only: the frame
 * ownership rule) and copied out on read.
 */
export class SampleQueue {
  private readonly chunks: Int16Array[][] = [];
  private head = 0; // read offset into chunks[0]
  private size = 0;

  constructor(readonly channels: number) {}

  /** Samples per channel queued. */
  get length(): number {
    return this.size;
  }

  /** Appends one block (one array per channel, equal lengths). */
  push(chans: readonly Int16Array[]): void {
    const n = chans[0]?.length ?? 0;
    if (n === 0) return;
    this.chunks.push(chans.slice());
    this.size += n;
  }

  /** Removes and returns `n` samples per channel (n ≤ length), in new arrays. */
  pop(n: number): Int16Array[] {
    const out = Array.from({ length: this.channels }, () => new Int16Array(n));
    let filled = 0;
    while (filled < n) {
      const chunk = this.chunks[0] as Int16Array[];
      const avail = (chunk[0] as Int16Array).length - this.head;
      const take = Math.min(avail, n - filled);
      for (let c = 0; c < this.channels; c++) (out[c] as Int16Array).set((chunk[c] as Int16Array).subarray(this.head, this.head + take), filled);
      filled += take;
      this.head += take;
      if (this.head === (chunk[0] as Int16Array).length) {
        this.chunks.shift();
        this.head = 0;
      }
    }
    this.size -= n;
    return out;
  }

  clear(): void {
    this.chunks.length = 0;
    this.head = 0;
    this.size = 0;
  }
}

/** A growing planar Int16 recording (capacity doubles), read as trimmed copies. */
export class Recorder {
  private bufs: Int16Array[];
  private n = 0;

  constructor(readonly channels: number, capacity = 4096) {
    this.bufs = Array.from({ length: channels }, () => new Int16Array(capacity));
  }

  get length(): number {
    return this.n;
  }

  append(chans: readonly Int16Array[]): void {
    const m = chans[0]?.length ?? 0;
    this.ensure(this.n + m);
    for (let c = 0; c < this.channels; c++) (this.bufs[c] as Int16Array).set(chans[c] as Int16Array, this.n);
    this.n += m;
  }

  appendSilence(m: number): void {
    this.ensure(this.n + m); // new capacity is zero-filled; reused capacity is cleared here
    for (let c = 0; c < this.channels; c++) (this.bufs[c] as Int16Array).fill(0, this.n, this.n + m);
    this.n += m;
  }

  snapshot(): Int16Array[] {
    return this.bufs.map((b) => b.slice(0, this.n));
  }

  private ensure(size: number): void {
    const cap = this.bufs[0]?.length ?? 0;
    if (size <= cap) return;
    let next = Math.max(1, cap);
    while (next < size) next *= 2;
    this.bufs = this.bufs.map((b) => {
      const nb = new Int16Array(next);
      nb.set(b.subarray(0, this.n));
      return nb;
    });
  }
}
