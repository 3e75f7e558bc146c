// Two small definitions for the runtime's own tests (the examples depend on the runtime, not the
// other way round): a duplex pass-through (y = x), and a playback run of white noise.
import { map } from 'rxjs';
import { tone, whiteNoise } from '@rxdsp/core';
import type { ExampleDefinition, ExampleReport } from '../../src/ExampleDefinition';

/** The report of both definitions: nothing printed or written (the tests read the result's captures). */
const EMPTY_REPORT: ExampleReport = { lines: [], files: [], figures: {} };

/** Duplex y = x on a 1 kHz tone (the simulated device's ADC), 48 kHz, 1024-sample frames. */
export const passThrough: ExampleDefinition = {
  name: 'pass-through',
  title: 'y = x',
  description: 'Every ADC frame goes unchanged to the DAC.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 5 },
  create(settings) {
    return {
      parameters: [],
      simulatedInput: (seconds) =>
        tone(1000, { amplitude: 8000, dtype: 'int16', sampleRate: settings.sampleRate, frameLength: settings.frameLength, channels: settings.channels, seconds }),
      pipeline: map((f) => ({ ...f, channels: f.channels.map((c) => c.slice()) })),
      finish: async () => EMPTY_REPORT,
    };
  },
};

/** Playback of seeded white noise (paced by the run's scheduler) through y = x. */
export const noisePlayback: ExampleDefinition = {
  name: 'noise-playback',
  title: 'white noise to the DAC',
  description: 'Seeded Gaussian white noise, played.',
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 10 },
  create(settings) {
    return {
      parameters: [],
      source: (scheduler) =>
        whiteNoise({
          seed: 99,
          distribution: 'gaussian',
          amplitude: 3000,
          dtype: 'int16',
          sampleRate: settings.sampleRate,
          frameLength: settings.frameLength,
          ...(scheduler ? { scheduler } : {}),
        }),
      pipeline: map((f) => f),
      finish: async () => EMPTY_REPORT,
    };
  },
};
