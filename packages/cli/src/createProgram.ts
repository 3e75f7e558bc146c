import { Command, Option } from 'commander';
import { examples } from '@rxdsp/examples';
import { DEFAULT_HISTORY_SECONDS } from '@rxdsp/runtime';
import { devicesCommand } from './commands/devicesCommand';
import { latencyCommand } from './commands/latencyCommand';
import { measureCommand } from './commands/measureCommand';
import { panelCommand } from './commands/panelCommand';
import { runCommand } from './commands/runCommand';
import { sdrFmCommand } from './commands/sdrFmCommand';
import type { CliIo } from './CliIo';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * Adds the stream options every device command shares. `latency` has no example: it takes no
 * `--seconds` (its length follows `--repetitions`), writes no files (no `--out`) and names its
 * own defaults.
 */
function streamOptions(cmd: Command, opts: { readonly seconds?: boolean; readonly out?: boolean; readonly frameLength?: string; readonly fs?: string } = {}): Command {
  const ex = 'the example\u2019s';
  cmd
    .option('-d, --device <index|name>', 'PortAudio device (index or name substring); default: the default device')
    .option('--simulated', 'use the simulated device (no sound hardware)')
    .option('--fast', 'with --simulated: run on virtual time, as fast as possible')
    .option('--frame-length <n>', `samples per frame (default: ${opts.frameLength ?? ex})`)
    .option('--fs <Hz>', `sample rate in Hz (default: ${opts.fs ?? ex})`)
    .option('--latency <s|low|high>', 'PortAudio suggested latency in seconds, or low | high (default low)');
  if (opts.out !== false) {
    cmd.option('-o, --out <dir>', 'folder for plots and WAV files', 'out');
    cmd.option('--history <s>', `seconds of the newest audio kept for the report and plots (default ${DEFAULT_HISTORY_SECONDS})`);
  }
  if (opts.seconds !== false) cmd.option('-s, --seconds <s>', `run length in seconds (default: ${ex})`);
  return cmd;
}

/**
 * Builds the `rxdsp` command line (commander): `devices`, `run`, `latency`, `measure`,
 * `panel`, `sdr fm`, with `--help` on each. `io` carries the output streams and exit hook so
 * tests can drive it in-process as well as through the binary.
 *
 * ## Example
 * ```ts
 * await createProgram(processIo()).parseAsync(['node', 'rxdsp', 'run', 'iir-notch', '--simulated', '--seconds', '2']);
 * ```
 */
export function createProgram(io: CliIo): Command {
  const names = examples.map((e) => e.name);
  const exampleList = examples.map((e) => `  ${e.name.padEnd(20)} ${e.title}`).join('\n');
  const program = new Command('rxdsp')
    .description('rxdsp: real-time audio DSP on RxJS, from the terminal. Runs the course\u2019s applications on a sound device, the virtual loopback device or the simulated device.')
    .version('0.1.0')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`rxdsp: ${s.replace(/^error: /, '')}`),
    })
    .exitOverride()
    .showSuggestionAfterError(true);

  program
    .command('devices')
    .description('list the audio devices (index, name, host API, channels, default sample rate and latencies)')
    .option('--json', 'print the table as JSON')
    .action(async (opts: { json?: boolean }) => devicesCommand(io, opts));

  streamOptions(
    program
      .command('run')
      .description('run an example live: a one-line level meter while it streams, then the stream statistics and plots')
      .argument('<example>', `one of: ${names.join(', ')}`)
      .option('--set <name=value>', 'initial value of a live parameter (repeatable)', collect, [])
      .option('--wav <path>', 'WAV file to play (wav-playback)')
      .option('--filter <example>', 'filter under test (noise-measurement)')
      .option('-q, --quiet', 'no live level meter')
      .addHelpText('after', `\nExamples:\n${exampleList}`),
  ).action(async (name: string, opts: Record<string, unknown>) => runCommand(io, name, opts));

  streamOptions(
    program
      .command('latency')
      .description('measure the round-trip latency (output → input) with a chirp or an impulse and estimateDelay')
      .addOption(new Option('--signal <kind>', 'test signal').choices(['chirp', 'impulse']).default('chirp'))
      .option('-r, --repetitions <n>', 'test signals played, one second apart', '5')
      .option('--channels <n>', 'channels of the stream', '1')
      .option('--prefill <frames>', 'output cushion of the duplex stream in frames, 0 … 64 (0: the lowest latency)', '0'),
    { seconds: false, out: false, frameLength: '256', fs: '48000' },
  ).action(async (opts: Record<string, unknown>) => latencyCommand(io, opts));

  streamOptions(
    program
      .command('measure')
      .description('measure a filter example with white noise: tfestimate and Welch PSD plotted over the design response')
      .requiredOption('-f, --filter <example>', `filter under test: ${examples.filter((e) => e.measurable === true).map((e) => e.name).join(', ')}`),
  ).action(async (opts: Record<string, unknown>) => measureCommand(io, opts));

  streamOptions(
    program
      .command('panel')
      .description('serve a live control panel (Start/Stop, sliders, meters, spectrum, statistics) in the browser')
      .argument('<example>', `one of: ${names.join(', ')}`)
      .option('--host <address>', 'address to bind', '127.0.0.1')
      .option('-p, --port <n>', 'port (0 = any free port)', '8765')
      .option('--max-connections <n>', 'WebSocket connections open at once (more are refused)', '8')
      .option('--wav <path>', 'WAV file to play (wav-playback)')
      .option('--filter <example>', 'filter under test (noise-measurement)')
      .option('-s, --seconds <s>', 'length of each run after Start (default: until Stop)'),
    { seconds: false },
  ).action(async (name: string, opts: Record<string, unknown>) => panelCommand(io, name, opts));

  const sdr = program.command('sdr').description('software-defined radio over rtl_tcp (an RTL-SDR dongle served by `rtl_tcp`, Debian package rtl-sdr)');
  streamOptions(
    sdr
      .command('fm')
      .description('the course\u2019s mono FM receiver: 2.4 MS/s → 240 kS/s → FM discriminator → 48 kHz → de-emphasis → the audio device; level meter, then statistics and stage spectra')
      .option('--host <address>', 'rtl_tcp server host', '127.0.0.1')
      .option('--port <n>', 'rtl_tcp server port', '1234')
      .option('--frequency <Hz>', 'tuning in Hz, 87.5e6 … 108e6', '103.9e6')
      .option('--rf-gain <dB|auto>', 'tuner gain', '40')
      .addOption(new Option('--demod <method>', 'FM demodulator').choices(['discriminator', 'phaseDifference']).default('discriminator'))
      .option('--set <name=value>', 'initial value of a live parameter (tuningMHz, volumeDb; repeatable)', collect, [])
      .option('--panel <port>', 'serve the live panel (tuning and audio gain sliders) on this port instead (0 = any free port)')
      .option('--panel-host <address>', 'address the panel binds', '127.0.0.1')
      .option('-q, --quiet', 'no live level meter'),
  ).action(async (opts: Record<string, unknown>) => sdrFmCommand(io, opts));

  return program;
}
