// Internal: the shared body of linearFilter, sosFilter and firFilter, built on core's operator
// machinery (operate, liveParameter, frameFormatLock, nonFiniteGuard). One kernel per channel per
// subscription (created at the first frame, dropped on teardown), fixed or live coefficients.
import {
  frameFormatLock,
  liveParameter,
  makeFrame,
  nonFiniteGuard,
  operate,
  type Frame,
  type FrameFormatLock,
  type LiveParameter,
  type LiveParameterValue,
  type NonFiniteOptions,
  type NonFiniteReporting,
} from '@rxdsp/core';
import type { OperatorFunction } from 'rxjs';
import type { FloatArray } from '../kernels/FilterKernel';
import { KernelDuplicator, type DuplicableKernel } from '../kernels/KernelDuplicator';

/** What a filter operator needs from its kernel family. `C` is the validated coefficient value. */
export interface KernelFamily<C, K extends DuplicableKernel> {
  /** Operator name for messages. */
  readonly fn: string;
  /** Validates raw coefficients (throws RangeError/TypeError with the operator's name). */
  validate(raw: unknown): C;
  /** A kernel for one channel; `first` is that channel's first input sample (for steady-state zi). */
  create(c: C, frameLength: number, first: number): K;
  /** Applies new coefficients at a frame boundary; returns the kernel to use from now on. */
  update(k: K, c: C, frameLength: number): K;
  /** Filters one channel of one frame into `out`. */
  process(k: K, input: FloatArray, out: FloatArray): void;
}

/** Float frames the filter operators accept (Int16 frames error: convert with `toFloat` first). */
export type FloatFrame = Frame<Float32Array> | Frame<Float64Array>;

/**
 * A filter operator: use it in `pipe`; its `events$` reports non-finite samples met under the
 * `'reset'` policy (see `NonFinitePolicy` in `@rxdsp/core`).
 */
export interface FilterOperator<T extends FloatFrame = FloatFrame> extends OperatorFunction<T, T>, NonFiniteReporting {}

/** Splits the overloaded "coefficients or Observable" argument, validating fixed ones now. */
export function coefficientSource<C>(family: KernelFamily<C, DuplicableKernel>, raw: unknown): LiveParameter<C> {
  return liveParameter<C>(family.fn, 'the coefficients Observable', raw as C, (v) => family.validate(v));
}

interface State<K extends DuplicableKernel> {
  readonly lock: FrameFormatLock;
  readonly coefficients: LiveParameterValue<unknown>;
  version: number;
  kernels: KernelDuplicator<K> | undefined;
}

/**
 * Builds the operator from a kernel family, its coefficients (constant or live) and the
 * non-finite options. Per frame: format check (float channels, fixed rate and channel count),
 * the coefficients that apply, the non-finite policy on the input, the kernels, the policy on
 * the output (a state gone non-finite is reset).
 */
export function filterOperator<C, K extends DuplicableKernel, T extends FloatFrame>(
  family: KernelFamily<C, K>,
  coefficients: LiveParameter<C>,
  opts: NonFiniteOptions = {},
): FilterOperator<T> {
  const { fn } = family;
  const guard = nonFiniteGuard(fn, opts);
  const op = operate<T, T, State<K>>(
    (out) => {
      const s: State<K> = {
        lock: frameFormatLock(fn, { types: 'float', typeMayChange: true }),
        coefficients: coefficients.connect(out),
        version: -1,
        kernels: undefined,
      };
      out.add(() => {
        s.kernels = undefined;
      });
      return s;
    },
    (frame, s, out) => {
      const n = s.lock.check(frame);
      const c = s.coefficients.get() as C;
      const chans = frame.channels as readonly FloatArray[];
      const inputs = chans.map((x, ch) => guard.input(x, frame.index, ch));
      let kernels = s.kernels;
      if (kernels === undefined) {
        // one kernel per channel, sharing the coefficients; each starts from its channel's first sample
        kernels = new KernelDuplicator((ch) => {
          const x = inputs[ch] as FloatArray;
          return family.create(c, n, x.length > 0 ? (x[0] as number) : 0);
        }).prepare(inputs.length);
        s.kernels = kernels;
      } else if (s.coefficients.version !== s.version) {
        kernels.replace((k) => family.update(k, c, n));
      }
      s.version = s.coefficients.version;
      const outs: FloatArray[] = [];
      for (let ch = 0; ch < inputs.length; ch++) {
        const x = inputs[ch] as FloatArray;
        const y = x instanceof Float32Array ? new Float32Array(n) : new Float64Array(n);
        const k = kernels.at(ch);
        family.process(k, x, y);
        // A state gone non-finite (overflow, instability) is reset where it shows; the rest of
        // the frame is filtered again from the reset state.
        for (let at = guard.output(y, frame.index, ch); at >= 0; at = guard.output(y, frame.index, ch, at + 1)) {
          k.reset();
          if (at + 1 < n) family.process(k, x.subarray(at + 1), y.subarray(at + 1));
        }
        outs.push(y);
      }
      out.next(makeFrame(outs, frame.sampleRate, frame.index, frame.time) as T);
    },
  );
  return Object.assign(op, { events$: guard.events$ });
}
