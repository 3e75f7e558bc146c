import { startPanel } from '../panel/startPanel';
import type { CliIo } from '../CliIo';
import { exampleArgsFromOptions, type StreamCommandOptions } from './exampleArgsFromOptions';
import { checkOutputDir } from './checkOutputDir';
import { requireExample } from './requireExample';
import { positiveNumber, UsageError } from '@rxdsp/runtime';

/** `rxdsp panel <example>`: serves the live control panel until Ctrl-C. */
export async function panelCommand(io: CliIo, name: string, opts: StreamCommandOptions & { readonly host?: string; readonly port?: string; readonly maxConnections?: string }): Promise<void> {
  const def = requireExample(name);
  const args = exampleArgsFromOptions(def, opts);
  checkOutputDir('--out', args.settings.outDir); // before any device opens or sample streams
  // Without --seconds the panel streams from Start until Stop (seconds = 0).
  const settings = opts.seconds === undefined ? { ...args.settings, seconds: 0 } : args.settings;
  const port = opts.port === undefined || opts.port === '0' ? 0 : positiveNumber('--port', opts.port, true);
  if (port > 65_535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  const maxConnections = opts.maxConnections === undefined ? 8 : positiveNumber('--max-connections', opts.maxConnections, true);
  const panel = await startPanel({
    example: def,
    settings,
    choice: args.choice,
    set: args.set,
    host: opts.host ?? '127.0.0.1',
    port,
    maxConnections,
    log: (line) => io.stderr.write(`${line}\n`),
  });
  io.stdout.write(`${def.name}: ${def.title}\nDevice: ${panel.device.description}\nPanel: ${panel.url}  (Ctrl-C to quit)\n`);
  const host = opts.host ?? '127.0.0.1';
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    io.stderr.write(`warning: the panel listens on ${host} over plain HTTP: anyone who can see the traffic sees the token in the URL\n`);
  }
  await io.interrupted;
  io.stdout.write('closing the panel…\n');
  await panel.close();
}
