// @rxdsp/examples — the course's applications as runnable rxdsp examples, for the CLI and the panel.
import type { ExampleDefinition } from '@rxdsp/runtime';
import { crossPanning } from './cross-panning';
import { iirLowpass } from './iir-lowpass';
import { iirNotch } from './iir-notch';
import { loopThrough } from './loop-through';
import { noiseMeasurement } from './noise-measurement';
import { remezBandpass } from './remez-bandpass';
import { stereoGain } from './stereo-gain';
import { threeBandEq } from './three-band-eq';
import { wavPlayback } from './wav-playback';

/** The nine examples, in the order. */
export const examples: readonly ExampleDefinition[] = [
  loopThrough,
  iirLowpass,
  remezBandpass,
  iirNotch,
  threeBandEq,
  stereoGain,
  crossPanning,
  wavPlayback,
  noiseMeasurement,
];

/** Finds an example by name. */
export function findExample(name: string): ExampleDefinition | undefined {
  return examples.find((e) => e.name === name);
}

/**
 * The FM receiver (Part 3): not in {@link examples}, because it needs an rtl_tcp server
 * (`rxdsp sdr fm`, or the test server `npx tsx test-utils/rtlTcpServer.ts`).
 */
export { fmReceiverExample } from './fm-receiver';
export { crossPanning, iirLowpass, iirNotch, loopThrough, noiseMeasurement, remezBandpass, stereoGain, threeBandEq, wavPlayback };
