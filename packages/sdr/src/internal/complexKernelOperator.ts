import type { OperatorFunction } from 'rxjs';
import { operate } from '@rxdsp/core';
import { KernelDuplicator } from '@rxdsp/filters';
import type { ComplexKernel } from '../kernels/ComplexKernel';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';
import { checkComplexFrame, newComplexLock, type ComplexLock } from './complexLock';

interface State {
  lock: ComplexLock;
  kernels: KernelDuplicator<ComplexKernel>;
  /** Output samples emitted so far + the first output index. */
  nextIndex: number;
}

/**
 * The operator of a complex kernel (one per channel per subscription, created at the first frame
 * from its sample rate), built on core's `operate`. `factor` > 1: a decimating kernel; the output
 * rate is sampleRate / factor, the output index continues from ceil(first index / factor), and a
 * frame that yields no output sample emits nothing.
 */
export function complexKernelOperator(
  fn: string,
  create: (sampleRate: number) => ComplexKernel,
  factor = 1,
): OperatorFunction<ComplexFrame, ComplexFrame> {
  return operate<ComplexFrame, ComplexFrame, State>(
    () => {
      const s: State = { lock: newComplexLock(), kernels: new KernelDuplicator(() => create(s.lock.sampleRate)), nextIndex: -1 };
      return s;
    },
    (frame, s, out) => {
      checkComplexFrame(fn, s.lock, frame);
      if (s.kernels.channels === 0) {
        s.kernels.prepare(s.lock.channels);
        s.nextIndex = Math.ceil(frame.index / factor);
      }
      const ys = s.kernels.map((k, c) => k.process(frame.i[c] as Float64Array, frame.q[c] as Float64Array));
      const oi = ys.map((y) => y.i);
      const oq = ys.map((y) => y.q);
      const n = oi[0]?.length ?? 0;
      if (factor > 1 && n === 0) return;
      const index = factor > 1 ? s.nextIndex : frame.index;
      s.nextIndex += n;
      out.next(makeComplexFrame(oi, oq, frame.sampleRate / factor, index, frame.centerFrequency, frame.time));
    },
  );
}
