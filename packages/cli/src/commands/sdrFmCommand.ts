import { fmReceiverExample } from '@rxdsp/examples';
import { resolveExampleArgs, UsageError } from '@rxdsp/runtime';
import type { CliIo } from '../CliIo';
import { startPanel } from '../panel/startPanel';
import type { StreamCommandOptions } from './exampleArgsFromOptions';
import { checkOutputDir } from './checkOutputDir';
import { runExampleStream } from './runCommand';

/** commander's values of `rxdsp sdr fm`. */
export interface SdrFmOptions extends Omit<StreamCommandOptions, 'wav' | 'filter'> {
  readonly host?: string;
  readonly port?: string;
  readonly frequency?: string;
  readonly rfGain?: string;
  readonly demod?: string;
  readonly quiet?: boolean;
  /** Serve the live panel (tuning and audio gain sliders) on this port instead of streaming once. */
  readonly panel?: string;
  readonly panelHost?: string;
}

/**
 * `rxdsp sdr fm`: the course's FM receiver (`examples/fm-receiver.ts`) on an rtl_tcp server —
 * `--host`, `--port`, `--frequency` (Hz), `--rf-gain` (dB or auto), `--demod` — into the chosen
 * audio device, with the level meter while it streams and the stream statistics, the strongest
 * audio tone and the stage spectra at the end; or, with `--panel <port>`, the live panel with the
 * tuning (87.5–108 MHz) and audio gain (−60 … +6 dB) sliders.
 */
export async function sdrFmCommand(io: CliIo, opts: SdrFmOptions): Promise<void> {
  const { host, port, frequency, rfGain, demod, quiet, panel, panelHost, ...common } = opts;
  const def = fmReceiverExample;
  const extra: Record<string, string | undefined> = { host, port, frequency, 'rf-gain': rfGain, demod };
  const args = resolveExampleArgs(def, { ...common, extra });
  checkOutputDir('--out', args.settings.outDir); // before any connection or device opens
  if (panel === undefined) {
    io.stdout.write(`Tuning ${args.settings.extra.frequency} Hz on rtl_tcp ${args.settings.extra.host}:${args.settings.extra.port}\n`);
    await runExampleStream(io, def, args, quiet === true);
    return;
  }
  const panelPort = Number(panel);
  if (!Number.isInteger(panelPort) || panelPort < 0 || panelPort > 65_535) throw new UsageError(`--panel must be a port number (0 … 65535), got ${panel}`);
  const started = await startPanel({
    example: def,
    settings: common.seconds === undefined ? { ...args.settings, seconds: 0 } : args.settings,
    choice: args.choice,
    set: args.set,
    host: panelHost ?? '127.0.0.1',
    port: panelPort,
    log: (line) => io.stderr.write(`${line}\n`),
  });
  io.stdout.write(`${def.name}: ${def.title}\nDevice: ${started.device.description}\nPanel: ${started.url}  (Ctrl-C to quit)\n`);
  await io.interrupted;
  io.stdout.write('closing the panel…\n');
  await started.close();
}
