import { Subject, type Observable } from 'rxjs';
import { NonFiniteError } from '../types/errors';
import { checkOneOf, describeValue } from '../validate/validate';

/**
 * What an operator whose state feeds back (an IIR filter, an adaptive filter, a running
 * average) does with non-finite samples (NaN, ±Infinity):
 * - `'reset'` (default): non-finite input samples count as 0 for the state (and come out as the
 *   filter's response to 0); if the state becomes non-finite anyway (an unstable or overflowing
 *   filter), the output sample where it shows becomes 0, the state is reset to its initial value
 *   and filtering goes on from the next sample.
 *   The stream goes on; every event is reported (see {@link NonFiniteEvent}).
 * - `'error'`: the stream errors with {@link NonFiniteError} (code `NON_FINITE`) naming the
 *   frame index, channel and sample offset.
 * - `'propagate'`: scipy's behaviour: the values go into the state, which may stay non-finite
 *   for the rest of the stream.
 */
export type NonFinitePolicy = 'reset' | 'error' | 'propagate';

/** The policies, for validation and documentation. */
export const NON_FINITE_POLICIES = ['reset', 'error', 'propagate'] as const;

/** One non-finite event of an operator under the `'reset'` policy. */
export interface NonFiniteEvent {
  /** The operator (public function) that saw it. */
  readonly fn: string;
  /**
   * `'input'`: non-finite input samples were replaced by 0 for the state; `'state'`: the state
   * (or output) became non-finite and the state was reset to zero.
   */
  readonly kind: 'input' | 'state';
  /** Index of the frame (stream position of its first sample). */
  readonly frameIndex: number;
  /** Channel concerned. */
  readonly channel: number;
  /** Offset of the first non-finite sample within the frame. */
  readonly offset: number;
  /** Number of non-finite samples in that channel of that frame. */
  readonly count: number;
}

/** The non-finite options every stateful operator takes. */
export interface NonFiniteOptions {
  /** What to do with NaN/±Infinity samples (default `'reset'`): see {@link NonFinitePolicy}. */
  readonly nonFinite?: NonFinitePolicy;
  /** Called synchronously with each event (in addition to the operator's `events$`). */
  readonly onNonFinite?: (event: NonFiniteEvent) => void;
}

/** An operator that reports non-finite events: it has an `events$` Observable. */
export interface NonFiniteReporting {
  /**
   * Every {@link NonFiniteEvent} of every active subscription of the operator, synchronously as
   * it happens. Hot: it emits only while a subscription runs and does not replay; it never
   * completes or errors (the stream itself carries completion and errors).
   */
  readonly events$: Observable<NonFiniteEvent>;
}

/** Float sample arrays. */
type FloatArray = Float32Array | Float64Array;

/** Offset of the first non-finite value of `x`, or −1. One multiply-add per sample when all are finite. */
export function firstNonFinite(x: ArrayLike<number>): number {
  // x·0 is 0 for a finite x and NaN otherwise; four independent sums keep the loop from waiting on one add chain.
  const n = x.length;
  const n4 = n - (n % 4);
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
  for (let i = 0; i < n4; i += 4) {
    a0 += (x[i] as number) * 0;
    a1 += (x[i + 1] as number) * 0;
    a2 += (x[i + 2] as number) * 0;
    a3 += (x[i + 3] as number) * 0;
  }
  for (let i = n4; i < n; i++) a0 += (x[i] as number) * 0;
  if (a0 + a1 + a2 + a3 === 0) return -1;
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i] as number)) return i;
  return -1;
}

function countNonFinite(x: ArrayLike<number>, from: number): number {
  let n = 0;
  for (let i = from; i < x.length; i++) if (!Number.isFinite(x[i] as number)) n++;
  return n;
}

/**
 * The non-finite policy of one operator: validated options plus the operator's `events$`.
 * Create it when the operator is created; call {@link NonFiniteGuard.connect} in `init` for the
 * per-subscription checks. Shared by every stateful operator in every rxdsp package.
 *
 * ## Example
 * ```ts
 * import { nonFiniteGuard, operate, frameFormatLock, makeFrame, type Frame } from '@rxdsp/core';
 * const guard = nonFiniteGuard('leaky', {});
 * let state = 0;
 * const leaky = operate<Frame<Float64Array>, Frame<Float64Array>, ReturnType<typeof frameFormatLock>>(
 *   () => frameFormatLock('leaky', { types: 'float', channels: 1 }),
 *   (frame, lock, out) => {
 *     lock.check(frame);
 *     const x = guard.input(frame.channels[0]!, frame.index, 0);   // NaN → 0 under 'reset'
 *     const y = x.map((v) => (state = 0.9 * state + v));
 *     if (guard.output(y, frame.index, 0) >= 0) state = 0;          // (a filter would rerun the rest of the frame)
 *     out.next(makeFrame([y], frame.sampleRate, frame.index, frame.time));
 *   },
 * );
 * ```
 */
export class NonFiniteGuard implements NonFiniteReporting {
  readonly policy: NonFinitePolicy;
  private readonly subject = new Subject<NonFiniteEvent>();
  readonly events$: Observable<NonFiniteEvent> = this.subject.asObservable();
  private readonly onEvent: ((e: NonFiniteEvent) => void) | undefined;

  constructor(
    readonly fn: string,
    opts: NonFiniteOptions,
  ) {
    this.policy = checkOneOf(fn, 'opts.nonFinite', opts.nonFinite ?? 'reset', NON_FINITE_POLICIES);
    if (opts.onNonFinite !== undefined && typeof opts.onNonFinite !== 'function') {
      throw new TypeError(`${fn}: opts.onNonFinite must be a function, got ${describeValue(opts.onNonFinite)}`);
    }
    this.onEvent = opts.onNonFinite;
  }

  private report(kind: NonFiniteEvent['kind'], frameIndex: number, channel: number, offset: number, count: number): void {
    const e: NonFiniteEvent = { fn: this.fn, kind, frameIndex, channel, offset, count };
    this.onEvent?.(e);
    this.subject.next(e);
  }

  private fail(what: string, frameIndex: number, channel: number, offset: number, value: number): never {
    throw new NonFiniteError(
      `${this.fn}: ${what} ${value} at sample ${offset} of channel ${channel} of the frame at index ${frameIndex} ` +
        "(opts.nonFinite is 'error'; 'reset' zeroes it and goes on)",
      frameIndex,
      channel,
      offset,
    );
  }

  /**
   * The input to feed the state: `x` itself when all its samples are finite (or under
   * `'propagate'`); under `'reset'` a copy with non-finite samples replaced by 0 (reported as an
   * `'input'` event); under `'error'` a throw of {@link NonFiniteError}.
   */
  input<A extends FloatArray>(x: A, frameIndex: number, channel: number): A {
    if (this.policy === 'propagate') return x;
    const at = firstNonFinite(x);
    if (at < 0) return x;
    if (this.policy === 'error') this.fail('non-finite input sample', frameIndex, channel, at, x[at] as number);
    const clean = x.slice() as A;
    for (let i = at; i < clean.length; i++) if (!Number.isFinite(clean[i] as number)) clean[i] = 0;
    this.report('input', frameIndex, channel, at, countNonFinite(x, at));
    return clean;
  }

  /**
   * Checks an output computed from finite input, from offset `from` on. Returns −1 when it is
   * finite (or under `'propagate'`, which checks nothing). Otherwise, under `'reset'`, sets the
   * first non-finite output to 0, reports a `'state'` event and returns its offset: the caller
   * resets its state there and runs the rest of the frame again from `offset + 1` (then checks
   * again from there), so at most that sample is lost. Under `'error'` it throws
   * {@link NonFiniteError}.
   */
  output(y: FloatArray, frameIndex: number, channel: number, from = 0): number {
    if (this.policy === 'propagate') return -1;
    const rel = firstNonFinite(from === 0 ? y : y.subarray(from));
    if (rel < 0) return -1;
    const at = from + rel;
    if (this.policy === 'error') this.fail('the state became non-finite: output', frameIndex, channel, at, y[at] as number);
    y[at] = 0;
    this.report('state', frameIndex, channel, at, 1);
    return at;
  }
}

/**
 * A {@link NonFiniteGuard} for the operator `fn` from its options (validated now: a bad
 * `nonFinite` value throws a RangeError naming `fn`).
 * @param fn the public function's name
 * @param opts `nonFinite` policy (default `'reset'`) and `onNonFinite` callback
 */
export function nonFiniteGuard(fn: string, opts: NonFiniteOptions): NonFiniteGuard {
  return new NonFiniteGuard(fn, opts);
}
