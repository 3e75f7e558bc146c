// The `rxdsp` command line run as users run it: a child process (tsx on the sources), checking
// exit codes, that mistakes print one line without a stack trace, and what `run` prints and writes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTsx, type ProcessResult } from '@rxdsp/test-utils';
import { WebSocket } from 'ws';
import { stopBySignal } from '@rxdsp/test-utils';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'packages/cli/src/cli.ts');
const tmp = mkdtempSync(join(tmpdir(), 'rxdsp-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const notWav = join(tmp, 'notes.wav');
writeFileSync(notWav, 'not RIFF/WAVE data\n');
// a WAV header with format tag 0x55 (MP3): 44 bytes, then 4 bytes of "data"
const mp3Wav = join(tmp, 'mp3.wav');
{
  const h = Buffer.alloc(48);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(40, 4);
  h.write('WAVEfmt ', 8, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(0x55, 20); // format tag: MP3
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(8000, 24);
  h.writeUInt32LE(16000, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(4, 40);
  writeFileSync(mp3Wav, h);
}

function rxdsp(...args: string[]): Promise<ProcessResult> {
  return runTsx(CLI, args, { cwd: ROOT, timeoutMs: 60_000, env: { ...process.env, RXDSP_DEBUG: '', FORCE_COLOR: '0' } });
}

/** stderr without npm/node noise unrelated to rxdsp. */
function errLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
}

describe('rxdsp --help', () => {
  it('lists the commands', async () => {
    const r = await rxdsp('--help');
    expect(r.code).toBe(0);
    for (const c of ['devices', 'run', 'latency', 'measure', 'panel']) expect(r.stdout).toContain(c);
  });

  it('has help on every command', async () => {
    for (const c of ['devices', 'run', 'latency', 'measure', 'panel']) {
      const r = await rxdsp(c, '--help');
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toContain(`Usage: rxdsp ${c}`);
    }
    const run = (await rxdsp('run', '--help')).stdout;
    for (const e of ['loop-through', 'iir-lowpass', 'remez-bandpass', 'iir-notch', 'three-band-eq', 'stereo-gain', 'cross-panning', 'wav-playback', 'noise-measurement']) {
      expect(run).toContain(e);
    }
    expect(run).toContain('--frame-length');
    expect(run).toContain('--simulated');
    // the stream options of issue 7 on every streaming command; latency's length follows
    // --repetitions and it writes no files, so it has no --seconds / --out and names its defaults
    for (const c of ['run', 'measure', 'panel', 'latency']) {
      const help = (await rxdsp(c, '--help')).stdout;
      for (const o of ['--device', '--simulated', '--frame-length', '--fs']) expect(help, `${c} ${o}`).toContain(o);
      expect(help.includes('--seconds'), `${c} --seconds`).toBe(c !== 'latency');
    }
    const latency = (await rxdsp('latency', '--help')).stdout;
    expect(latency).toContain('(default: 256)');
    expect(latency).toContain('(default: 48000)');
    expect(latency).not.toContain('--out');
  });
});

describe('rxdsp user mistakes', () => {
  const cases: [string[], RegExp][] = [
    [['run', 'nope', '--simulated'], /^rxdsp: unknown example "nope" \(one of: loop-through, /],
    [['run', 'stereo-gain', '--bogus'], /^rxdsp: unknown option '--bogus'/],
    [['run', 'stereo-gain', '--simulated', '--seconds', 'abc'], /^rxdsp: --seconds must be a positive number, got "abc"$/],
    [['run', 'stereo-gain', '--simulated', '--wav', 'x.wav'], /^rxdsp: --wav is not an option of stereo-gain$/],
    [['run', 'stereo-gain', '--simulated', '--set', 'gainLeftDb=99'], /^rxdsp: --set: parameter gainLeftDb: value 99 is out of range \[-40, 12\] dB$/],
    [['run', 'stereo-gain', '--simulated', '--set', 'volume=1'], /^rxdsp: --set: stereo-gain has no live parameter "volume"/],
    [['run', 'wav-playback', '--simulated', '--wav', '/no/such/file.wav'], /^rxdsp: --wav: no such file \/no\/such\/file\.wav$/],
    [['run'], /^rxdsp: missing required argument 'example'$/],
    [['measure', '--simulated'], /^rxdsp: required option '-f, --filter <example>' not specified$/],
    [['measure', '--simulated', '--filter', 'stereo-gain'], /^rxdsp: --filter: unknown filter example "stereo-gain"/],
    [['latency', '--simulated', '--signal', 'noise'], /^rxdsp: option '--signal <kind>' argument 'noise' is invalid/],
    [['panel', 'stereo-gain', '--simulated', '--port', '70000'], /^rxdsp: --port must be at most 65535, got 70000$/],
    [['panel', 'stereo-gain', '--simulated', '--max-connections', '0'], /^rxdsp: --max-connections must be a positive integer, got "0"$/],
    [['panel', 'stereo-gain', '--simulated', '--seconds', '0'], /^rxdsp: --seconds must be a positive number, got "0"$/],
    [['latency', '--simulated', '--seconds', '2'], /^rxdsp: unknown option '--seconds'/],
    [['run', 'iir-notch', '--simulated', '--frame-length', '1.5'], /^rxdsp: --frame-length must be a positive integer, got "1\.5"$/],
    [['run', 'iir-notch', '--simulated', '--fs', '0'], /^rxdsp: --fs must be a positive number, got "0"$/],
    [['run', 'iir-notch', '--simulated', '--device', '0'], /^rxdsp: --simulated and --device cannot be used together$/],
    [['run', 'iir-notch', '--simulated', '--fs', '1000'], /^rxdsp: iir-notch cannot run at --fs 1000 with --frame-length 1024: liveParameter\(notchHz\): initial must be in \[200, 250\], got 2000$/],
    [['frobnicate'], /^rxdsp: unknown command 'frobnicate'/],
    // found while streaming (the source fails on subscribe): still one line, no unhandled error from the meter
    [['run', 'wav-playback', '--simulated', '--fast', '--wav', notWav], /^rxdsp: readWav: path ".*notes\.wav" is not a WAV file \(no RIFF…WAVE header\)$/],
    [['run', 'three-band-eq', '--simulated', '--fast', '--wav', notWav], /^rxdsp: readWav: path ".*notes\.wav" is not a WAV file \(no RIFF…WAVE header\)$/],
    [['run', 'wav-playback', '--simulated', '--fast', '--wav', mp3Wav], /^rxdsp: readWav: ".*mp3\.wav": format tag 0x0055 \(MP3\) is not decoded/],
  ];
  for (const [args, message] of cases) {
    it(`rxdsp ${args.join(' ')}`, async () => {
      const r = await rxdsp(...args);
      expect(r.code).toBe(2);
      const lines = errLines(r.stderr);
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('rxdsp run on the simulated device', () => {
  it('runs stereo-gain with a live parameter set, prints the meter, the stats and the measured gains', async () => {
    const out = join(tmp, 'run');
    const r = await rxdsp('run', 'stereo-gain', '--simulated', '--fast', '--seconds', '1', '--set', 'gainLeftDb=-6', '--set', 'gainRightDb=3.5', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Device: simulated device');
    expect(r.stdout).toMatch(/ 1\.0\/1\.0 s {2}L \[[#-]{20}\]/); // the meter line (one per second when not a terminal)
    expect(r.stdout).toContain('Average Callback Period');
    expect(r.stdout).toMatch(/Frames = 47, gaps = 0/); // ceil(48000 / 1024)
    const left = Number(/Left: {2}set -6\.0 dB, measured (-?\d+\.\d+) dB/.exec(r.stdout)?.[1]);
    const right = Number(/Right: set 3\.5 dB, measured (-?\d+\.\d+) dB/.exec(r.stdout)?.[1]);
    // int16 rounding of σ = 3000 noise moves the measured RMS gain by < 0.01 dB
    expect(Math.abs(left + 6)).toBeLessThan(0.02);
    expect(Math.abs(right - 3.5)).toBeLessThan(0.02);
    const svg = join(out, 'stereo-gain-activity.svg');
    expect(existsSync(svg)).toBe(true);
    expect(readFileSync(svg, 'utf8')).toContain('<svg');
  });

  // Issue 7: `rxdsp run <example> --simulated --fast` works for all nine examples, prints the final
  // meter line and the statistics. The playback examples stream synchronously in fast mode, before
  // the meter subscribes: the final meter line must still show (it once did not).
  it.each(['loop-through', 'iir-lowpass', 'remez-bandpass', 'iir-notch', 'three-band-eq', 'stereo-gain', 'cross-panning', 'wav-playback', 'noise-measurement'])(
    'run %s --simulated --fast prints the meter and the statistics',
    async (name) => {
      const r = await rxdsp('run', name, '--simulated', '--fast', '--seconds', '0.5', '--frame-length', '512', '--fs', '32000', '--out', join(tmp, `all-${name}`));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('Streaming 0.5 s at 32000 Hz, 512 samples per frame');
      expect(r.stdout).toMatch(/ 0\.5\/0\.5 s {2}(1|L) \[[#-]{20}\]/);
      expect(r.stdout).toMatch(/Frames = 32, gaps = 0/); // ceil(0.5 · 32000 / 512) = ceil(31.25)
      // on the virtual clock, duplex and playback examples alike: one frame every 512 / 32000 s
      expect(r.stdout).toContain('Average Callback Period = 16.00 (ms)');
      expect(errLines(r.stderr)).toEqual([]);
    },
    30_000,
  );

  it('measure --filter iir-notch writes the response and PSD plots', async () => {
    const out = join(tmp, 'measure');
    const r = await rxdsp('measure', '--filter', 'iir-notch', '--simulated', '--fast', '--seconds', '4', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const dev = Number(/tfestimate versus design: max deviation (\d+\.\d+) dB/.exec(r.stdout)?.[1]);
    expect(dev).toBeLessThan(0.1);
    for (const f of ['noise-measurement-iir-notch-response.svg', 'noise-measurement-iir-notch-psd.svg', 'noise-measurement-activity.svg']) {
      expect(readFileSync(join(out, f), 'utf8')).toContain('<svg');
    }
  });

  it('latency measures the simulated device\u2019s modelled loop: one frame in, one cushion frame out', async () => {
    for (const [frameLength, signal] of [['256', 'chirp'], ['1024', 'impulse']] as const) {
      const r = await rxdsp('latency', '--simulated', '--fast', '--frame-length', frameLength, '--signal', signal, '--repetitions', '3');
      expect(r.code, r.stderr).toBe(0);
      // simulatedDevice's default cushion is 1 frame: round trip (1 + 1) · frameLength samples
      const n = 2 * Number(frameLength);
      expect([...r.stdout.matchAll(/#\d: (\d+) samples/g)].map((m) => Number(m[1]))).toEqual([n, n, n]);
      expect(r.stdout).toContain(`Median ${n} samples`);
      expect(r.stdout).toContain('measured − ideal = 0.00 ms');
    }
  });

  it('devices prints a table or says why there is none', async () => {
    const r = await rxdsp('devices');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/device\(s\)\. Choose one with --device|No PortAudio devices: .*\nThe simulated device is always available/);
  });
});

/** Starts rxdsp in the background; resolves when `ready` matches its stdout. */
function start(args: string[], ready: RegExp): Promise<{ child: ReturnType<typeof spawn>; out: () => string; match: RegExpMatchArray; exited: Promise<number> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)));
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => rejectStart(new Error(`rxdsp ${args.join(' ')} did not print ${ready} in time:\n${stdout}\n${stderr}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = ready.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolveStart({ child, out: () => stdout, match: m, exited });
      }
    });
    void exited.then((code) => rejectStart(new Error(`rxdsp exited with ${code} before ${ready}:\n${stdout}\n${stderr}`)));
  });
}

describe('rxdsp --out that cannot be written (issue 13)', () => {
  const file = join(tmp, 'a-file');
  writeFileSync(file, 'x');
  const cases: [string[], string, string][] = [
    [['run', 'stereo-gain', '--simulated', '--seconds', '1'], join(file, 'sub'), 'a part of the path is a file, not a folder'],
    [['run', 'stereo-gain', '--simulated', '--seconds', '1'], file, 'it is a file, not a folder'],
    [['measure', '--filter', 'iir-notch', '--simulated', '--seconds', '1'], join(file, 'sub', 'deeper'), 'a part of the path is a file, not a folder'],
    [['panel', 'stereo-gain', '--simulated', '--port', '0'], join(file, 'sub'), 'a part of the path is a file, not a folder'],
  ];
  for (const [args, out, reason] of cases) {
    it(`rxdsp ${args[0]} --out ${out === file ? '<a file>' : '<under a file>'}: one line, exit 2, before streaming`, async () => {
      const r = await rxdsp(...args, '--out', out);
      expect(r.code).toBe(2);
      expect(errLines(r.stderr)).toEqual([`rxdsp: --out ${JSON.stringify(out)}: cannot write there (${reason})`]);
      expect(r.stdout).not.toContain('Streaming'); // nothing was streamed (and no device opened)
      expect(r.stdout).not.toContain('Device:');
    });
  }
  it('creates a missing folder with its parents, and leaves no probe file', async () => {
    const out = join(tmp, 'new', 'nested');
    const r = await rxdsp('run', 'stereo-gain', '--simulated', '--fast', '--seconds', '0.1', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.startsWith('.rxdsp'))).toEqual([]);
  });
});

describe('rxdsp panel on a port in use (issue 13)', () => {
  it('prints one line naming the port and exits 2, without a stack trace', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await rxdsp('panel', 'stereo-gain', '--simulated', '--port', String(port), '--out', join(tmp, 'busy'));
      expect(r.code).toBe(2);
      expect(errLines(r.stderr)).toEqual([`rxdsp: panel: port ${port} on 127.0.0.1 is already in use (choose another with --port; 0 picks a free port)`]);
    } finally {
      blocker.close();
    }
  }, 40_000);
});

describe('rxdsp streaming until Ctrl-C', () => {
  it('run stops early on SIGINT and still prints the statistics and plots', async () => {
    const out = join(tmp, 'sigint');
    const p = await start(['run', 'loop-through', '--simulated', '--seconds', '60', '--out', out], /Streaming 60 s/);
    await new Promise((r) => setTimeout(r, 1500));
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
    const frames = Number(/Frames = (\d+), gaps = 0/.exec(p.out())?.[1]);
    // real time: about 1.5 s of 21.33 ms frames were processed, far fewer than 60 s worth (2813)
    expect(frames).toBeGreaterThan(20);
    expect(frames).toBeLessThan(400);
    expect(p.out()).toContain(`wrote ${join(out, 'loop-through-activity.svg')}`);
  }, 40_000);

  // Bounded long runs (issue 10): a --fast run is computed on virtual time in slices that yield to
  // the event loop, so a signal stops it at once even when it was asked to run for 1e9 s (before:
  // the virtual clock was flushed in one synchronous call, SIGINT and SIGTERM were never handled).
  // The statistics are printed as soon as the stream has stopped (within 1 s of the signal); the
  // example's analysis and plots (over the newest --history seconds) follow before the exit.
  for (const [signal, example, mode] of [
    ['SIGINT', 'iir-notch', 'fast'],
    ['SIGTERM', 'loop-through', 'fast'],
    ['SIGTERM', 'loop-through', 'real time'],
  ] as const) {
    it(`${signal} stops a ${mode} run of ${example} within 1 s and still prints the report`, async () => {
      const out = join(tmp, `signal-${signal}-${example}-${mode.replace(' ', '-')}`);
      const fast = mode === 'fast' ? ['--fast', '--seconds', '1e9'] : ['--seconds', '60'];
      const r = await stopBySignal(ROOT, CLI, ['run', example, '--simulated', ...fast, '-q', '--out', out], { signal, ready: /Streaming/, afterMs: 1500 });
      console.log(`rxdsp run ${example} (${mode}): ${signal} → statistics after ${r.statsMs.toFixed(0)} ms, exit after ${r.exitMs.toFixed(0)} ms`);
      expect(r.killedBy, r.stderr).toBeNull();
      expect(r.code, r.stderr).toBe(0);
      expect(r.statsMs).toBeLessThan(1000);
      const frames = Number(/Frames = (\d+), gaps = 0/.exec(r.stdout)?.[1]);
      expect(frames).toBeGreaterThan(20);
      if (mode === 'real time') expect(frames).toBeLessThan(400); // about 1.5 s of 21.33 ms frames
      expect(r.stdout).toContain(`wrote ${join(out, `${example}-activity.svg`)}`);
      // the analysis of at most --history (10) seconds: bounded, whatever the run's length
      expect(r.exitMs).toBeLessThan(15_000);
    }, 60_000);
  }

  it('panel serves its page, the uPlot files and the WebSocket endpoint on 127.0.0.1, and quits on SIGINT', async () => {
    const p = await start(['panel', 'three-band-eq', '--simulated', '--port', '0', '--out', join(tmp, 'panel')], /Panel: (http:\/\/127\.0\.0\.1:\d+\/)\?token=([A-Za-z0-9_-]{43}) /);
    const url = `${p.match[1]!}?token=${p.match[2]!}`;
    expect((await fetch(p.match[1]!)).status).toBe(403); // the page needs the printed token
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('three-band-eq: Three-band peaking equaliser');
    expect(html).toContain('/uplot/uPlot.iife.min.js');
    const js = await fetch(new URL('/uplot/uPlot.iife.min.js', url));
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await js.text()).length).toBeGreaterThan(10_000);
    expect((await fetch(new URL('/uplot/uPlot.min.css', url))).status).toBe(200);
    expect((await fetch(new URL('/etc/passwd', url))).status).toBe(404);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    // the WebSocket greets with the example's live parameters and rejects nonsense without dying
    const ws = new WebSocket(new URL(`/ws?token=${p.match[2]!}`, url).href.replace('http', 'ws'), { origin: new URL(url).origin });
    const messages: { type: string; [k: string]: unknown }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(d.toString()) as { type: string }));
    await new Promise<void>((r) => ws.once('open', () => r()));
    ws.send('not json');
    await new Promise((r) => setTimeout(r, 300));
    expect(messages[0]?.type).toBe('hello');
    expect((messages[0]?.parameters as { name: string }[]).map((q) => q.name)).toEqual(['gain100Hz', 'gain1kHz', 'gain8kHz']);
    expect(messages[1]).toMatchObject({ type: 'error' });
    expect(String(messages[1]?.message)).toMatch(/^rejected: malformed JSON/);
    ws.close();
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
    expect(p.out()).toContain('closing the panel');
  }, 40_000);
});
