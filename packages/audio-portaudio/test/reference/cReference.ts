// Builds and runs paRoundTrip.c, the plain PortAudio C full-duplex reference of the latency tests.
// Test-only: compiled with `cc` against the PortAudio headers and libportaudio.so.2 that the
// native binding bundles (the same library rxdsp's streams run on).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('./paRoundTrip.c', import.meta.url));

/** Where the bundled PortAudio lives: its header directory and the directory of libportaudio.so.2. */
export interface PortAudioDir {
  readonly include: string;
  readonly lib: string;
}

/**
 * The ONE place that knows where the bundled PortAudio is: `@rxdsp/portaudio-native`, the package
 * `@rxdsp/audio-portaudio` loads (its headers, and the libportaudio.so.2 its addon runs on: the
 * prebuilt one, or a local build's).
 */
export function portAudioDir(): PortAudioDir {
  const req = createRequire(new URL('../../package.json', import.meta.url));
  const root = dirname(req.resolve('@rxdsp/portaudio-native/package.json'));
  const include = join(root, 'portaudio', 'include');
  const candidates = [join(root, 'build', 'Release'), join(root, 'prebuilds', 'linux-x64'), join(root, 'portaudio', 'bin')];
  const lib = candidates.find((d) => existsSync(join(d, 'libportaudio.so.2'))) ?? join(root, 'portaudio', 'bin');
  return { include, lib };
}

/** Compiles paRoundTrip.c once (cached in the temp directory by a hash of source and library path); returns the executable. */
export function buildReference(): string {
  const pa = portAudioDir();
  const hash = createHash('sha256').update(readFileSync(SOURCE)).update(pa.include).update(pa.lib).digest('hex').slice(0, 12);
  const exe = join(tmpdir(), `rxdsp-paRoundTrip-${hash}`);
  if (existsSync(exe)) return exe;
  const tmp = `${exe}.${process.pid}.tmp`;
  execFileSync('cc', ['-O2', '-Wall', '-o', tmp, SOURCE, `-I${pa.include}`, `-L${pa.lib}`, '-l:libportaudio.so.2', `-Wl,-rpath,${pa.lib}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('mv', ['-f', tmp, exe]);
  return exe;
}

/** Options of {@link runReference}: the schedule of `rxdsp latency`. */
export interface ReferenceRun {
  /** Case-insensitive substring of the device name, e.g. 'pulse'. */
  readonly device: string;
  readonly sampleRate: number;
  readonly frameLength: number;
  readonly leadInSamples: number;
  readonly spacingSamples: number;
  readonly repetitions: number;
  /** The test signal (mono int16). */
  readonly signal: Int16Array;
  /** Suggested latency of both directions, seconds (default: the device's low latency). */
  readonly latencySeconds?: number;
  /** The run is killed (and rejected) after this many ms (default 60 000). */
  readonly timeoutMs?: number;
}

/** What the C reference recorded and reported. */
export interface ReferenceResult {
  /** The recorded input, mono, one sample per stream position. */
  readonly recording: Int16Array;
  readonly inputLatency: number;
  readonly outputLatency: number;
  readonly inputOverflows: number;
  readonly outputUnderflows: number;
}

/** Runs the C reference once (asynchronously: the caller's event loop keeps running). */
export async function runReference(opts: ReferenceRun): Promise<ReferenceResult> {
  const exe = buildReference();
  const dir = mkdtempSync(join(tmpdir(), 'rxdsp-paref-'));
  try {
    const sig = join(dir, 'signal.raw');
    const rec = join(dir, 'recording.raw');
    writeFileSync(sig, Buffer.from(opts.signal.buffer, opts.signal.byteOffset, opts.signal.byteLength));
    const args = [opts.device, opts.sampleRate, opts.frameLength, opts.leadInSamples, opts.spacingSamples, opts.repetitions, sig, rec].map(String);
    if (opts.latencySeconds !== undefined) args.push(String(opts.latencySeconds));
    const { code, signal, stdout, stderr } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(exe, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      // a stream far slower than real time (a starved sound server) is given up after timeoutMs
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
      child.on('error', reject);
      child.on('close', (c, sig) => {
        clearTimeout(timer);
        resolve({ code: c, signal: sig, stdout: out, stderr: err });
      });
    });
    if (code !== 0) throw new Error(`paRoundTrip exited with ${String(code ?? signal)}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
    if (!line) throw new Error(`paRoundTrip printed no result: ${stdout}`);
    const info = JSON.parse(line) as { inputLatency: number; outputLatency: number; inputOverflows: number; outputUnderflows: number };
    const bytes = readFileSync(rec);
    const recording = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return { recording, inputLatency: info.inputLatency, outputLatency: info.outputLatency, inputOverflows: info.inputOverflows, outputUnderflows: info.outputUnderflows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
