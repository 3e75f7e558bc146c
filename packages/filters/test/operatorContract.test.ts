// The shared operator contract (test-utils/operatorContract.ts) over every public operator of
// @rxdsp/filters, with fixed and with live (Observable) coefficients.
import { BehaviorSubject } from 'rxjs';
import { operatorContract, type ContractRow } from '@rxdsp/test-utils';
import { asrc, butter, ellip, firFilter, firwin, linearFilter, lms, resample, sosFilter } from '../src/index';

const sos = ellip(4, 0.5, 50, 0.2, { output: 'sos' });
const { b, a } = butter(3, 0.3);
const taps = firwin(31, 0.25);
const longTaps = firwin(181, 0.1);
const finite = (v: unknown): void => {
  for (const ch of (v as { channels: Float64Array[] }).channels) for (const x of ch) if (!Number.isFinite(x)) throw new Error(`non-finite output ${x}`);
};

const rows: ContractRow[] = [
  { name: 'linearFilter(b, a) (3rd-order Butterworth)', op: () => linearFilter(b, a) as never, checkOutput: finite },
  { name: 'linearFilter(b, a) stereo, Float32', op: () => linearFilter(b, a) as never, channels: 2, dtype: 'float32' },
  { name: 'linearFilter(c$) live', op: () => linearFilter(new BehaviorSubject({ b, a })) as never },
  { name: 'sosFilter(ellip sos)', op: () => sosFilter(sos) as never, checkOutput: finite },
  { name: 'sosFilter(sos$) live, stereo', op: () => sosFilter(new BehaviorSubject(sos)) as never, channels: 2 },
  { name: "firFilter(31 taps, 'direct')", op: () => firFilter(taps, { method: 'direct' }) as never },
  { name: "firFilter(181 taps, 'fft')", op: () => firFilter(longTaps, { method: 'fft' }) as never, frameLength: 256 },
  { name: 'firFilter(taps$) live', op: () => firFilter(new BehaviorSubject<ArrayLike<number>>(taps)) as never },
  { name: 'lms({ taps: 8, mu: 0.1, normalized: true })', op: () => lms({ taps: 8, mu: 0.1, normalized: true }) as never, channels: 2 },
  // completion flushes the filter's tail: one more frame than came in
  { name: 'resample({ up: 3, down: 2 })', op: () => resample({ up: 3, down: 2 }) as never, channels: 2, onePerFrame: false },
  { name: 'resample({ up: 1, down: 4 }) (decimating)', op: () => resample({ up: 1, down: 4 }) as never, onePerFrame: false },
  { name: 'asrc({ ratio$ }) (explicit ratio: the contract frames carry no time)', op: () => asrc({ outputSampleRate: 8000, ratio$: new BehaviorSubject(1.0001) }) as never, onePerFrame: false },
];
operatorContract(rows);
