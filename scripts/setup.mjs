#!/usr/bin/env node
// The README's commands go through this script, so that on a fresh machine with only
// Node.js ≥ 20 and npm they install everything they need on the way:
//
//   npm run demo   → node scripts/setup.mjs demo    (install, then the flagship demo)
//   npm test       → node scripts/setup.mjs test    (install, build, system deps, every test)
//   npm run bench  → node scripts/setup.mjs bench   (install, then the benchmarks vs scipy)
//
// Steps: pnpm (the pinned version of package.json's packageManager) → `pnpm install
// --frozen-lockfile` with native addons built against the local Node headers → for
// `test`, where we are root with apt: PulseAudio's virtual loopback device and Debian's
// chromium and fonts-dejavu-core → build → type check → unit tests → device tests → browser tests → a
// one-line summary "tests: N passed, N failed, N skipped, N errors".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] ?? 'install';
const extraArgs = process.argv.slice(3);
const MODES = ['install', 'test', 'demo', 'bench'];
if (!MODES.includes(mode)) {
  console.error(`setup: unknown mode '${mode}', expected one of ${MODES.join(', ')}`);
  process.exit(2);
}

const log = (msg) => console.log(`\n[rxdsp setup] ${msg}`);
const env = { ...process.env };

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env, ...opts });
  if (r.error) return { status: 127, error: r.error };
  return { status: r.status ?? 1, signal: r.signal };
}
function capture(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}
function must(cmd, args, what) {
  const r = run(cmd, args);
  if (r.status !== 0) {
    console.error(`[rxdsp setup] ${what} failed (exit ${r.status}${r.error ? `: ${r.error.message}` : ''})`);
    process.exit(r.status || 1);
  }
}

// 1. pnpm, the version pinned in package.json.
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
let pnpm = ['pnpm'];
if (capture('pnpm', ['--version']) !== pinned) {
  log(`installing pnpm ${pinned} (npm install -g pnpm@${pinned})`);
  if (run('npm', ['install', '-g', `pnpm@${pinned}`], { stdio: ['ignore', 'inherit', 'inherit'] }).status !== 0 ||
      capture('pnpm', ['--version']) !== pinned) {
    log(`global install not possible here; using npx pnpm@${pinned}`);
    pnpm = ['npx', '--yes', `pnpm@${pinned}`];
  }
}
const pn = (args, what) => must(pnpm[0], [...pnpm.slice(1), ...args], what);

// 2. Native addons (@rxdsp/portaudio-native, when its prebuilt binary does not load) build against the local Node headers when npm is set up
//    that way; pnpm does not read npm's `nodedir`, so pass it on.
if (!env.npm_config_nodedir) {
  const nodedir = capture('npm', ['config', 'get', 'nodedir']);
  if (nodedir && nodedir !== 'undefined' && nodedir !== 'null' && existsSync(nodedir)) env.npm_config_nodedir = nodedir;
}

log('pnpm install --frozen-lockfile');
pn(['install', '--frozen-lockfile'], 'pnpm install');
if (mode === 'install') process.exit(0);

const tsx = (file, args) => pn(['exec', 'tsx', file, ...args], file);

const virtualAudio = join(root, 'scripts/virtual-audio.sh');
/** Runs `scripts/virtual-audio.sh <cmd>`; on success exports the KEY=VALUE lines it prints and RXDSP_AUDIO=virtual. */
function virtualAudioEnv(cmd) {
  const r = spawnSync('bash', [virtualAudio, cmd], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (cmd !== 'status') process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) return r.status ?? 1;
  for (const line of (r.stdout ?? '').split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  env.RXDSP_AUDIO = 'virtual';
  return 0;
}

if (mode === 'demo') {
  // A real sound card is used when PortAudio finds one; else the virtual loopback device if it
  // runs; else the simulated device (openDevice of packages/runtime decides and says which).
  if (existsSync(virtualAudio)) virtualAudioEnv('status');
  tsx('examples/demo.ts', extraArgs);
  process.exit(0);
}
if (mode === 'bench') {
  tsx('benchmarks/run.ts', extraArgs);
  process.exit(0);
}

// ---- test ----------------------------------------------------------------------------
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = capture('sh', ['-c', 'command -v apt-get']) !== null;
const inCi = Boolean(env.CI);
const skipReasons = [];

// 3. System packages for the device and browser tests (Debian's, through apt).
if (isRoot && hasApt) {
  // fonts-dejavu-core: a font for the text of @rxdsp/plots' PNG output (its tests check the labels are drawn).
  const missing = ['chromium', 'fonts-dejavu-core'].filter((p) => capture('dpkg-query', ['-W', '-f=${Status}', p]) !== 'install ok installed');
  if (missing.length > 0) {
    log(`apt-get install ${missing.join(' ')}`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env: aptEnv });
    const r = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: aptEnv });
    if (r.status !== 0) skipReasons.push(`apt-get install ${missing.join(' ')} failed`);
  }
  if (existsSync(virtualAudio)) {
    log('virtual PulseAudio loopback device: install + start');
    if (run('bash', [virtualAudio, 'install']).status === 0) {
      const status = virtualAudioEnv('start');
      if (status !== 0) skipReasons.push(`scripts/virtual-audio.sh start failed (exit ${status})`);
    } else skipReasons.push('scripts/virtual-audio.sh install failed');
  }
} else {
  skipReasons.push(isRoot ? 'apt-get is not available' : 'not running as root (apt-get install needs root)');
}
if (env.RXDSP_AUDIO !== 'virtual') {
  console.log(`[rxdsp setup] device tests will be SKIPPED: the virtual audio device is not running (${skipReasons.join('; ') || 'unknown reason'}).`);
}
if (!existsSync('/usr/bin/chromium')) {
  console.log(`[rxdsp setup] browser tests will be SKIPPED: /usr/bin/chromium is missing (${skipReasons.join('; ') || 'not installed'}).`);
}

// 4. Build every package (ESM + CJS + d.ts), check the package contracts, type check.
log('build');
pn(['-r', '--filter', './packages/*', 'run', 'build'], 'build');
log('publint (package contracts)');
pn(['-r', '--filter', './packages/*', 'run', 'lint'], 'publint');
log('type check (tsc --noEmit)');
pn(['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit'], 'type check');

// 5. Tests, in passes: unit (in-process, parallel), spawn (tests that start processes: the CLI, the
//    example files, npm pack; serial so they never starve the unit workers of the two cores), then
//    device and browser tests (serial: real time matters). Each pass reports its counts through
//    scripts/summaryReporter.ts, including vitest's unhandled errors, which fail a run even when
//    every test passed.
const outDir = join(root, 'out');
mkdirSync(outDir, { recursive: true });
const notIn = (...globs) => globs.flatMap((g) => ['--exclude', g]);
const passes = [
  { name: 'unit', args: notIn('**/*.device.test.ts', '**/*.browser.test.ts', '**/*.spawn.test.ts', '**/node_modules/**') },
  { name: 'spawn', args: ['--no-file-parallelism', '.spawn.test.ts'], filter: /\.spawn\.test\.ts$/ },
  // Device tests stream through a real sound server in real time, one file at a time (two streams
  // on the loopback at once disturb each other). A test that fails is run once more: a stall of
  // the machine (not of rxdsp) can starve PulseAudio; a second failure fails the run.
  { name: 'device', args: ['--no-file-parallelism', '--retry=1', '.device.test.ts'], filter: /\.device\.test\.ts$/ },
  { name: 'browser', args: ['--no-file-parallelism', '.browser.test.ts'], filter: /\.browser\.test\.ts$/ },
];
const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
let failedPass = false;
const tracked = capture('git', ['ls-files', '--cached', '--others', '--exclude-standard']) ?? '';
for (const pass of passes) {
  if (pass.filter && !tracked.split('\n').some((f) => pass.filter.test(f))) continue;
  const summaryFile = join(outDir, `vitest-${pass.name}.summary.json`);
  rmSync(summaryFile, { force: true });
  const args = ['exec', 'vitest', 'run', '--reporter=default', '--reporter=./scripts/summaryReporter.ts', ...pass.args];
  log(`${pass.name} tests`);
  const r = run(pnpm[0], [...pnpm.slice(1), ...args], { env: { ...env, RXDSP_SUMMARY_FILE: summaryFile } });
  const counts = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : null;
  if (counts) for (const k of Object.keys(totals)) totals[k] += counts[k] ?? 0;
  if (r.status !== 0) {
    failedPass = true;
    // A pass that failed without a failed test or a counted error (vitest crashed, was killed, or
    // exited non-zero for a reason its reporters never saw) still counts as an error.
    if (!counts || (counts.failed === 0 && counts.errors === 0)) {
      totals.errors += 1;
      console.error(`[rxdsp setup] the ${pass.name} pass exited with status ${r.status ?? r.signal} without a failed test: counted as an error`);
    }
  }
}
// 6. Distribution: every publishable package packed, installed with plain npm into a project
//    outside the workspace (no compiler on PATH: the prebuilt addon), and used there as a user would.
log('distribution test (scripts/dist-test.mjs)');
{
  const r = spawnSync('node', ['scripts/dist-test.mjs'], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(r.stdout ?? '');
  const m = /^dist: (\d+) passed, (\d+) failed$/m.exec(r.stdout ?? '');
  totals.passed += m ? Number(m[1]) : 0;
  totals.failed += m ? Number(m[2]) : 0;
  if (r.status !== 0) {
    failedPass = true;
    if (!m || Number(m[2]) === 0) totals.errors += 1;
  }
}
if (inCi && env.RXDSP_AUDIO !== 'virtual') {
  console.error('[rxdsp setup] CI must run the device tests, but the virtual audio device could not be started.');
  failedPass = true;
  totals.errors += 1;
}
const failing = failedPass || totals.failed > 0 || totals.errors > 0;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, ${totals.errors} errors`);
process.exit(failing ? 1 : 0);
