// Proves that @rxdsp/core is publishable on its own: build it, `pnpm pack` it, install the tarball
// with plain npm (and rxjs, its peer) into a fresh project outside the workspace, then run an ESM
// script, a CJS script and a TypeScript type check (nodenext resolution) against the installed copy.
//
// The build is the package's own (its tsup config, run by pnpm in the package), written into a
// staging copy of the package rather than into packages/core/dist: tsup cleans its output
// directory first, and other tests running in parallel may load packages/core/dist.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '@rxdsp/test-utils';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rxdsp-core-pack-'));
const project = join(work, 'project');
const env = { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };

/** Runs a command asynchronously (never blocking the test worker); rejects with its stderr on failure. */
async function run(cmd: string, args: string[], cwd: string): Promise<string> {
  const r = await runProcess(cmd, args, { cwd, env, timeoutMs: 150_000 });
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** pnpm on PATH, else the pinned version through npx (as scripts/setup.mjs falls back to). */
async function pnpmCommand(): Promise<[string, ...string[]]> {
  try {
    await run('pnpm', ['--version'], repoRoot);
    return ['pnpm'];
  } catch {
    const pinned = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string }).packageManager.split('@')[1];
    return ['npx', '--yes', `pnpm@${pinned}`];
  }
}

// The scripts exercise sources, operators, the saturating conversion and its clip report, WAV I/O
// through the bundled `wavefile` interop, interleave and the simulated device on virtual time.
const body = (importLine: string) => `${importLine}
const out = {};
const frames = [];
fromSamples([1, 2, 3, 4, 5], { sampleRate: 8000, frameLength: 2 })
  .pipe(reframe(4, { tail: 'pad' }))
  .subscribe((f) => frames.push([f.index, Array.from(f.channels[0])]));
out.reframe = frames;
const clips = clipCounter();
const ints = [];
fromSamples([0.5, -2, 1.5], { sampleRate: 8000, frameLength: 3 })
  .pipe(gain(1), toInt16({ scale: 'unit', onClip: clips.onClip }))
  .subscribe((f) => ints.push(...f.channels[0]));
out.int16 = ints;
out.clipped = clips.clipped;
out.interleave = Array.from(interleave([Int16Array.of(1, 2), Int16Array.of(-1, -2)]));
const wavPath = process.argv[2];
tone(1000, { sampleRate: 8000, frameLength: 4, seconds: 8 / 8000, dtype: 'int16' }).pipe(writeWav(wavPath)).subscribe();
const back = [];
readWav(wavPath, { frameLength: 8 }).subscribe((f) => back.push(f.channels[0].constructor.name, ...f.channels[0]));
out.wav = back;
const ts = new TestScheduler(() => {});
let run;
ts.run(() => {
  run = simulatedDevice({ sampleRate: 1000, frameLength: 2, channels: 1, input: [5, 6, 7, 8], latencyFrames: 0, scheduler: ts })
    .duplex((s) => s.pipe(map((f) => f)), { seconds: 0.004 });
});
run.done.then((r) => {
  out.duplex = { frames: r.frames, played: Array.from(run.output().channels[0]) };
  out.errorClass = new FrameFormatError('x').code;
  console.log(JSON.stringify(out));
});
`;

const expected = {
  reframe: [
    [0, [1, 2, 3, 4]],
    [4, [5, 0, 0, 0]],
  ],
  // 0.5·32768 = 16384; −2 and 1.5 saturate (2 clipped)
  int16: [16384, -32768, 32767],
  clipped: 2,
  interleave: [1, -1, 2, -2],
  // full-scale int16 tone at fs/8: 32767·sin(πn/4), rounded: 0, ±23170 (32767/√2 = 23169.77), ±32767
  wav: ['Int16Array', 0, 23170, 32767, 23170, 0, -23170, -32767, -23170],
  duplex: { frames: 2, played: [0, 0, 5, 6, 7, 8] },
  errorClass: 'FRAME_FORMAT',
};

describe('@rxdsp/core pack-and-install', () => {
  let tarball = '';

  beforeAll(async () => {
    const [pnpm, ...pre] = await pnpmCommand();
    const staging = join(work, 'core');
    mkdirSync(staging, { recursive: true });
    for (const f of ['package.json', 'README.md', 'LICENSE']) copyFileSync(join(pkgDir, f), join(staging, f));
    await run(pnpm, [...pre, '--filter', '@rxdsp/core', 'exec', 'tsup', '--out-dir', join(staging, 'dist')], repoRoot);
    await run(pnpm, [...pre, 'pack', '--pack-destination', work], staging);
    const tgz = readdirSync(work).filter((f) => f.endsWith('.tgz'));
    expect(tgz).toHaveLength(1);
    tarball = join(work, tgz[0] as string);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'rxdsp-pack-check', version: '0.0.0', private: true }, null, 2));
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, 'rxjs@^7.8.0'], project);
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs one rxjs (the peer) and ships only dist + README + package.json', async () => {
    expect(existsSync(join(project, 'node_modules/@rxdsp/core/dist/index.js'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/@rxdsp/core/dist/index.cjs'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/@rxdsp/core/node_modules/rxjs'))).toBe(false);
    const files = readdirSync(join(project, 'node_modules/@rxdsp/core')).sort();
    expect(files.filter((f) => !['dist', 'package.json', 'README.md', 'LICENSE', 'node_modules'].includes(f))).toEqual([]);
    expect(existsSync(join(project, 'node_modules/@rxdsp/core/src'))).toBe(false);
  });

  it('runs an ESM script against the installed package', async () => {
    const script = join(project, 'check.mjs');
    writeFileSync(
      script,
      body(
        `import { clipCounter, FrameFormatError, fromSamples, gain, interleave, reframe, simulatedDevice, toInt16, tone } from '@rxdsp/core';\nimport { readWav, writeWav } from '@rxdsp/core/node';\nimport { map } from 'rxjs';\nimport { TestScheduler } from 'rxjs/testing';`,
      ),
    );
    const out = await run('node', [script, join(work, 'esm.wav')], project);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('runs a CJS script against the installed package', async () => {
    const script = join(project, 'check.cjs');
    writeFileSync(
      script,
      body(
        `const { clipCounter, FrameFormatError, fromSamples, gain, interleave, reframe, simulatedDevice, toInt16, tone } = require('@rxdsp/core');\nconst { readWav, writeWav } = require('@rxdsp/core/node');\nconst { map } = require('rxjs');\nconst { TestScheduler } = require('rxjs/testing');`,
      ),
    );
    const out = await run('node', [script, join(work, 'cjs.wav')], project);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('type-checks a TypeScript consumer with nodenext resolution (ESM and CJS declarations)', async () => {
    writeFileSync(
      join(project, 'check.mts'),
      `import { fromSamples, reframe, toInt16, type Frame } from '@rxdsp/core';\nconst f: Frame<Int16Array> | undefined = undefined;\nfromSamples(new Float64Array(4), { sampleRate: 8000, frameLength: 2 }).pipe(reframe(4), toInt16({ scale: 'unit' })).subscribe((x: Frame<Int16Array>) => void x);\nvoid f;\n`,
    );
    writeFileSync(join(project, 'check.cts'), `import core = require('@rxdsp/core');\nconst n: number = core.frameLength({ channels: [new Int16Array(3)], sampleRate: 8000, index: 0 });\nvoid n;\n`);
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const res = await run(
      'node',
      [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules/@types'), 'check.mts', 'check.cts'],
      project,
    );
    expect(res.trim()).toBe('');
  });
});
