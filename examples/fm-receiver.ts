/**
 * fm-receiver: the course's Part 3 mono FM receiver (scikit-dsp-comm's RTLSDRStream chain) on an
 * RTL-SDR served by rtl_tcp: 2.4 MS/s complex I/Q → complexDecimate(10, 32-tap firwin, 200 kHz) →
 * 240 kS/s → the FM discriminator → decimate(5, 32-tap firwin, 16 kHz) → 48 kHz → 75 µs de-emphasis
 * → audio gain → the DAC. The tuning (87.5–108 MHz in 0.2 MHz steps) and the audio gain (−60 … +6 dB)
 * are live parameters (the panel's sliders). After the run it plots the spectrum of every stage and
 * reports the strongest audio tone. Without a dongle, start the test server of the repository first:
 * `npx tsx test-utils/rtlTcpServer.ts --port 1234` (stations with known tones; 103.9 MHz carries 1 kHz).
 * With a dongle: `rtl_tcp -a 127.0.0.1` (Debian: `apt install rtl-sdr`).
 *
 *   npx tsx examples/fm-receiver.ts --host 127.0.0.1 --port 1234 --frequency 103.9e6 --seconds 5 --simulated
 */
import { identity, map } from 'rxjs';
import { reframe, toInt16, type Frame } from '@rxdsp/core';
import { welch } from '@rxdsp/analysis';
import { plotPsd } from '@rxdsp/plots';
import { fmReceiver, rtlTcp, type ComplexFrame, type FmDemodMethod } from '@rxdsp/sdr';
import { type ExampleDefinition, runAsScript, liveParameter, positiveNumber, UsageError } from '@rxdsp/runtime';
import { complexPsd } from './support/complexPsd';

/** Keeps the newest `n` complex samples of a stage (I and Q). */
class ComplexTail {
  readonly i: Float64Array;
  readonly q: Float64Array;
  private filled = 0;
  sampleRate = 0;
  constructor(readonly n: number) {
    this.i = new Float64Array(n);
    this.q = new Float64Array(n);
  }
  push(i: Float64Array, q: Float64Array, sampleRate: number): void {
    this.sampleRate = sampleRate;
    const m = Math.min(i.length, this.n);
    this.i.copyWithin(0, m);
    this.q.copyWithin(0, m);
    this.i.set(i.subarray(i.length - m), this.n - m);
    this.q.set(q.subarray(q.length - m), this.n - m);
    this.filled = Math.min(this.n, this.filled + m);
  }
  get length(): number {
    return this.filled;
  }
}

const DEMODS = ['discriminator', 'phaseDifference'] as const;

/**
 * The `fm-receiver` example, described at the top of this file. Run it with
 * `npx tsx examples/fm-receiver.ts [options]` or `rxdsp sdr fm [options]`; it needs an rtl_tcp server.
 *
 * ## Example
 * ```ts
 * const run = fmReceiverExample.create({ sampleRate: 48000, frameLength: 1024, channels: 1, seconds: 5, outDir: 'out', extra: { port: '1234' } });
 * ```
 */
export const fmReceiverExample: ExampleDefinition = {
  name: 'fm-receiver',
  title: 'FM receiver (RTL-SDR over rtl_tcp), 2.4 MS/s → 48 kHz',
  description:
    "The course's mono FM receiver on an rtl_tcp server: two decimating firwin stages (M1 = 10, M2 = 5) around the FM discriminator, 75 µs de-emphasis, live tuning and audio gain; spectra of every stage after the run.",
  defaults: { sampleRate: 48_000, frameLength: 1024, channels: 1, seconds: 10 },
  options: [
    { name: 'host', description: 'rtl_tcp server host', defaultValue: '127.0.0.1' },
    { name: 'port', description: 'rtl_tcp server port', defaultValue: '1234' },
    { name: 'frequency', description: 'initial tuning in Hz (87.5e6 … 108e6)', defaultValue: '103.9e6' },
    { name: 'rf-gain', description: "tuner gain in dB, or 'auto'", defaultValue: '40' },
    { name: 'demod', description: `FM demodulator: ${DEMODS.join(' | ')}`, defaultValue: 'discriminator' },
  ],
  create(settings) {
    if (settings.sampleRate !== 48_000) throw new UsageError(`fm-receiver: the audio rate is 2.4 MS/s / 50 = 48000 Hz; --fs must be 48000, got ${settings.sampleRate}`);
    if (settings.channels !== 1) throw new UsageError(`fm-receiver: mono audio; --channels must be 1, got ${settings.channels}`);
    const host = settings.extra.host ?? '127.0.0.1';
    const port = positiveNumber('--port', settings.extra.port ?? '1234', true);
    const frequency = positiveNumber('--frequency', settings.extra.frequency ?? '103.9e6');
    if (frequency < 87.5e6 || frequency > 108e6) throw new UsageError(`--frequency must be in 87.5e6 … 108e6 Hz, got ${frequency}`);
    const rfGainText = settings.extra['rf-gain'] ?? '40';
    const rfGain = rfGainText === 'auto' ? 'auto' : Number(rfGainText);
    if (rfGain !== 'auto' && !Number.isFinite(rfGain)) throw new UsageError(`--rf-gain must be a number of dB or 'auto', got ${rfGainText}`);
    const demod = (settings.extra.demod ?? 'discriminator') as FmDemodMethod;
    if (!DEMODS.includes(demod)) throw new UsageError(`--demod must be one of ${DEMODS.join(', ')}, got ${demod}`);

    const tuningMHz = liveParameter({ name: 'tuningMHz', label: 'Tuning', unit: 'MHz', min: 87.5, max: 108, step: 0.2, initial: Math.round(frequency / 1e5) / 10 });
    const volumeDb = liveParameter({ name: 'volumeDb', label: 'Audio gain', unit: 'dB', min: -60, max: 6, step: 1, initial: 0 });
    const tails = { input: new ComplexTail(1 << 16), baseband: new ComplexTail(1 << 15) };
    const demodTail = new ComplexTail(1 << 15);
    let frames = 0;
    return {
      parameters: [tuningMHz, volumeDb],
      captureSeconds: 2,
      source: () =>
        rtlTcp({ host, port, frequency: tuningMHz.value$.pipe(map((mhz) => Math.round(mhz * 1e6))), sampleRate: 2.4e6, gain: rfGain, frameLength: 16384 }).pipe(
          fmReceiver({
            demod,
            gainDb: volumeDb.value$,
            stages: {
              input: { next: (f: ComplexFrame) => (frames++ % 8 === 0 ? tails.input.push(f.i[0]!, f.q[0]!, f.sampleRate) : undefined) },
              baseband: { next: (f: ComplexFrame) => tails.baseband.push(f.i[0]!, f.q[0]!, f.sampleRate) },
              demodulated: { next: (f: Frame<Float64Array>) => demodTail.push(f.channels[0]!, new Float64Array(f.channels[0]!.length), f.sampleRate) },
            },
          }),
          toInt16({ scale: 'unit' }),
          reframe(settings.frameLength),
        ),
      pipeline: identity,
      async finish(ctx) {
        const files: string[] = [];
        const lines: string[] = [];
        const figures: Record<string, number> = {};
        for (const [name, t, title] of [
          ['input', tails.input, '2.4 MS/s complex input'],
          ['baseband', tails.baseband, 'stage 1: 240 kS/s complex baseband'],
        ] as const) {
          if (t.length < 4096) continue;
          const { f, pxx } = complexPsd(t.i.subarray(t.n - t.length), t.q.subarray(t.n - t.length), t.sampleRate, 4096);
          const path = ctx.outPath(`${name}.svg`);
          await plotPsd([{ f, pxx, label: name }], { path, title: `fm-receiver: ${title} at ${tuningMHz.value$.value} MHz` });
          files.push(path);
        }
        const stageReal: [string, Float64Array, number, string][] = [];
        if (demodTail.length >= 4096) stageReal.push(['demodulated', demodTail.i.subarray(demodTail.n - demodTail.length), demodTail.sampleRate, 'discriminator output, 240 kS/s']);
        const audio = ctx.output.channels[0]!;
        if (audio.length >= 4096) stageReal.push(['audio', audio, 48_000, 'stage 2 + de-emphasis + gain: 48 kHz audio']);
        for (const [name, x, fs, title] of stageReal) {
          const { f, pxx } = welch(x, { fs, nperseg: 4096 });
          const path = ctx.outPath(`${name}.svg`);
          await plotPsd([{ f: f.subarray(1), pxx: pxx.subarray(1), label: name }], { path, title: `fm-receiver: ${title}`, logFrequency: true });
          files.push(path);
        }
        if (audio.length >= 4096) {
          const { f, pxx } = welch(audio, { fs: 48_000, nperseg: 4096 });
          let k = 1;
          for (let j = 1; j < f.length; j++) if (f[j]! > 50 && f[j]! < 15_000 && pxx[j]! > pxx[k]!) k = j;
          figures.toneHz = f[k]!;
          lines.push(`Strongest audio tone (50 Hz … 15 kHz) at ${f[k]!.toFixed(1)} Hz (Welch bin of ${(48_000 / 4096).toFixed(1)} Hz), tuned to ${tuningMHz.value$.value} MHz`);
        }
        lines.push(`Received ${(ctx.output.totalSamples / 48_000).toFixed(2)} s of audio from ${host}:${port}; spectra of each stage written`);
        const wav = await ctx.writeOutputWav(ctx.outPath('last-2s.wav'));
        return { lines, files: [...files, wav], figures };
      },
    };
  },
};


runAsScript(fmReceiverExample);
