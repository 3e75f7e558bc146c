import { parseArgs } from 'node:util';
import { DEFAULT_HISTORY_SECONDS, type ExampleDefinition, type ExampleSettings } from './ExampleDefinition';
import { UsageError } from './UsageError';

/** How to open the device, from `--device` / `--simulated`. */
export interface DeviceChoice {
  /** `--simulated`: use core's simulated device even when a sound device exists. */
  readonly simulated: boolean;
  /** `--device`: a PortAudio device index or a name substring. */
  readonly device?: string;
  /** `--fast` (simulated device only): run on virtual time, as fast as the CPU allows. */
  readonly fast: boolean;
  /** `--latency`: PortAudio suggested latency, seconds or 'low' | 'high'. */
  readonly latency?: number | 'low' | 'high';
}

/** The parsed command line of an example. */
export interface ExampleArgs {
  readonly settings: ExampleSettings;
  readonly choice: DeviceChoice;
  /** Initial values of live parameters given as `--set name=value`. */
  readonly set: Readonly<Record<string, number>>;
  readonly help: boolean;
}

/** Parses a positive number option; throws a UsageError naming the option. */
export function positiveNumber(option: string, text: string, integer = false): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
    throw new UsageError(`${option} must be a positive ${integer ? 'integer' : 'number'}, got ${JSON.stringify(text)}`);
  }
  return v;
}

/**
 * The usage text of an example's own command line.
 *
 * @param def the example or pipeline definition.
 * @param script the file as the user runs it (default `<def.name>.ts`; `runMain` passes the script started).
 */
export function exampleUsage(def: ExampleDefinition, script = `${def.name}.ts`): string {
  const d = def.defaults;
  const lines = [
    `Usage: npx tsx ${script} [options]`,
    '',
    def.description,
    '',
    'Options:',
    '  --device <index|name>   PortAudio device (index or name substring); default: the default device',
    '  --simulated             use the simulated device (no sound hardware)',
    '  --fast                  with --simulated: run on virtual time instead of real time',
    `  --seconds <s>           run length (default ${d.seconds})`,
    `  --frame-length <n>      samples per frame (default ${d.frameLength})`,
    `  --fs <Hz>               sample rate (default ${d.sampleRate})`,
    '  --out <dir>             folder for plots and WAV files (default out/)',
    `  --history <s>           seconds of the newest audio kept for the report (default ${DEFAULT_HISTORY_SECONDS})`,
    '  --latency <s|low|high>  PortAudio suggested latency (default low)',
    '  --set <name=value>      initial value of a live parameter (repeatable)',
  ];
  for (const o of def.options ?? []) {
    lines.push(`  --${o.name} <value>`.padEnd(26) + o.description + (o.defaultValue !== undefined ? ` (default ${o.defaultValue})` : ''));
  }
  lines.push('  -h, --help              show this help');
  return lines.join('\n');
}

/**
 * Parses an example's command line (`--device`, `--simulated`, `--seconds`,
 * `--frame-length`, `--fs`, `--out`, `--set name=value`, and the example's own options).
 * Throws {@link UsageError} for an unknown option or a bad value.
 */
export function parseExampleArgs(def: ExampleDefinition, argv: readonly string[]): ExampleArgs {
  const extraNames = (def.options ?? []).map((o) => o.name);
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {
    device: { type: 'string' },
    simulated: { type: 'boolean' },
    fast: { type: 'boolean' },
    seconds: { type: 'string' },
    'frame-length': { type: 'string' },
    fs: { type: 'string' },
    out: { type: 'string' },
    history: { type: 'string' },
    latency: { type: 'string' },
    set: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  };
  for (const n of extraNames) options[n] = { type: 'string' };
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError(`${def.name}: ${(err as Error).message.split('\n')[0]}`);
  }
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const extra: Record<string, string | undefined> = {};
  for (const n of extraNames) extra[n] = str(n);
  const opt = (k: string, as: string) => (str(k) !== undefined ? { [as]: str(k) } : {});
  const raw: RawExampleArgs = {
    simulated: values.simulated === true,
    fast: values.fast === true,
    set: (values.set as string[] | undefined) ?? [],
    extra,
    ...opt('device', 'device'),
    ...opt('seconds', 'seconds'),
    ...opt('frame-length', 'frameLength'),
    ...opt('fs', 'fs'),
    ...opt('out', 'out'),
    ...opt('history', 'history'),
    ...opt('latency', 'latency'),
  };
  return { ...resolveExampleArgs(def, raw), help: values.help === true };
}

/** Option values as a command-line parser hands them over (strings, before validation). */
export interface RawExampleArgs {
  readonly device?: string;
  readonly simulated?: boolean;
  readonly fast?: boolean;
  readonly seconds?: string;
  readonly frameLength?: string;
  readonly fs?: string;
  readonly out?: string;
  readonly history?: string;
  readonly latency?: string;
  readonly set?: readonly string[];
  readonly extra?: Readonly<Record<string, string | undefined>>;
}

/**
 * Validates raw option values and applies the example's defaults (shared by the
 * example files' own command line and the `rxdsp` CLI). Throws {@link UsageError}.
 */
export function resolveExampleArgs(def: ExampleDefinition, raw: RawExampleArgs): Omit<ExampleArgs, 'help'> {
  const d = def.defaults;
  const seconds = raw.seconds !== undefined ? positiveNumber('--seconds', raw.seconds) : d.seconds;
  const frameLength = raw.frameLength !== undefined ? positiveNumber('--frame-length', raw.frameLength, true) : d.frameLength;
  const sampleRate = raw.fs !== undefined ? positiveNumber('--fs', raw.fs) : d.sampleRate;
  const historySeconds = raw.history !== undefined ? positiveNumber('--history', raw.history) : DEFAULT_HISTORY_SECONDS;
  if (historySeconds > 3600) throw new UsageError(`--history must be at most 3600 s, got ${historySeconds}`);
  if (sampleRate < 1000 || sampleRate > 384_000) throw new UsageError(`--fs must be between 1000 and 384000 Hz, got ${sampleRate}`);
  if (frameLength > 65_536) throw new UsageError(`--frame-length must be at most 65536, got ${frameLength}`);
  const extra: Record<string, string> = {};
  for (const o of def.options ?? []) {
    const v = raw.extra?.[o.name] ?? o.defaultValue;
    if (v !== undefined) extra[o.name] = v;
  }
  const set: Record<string, number> = {};
  for (const item of raw.set ?? []) {
    const m = /^([A-Za-z][A-Za-z0-9]*)=(.+)$/.exec(item);
    const v = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(v)) throw new UsageError(`--set expects name=number, got ${JSON.stringify(item)}`);
    set[m[1]!] = v;
  }
  const simulated = raw.simulated === true;
  const device = raw.device;
  if (simulated && device !== undefined) throw new UsageError('--simulated and --device cannot be used together');
  const fast = raw.fast === true;
  if (fast && !simulated) throw new UsageError('--fast needs --simulated (a real device runs in real time)');
  let latency: number | 'low' | 'high' | undefined;
  if (raw.latency !== undefined) {
    if (simulated) throw new UsageError('--latency applies to PortAudio devices, not to --simulated');
    latency = raw.latency === 'low' || raw.latency === 'high' ? raw.latency : positiveNumber('--latency', raw.latency);
  }
  return {
    settings: { sampleRate, frameLength, channels: d.channels, seconds, outDir: raw.out ?? 'out', extra, historySeconds },
    choice: { simulated, fast, ...(device !== undefined ? { device } : {}), ...(latency !== undefined ? { latency } : {}) },
    set,
  };
}
