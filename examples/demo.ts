/**
 * demo: the README's main command (`npm run demo`). The course's flagship filter — the
 * 182-tap Parks–McClellan (remez) FIR bandpass, 3.2–4.8 kHz at 48 kHz with 0.5 dB ripple and
 * 50 dB stopband — designed in TypeScript and run live, frame by frame with its state carried,
 * between an ADC and a DAC: a real sound card when PortAudio finds one, the virtual PulseAudio
 * loopback device when `scripts/virtual-audio.sh start` is running, the simulated device
 * otherwise (it says which). Generated white noise (σ = 3000 counts, about −21 dBFS) is the
 * input on every device, so a loopback device that would otherwise hear only itself still has
 * something to filter; the filtered noise goes out through the DAC. At the end it prints the stream statistics
 * (frame period, processing time, load, gaps), measures the filter that ran from the captured
 * input and output with `tfestimate` against its design, and writes the response plot and the
 * filtered output as a WAV file into `out/`.
 *
 *   npm run demo                       (5 s on the best device available)
 *   npm run demo -- --simulated --seconds 2 --frame-length 256
 *   npm run demo -- --help
 */
import { whiteNoise } from '@rxdsp/core';
import { type ExampleDefinition, runAsScript } from '@rxdsp/runtime';
import { remezBandpass } from './remez-bandpass';

export const demo: ExampleDefinition = {
  ...remezBandpass,
  name: 'demo',
  create(settings) {
    const { simulatedInput: _duplexInput, ...run } = remezBandpass.create(settings);
    return {
      ...run,
      source: (scheduler) =>
        whiteNoise({
          seed: 2024,
          distribution: 'gaussian',
          amplitude: 3000,
          dtype: 'int16',
          sampleRate: settings.sampleRate,
          frameLength: settings.frameLength,
          channels: settings.channels,
          ...(scheduler ? { scheduler } : {}),
        }),
      async finish(ctx) {
        const report = await run.finish(ctx);
        const wav = await ctx.writeOutputWav(ctx.outPath('output.wav'));
        return { ...report, files: [...report.files, wav] };
      },
    };
  },
};

runAsScript(demo);
