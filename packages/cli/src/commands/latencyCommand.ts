import { type ExampleDefinition, type ExampleSettings, openDevice, positiveNumber, resolveExampleArgs, UsageError } from '@rxdsp/runtime';
import type { CliIo } from '../CliIo';
import { measureRoundTrips, type RoundTripRun } from '../latency/measureRoundTrip';
import { summarizeLatency } from '../latency/summarizeLatency';
import type { StreamCommandOptions } from './exampleArgsFromOptions';

// The latency command has no example: validate its stream options with the same rules.
const LATENCY_DEFAULTS: ExampleDefinition = {
  name: 'latency',
  title: 'round-trip latency',
  description: '',
  defaults: { sampleRate: 48_000, frameLength: 256, channels: 1, seconds: 1 },
  create() {
    throw new Error('latency: not an example');
  },
};

/**
 * `rxdsp latency`: plays a chirp (or an impulse) `--repetitions` times, one second apart,
 * in one duplex run and records the input; finds each with `estimateDelay` and prints each
 * delay (with the resyncs of the output queue since the previous one), the median and the
 * spread, next to the ideal two-frame figure 2·N/fs. `--prefill` sets the duplex output cushion
 * (default 0, the lowest latency: the device's own loop plus one frame, plus one more after an
 * underflow until a resync).
 */
export async function latencyCommand(
  io: CliIo,
  opts: StreamCommandOptions & { readonly signal?: string; readonly repetitions?: string; readonly channels?: string; readonly prefill?: string },
): Promise<void> {
  // commander gives latency no --seconds, --out or --set: only the stream options reach the shared rules
  const args = resolveExampleArgs(LATENCY_DEFAULTS, opts);
  const repetitions = positiveNumber('--repetitions', opts.repetitions ?? '5', true);
  if (repetitions > 100) throw new UsageError(`--repetitions must be at most 100, got ${repetitions}`);
  const channels = positiveNumber('--channels', opts.channels ?? '1', true);
  const signal = opts.signal === 'impulse' ? 'impulse' : 'chirp';
  const prefill = Number(opts.prefill ?? '0');
  if (!Number.isInteger(prefill) || prefill < 0 || prefill > 64) throw new UsageError(`--prefill must be an integer from 0 to 64, got ${String(opts.prefill)}`);
  const settings: ExampleSettings = { ...args.settings, channels };
  const opened = await openDevice(args.choice, settings, { prefill });
  const { sampleRate, frameLength } = settings;
  io.stdout.write(
    `Device: ${opened.description}\nRound-trip latency with ${signal === 'impulse' ? 'an impulse' : 'a chirp'}, ${repetitions} repetition(s), ${sampleRate} Hz, ${frameLength} samples per frame` +
      `${opened.kind === 'portaudio' ? `, output cushion ${prefill} frame(s)` : ''}\n`,
  );
  let run: RoundTripRun = { trips: [], resyncs: 0, resyncDroppedSamples: 0 };
  try {
    run = await measureRoundTrips(opened, { sampleRate, frameLength, channels, signal, repetitions });
  } finally {
    await opened.close?.();
  }
  const results = run.trips;
  results.forEach((m, r) => {
    const ok = Number.isFinite(m.delaySamples) && m.estimate.confidence > 2;
    const resyncs = m.resyncsSincePrevious ? `; ${m.resyncsSincePrevious} resync(s) since ${r === 0 ? 'the start' : `#${r}`}` : '';
    io.stdout.write(
      `  #${r + 1}: ${ok ? `${m.delaySamples} samples = ${m.delayMs.toFixed(2)} ms` : 'no echo found'} (peak-to-sidelobe ${m.estimate.confidenceDb.toFixed(1)} dB, correlation ${m.estimate.correlation.toFixed(3)}${resyncs})\n`,
    );
  });
  const s = summarizeLatency(results, { sampleRate, frameLength });
  io.stdout.write(`${s.lines.join('\n')}\n`);
  if (opened.kind !== 'simulated') {
    io.stdout.write(`Resyncs of the output queue: ${run.resyncs} (${run.resyncDroppedSamples} output samples dropped)\n`);
  }
  if (opened.kind === 'simulated') io.stdout.write('(simulated device: the delay of its model, measured on what its DAC played)\n');
  if (s.valid === 0) {
    throw new Error(
      opened.kind === 'simulated'
        ? 'no round trip found in what the simulated device played'
        : 'no round trip found: is the output connected to the input (or the virtual loopback device running: scripts/virtual-audio.sh start)?',
    );
  }
}
