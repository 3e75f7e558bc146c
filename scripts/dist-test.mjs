#!/usr/bin/env node
// Distribution test: what a user gets from the registry, proved from the tarballs.
//
//   node scripts/dist-test.mjs [--keep] [--no-source-build] [--no-pnpm]
//
// 1. Packs every publishable package (packages/*, not private) with `pnpm pack`, which rewrites
//    `workspace:` ranges to real versions, and checks each tarball: no `workspace:` range left,
//    every internal @rxdsp/* range satisfied by the version packed beside it, a LICENSE file,
//    `repository` (with `directory`) and `homepage`, and README links that resolve inside the
//    tarball (or are absolute URLs).
// 2. Installs the tarballs with plain `npm install` into a new project in the system's temporary
//    directory (outside the workspace: no pnpm, no patches), every @rxdsp/* dependency resolved to
//    its local tarball (direct dependencies plus npm `overrides`), with a PATH that holds no C/C++
//    compiler, make or python (and npm_config_build_from_source=false), so the native addon can
//    only come from the prebuilt binary inside @rxdsp/portaudio-native. Reports time and size.
// 3. There: an ESM and a CJS import of every package (and of @rxdsp/core/node), a PNG plot rendered
//    by the installed @rxdsp/plots (ESM and CJS; resvg's prebuilt binary from the registry, no install
//    script), an esbuild browser bundle of the installed core + filters + analysis, `listDevices` (nothing on stderr), a 2 s
//    adc → sosFilter → dac loop on the virtual device with 0 gaps in the frame index,
//    `npx rxdsp devices` and `npx rxdsp run remez-bandpass` (on PortAudio, not the simulated device).
// 4. Rebuilds the addon from the tarball's sources (`npm rebuild --build-from-source`, compiler on
//    PATH) and lists the devices again: the path a user on another platform takes.
// 5. A pnpm consumer of the same tarballs (pnpm `overrides` to the tarballs; build scripts not
//    approved, as pnpm 10 does by default): installs without ERR_PNPM_FETCH_404, imports, lists.
//
// The device checks need the virtual loopback device (`bash scripts/virtual-audio.sh start`; its
// variables are taken from `virtual-audio.sh env` when PULSE_SERVER is unset). Without it they are
// skipped, except in CI, where they fail. The last line is `dist: N passed, M failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = new Set(process.argv.slice(2));
const keep = argv.has('--keep');
const sourceBuild = !argv.has('--no-source-build');
const pnpmConsumer = !argv.has('--no-pnpm');
const inCi = Boolean(process.env.CI);

const results = [];
const say = (msg) => console.log(`[dist] ${msg}`);
function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`[dist] ${ok === 'skip' ? 'SKIP' : ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}
function check(name, fn) {
  try {
    const detail = fn();
    record(name, true, typeof detail === 'string' ? detail : '');
    return true;
  } catch (err) {
    record(name, false, err instanceof Error ? err.message : String(err));
    return false;
  }
}

/** Runs a command; returns { status, stdout, stderr, ms }. */
function sh(cmd, args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000, ...opts });
  return { status: r.error ? 127 : (r.status ?? 1), stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : ''), ms: performance.now() - t0 };
}
function must(what, r) {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}\n${(r.stderr || r.stdout).trim().split('\n').slice(-15).join('\n')}`);
  return r;
}
const tail = (s, n = 6) => s.trim().split('\n').slice(-n).join(' | ');

const work = mkdtempSync(join(tmpdir(), 'rxdsp-dist-'));
const tarDir = join(work, 'tarballs');
mkdirSync(tarDir);
say(`work directory ${work}`);

// ---- pnpm (the pinned version, as scripts/setup.mjs finds it) ---------------------------------
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const pnpm = sh('pnpm', ['--version']).stdout.trim() === pinned ? ['pnpm'] : ['npx', '--yes', `pnpm@${pinned}`];
const runPnpm = (args, opts) => sh(pnpm[0], [...pnpm.slice(1), ...args], opts);

// ---- 1. pack --------------------------------------------------------------------------------
const packages = readdirSync(join(root, 'packages'))
  .map((d) => ({ dir: join(root, 'packages', d), pkg: JSON.parse(readFileSync(join(root, 'packages', d, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private)
  .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
const versions = new Map(packages.map(({ pkg }) => [pkg.name, pkg.version]));
const tarballs = new Map(); // name → path

// A package's type declarations need those of the packages it imports (cli → runtime → core …):
// when a dist/ is missing, build them all at once, in pnpm's dependency order.
const unbuilt = packages.filter(({ dir, pkg }) => pkg.scripts?.build && !existsSync(join(dir, 'dist')));
if (unbuilt.length > 0) {
  say(`no dist/ in ${unbuilt.map(({ pkg }) => pkg.name).join(', ')}: building the packages in dependency order`);
  must('build', runPnpm(['-r', '--filter', './packages/*', 'run', 'build'], { cwd: root }));
}
for (const { dir, pkg } of packages) {
  check(`pack ${pkg.name}`, () => {
    const before = new Set(readdirSync(tarDir));
    must('pnpm pack', runPnpm(['pack', '--pack-destination', tarDir], { cwd: dir }));
    const made = readdirSync(tarDir).filter((f) => !before.has(f) && f.endsWith('.tgz'));
    if (made.length !== 1) throw new Error(`expected one new tarball, got ${made.join(', ') || 'none'}`);
    tarballs.set(pkg.name, join(tarDir, made[0]));
    return made[0];
  });
}

/** Lists a tarball's files (without the leading package/). */
function tarFiles(tgz) {
  return must('tar -tzf', sh('tar', ['-tzf', tgz])).stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
}
function tarRead(tgz, file) {
  return must(`tar -xOzf ${file}`, sh('tar', ['-xOzf', tgz, `package/${file}`])).stdout;
}
/** Whether `version` satisfies a ^ / ~ / exact range (the forms pnpm pack writes). */
function satisfies(version, range) {
  const v = version.split('.').map(Number);
  const m = /^([\^~]?)(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!m) return false;
  const r = [Number(m[2]), Number(m[3]), Number(m[4])];
  const cmp = v[0] - r[0] || v[1] - r[1] || v[2] - r[2];
  if (m[1] === '') return cmp === 0;
  if (cmp < 0) return false;
  if (m[1] === '~') return v[0] === r[0] && v[1] === r[1];
  return r[0] > 0 ? v[0] === r[0] : r[1] > 0 ? v[0] === 0 && v[1] === r[1] : v[0] === 0 && v[1] === 0 && v[2] === r[2];
}

const sizes = [];
for (const [name, tgz] of tarballs) {
  check(`tarball ${name}: manifest, LICENSE, repository, README links`, () => {
    const files = tarFiles(tgz);
    const manifest = JSON.parse(tarRead(tgz, 'package.json'));
    const problems = [];
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
        if (String(range).startsWith('workspace:')) problems.push(`${field}.${dep} is still ${range}`);
        if (versions.has(dep) && !satisfies(versions.get(dep), range)) problems.push(`${field}.${dep} ${range} does not match the packed ${dep}@${versions.get(dep)}`);
      }
    }
    if (!files.some((f) => /^LICEN[CS]E(\.md|\.txt)?$/i.test(f))) problems.push('no LICENSE file');
    if (!manifest.repository?.url || !manifest.repository?.directory) problems.push('repository.url/.directory missing');
    if (!manifest.homepage) problems.push('homepage missing');
    if (!manifest.license) problems.push('license missing');
    if (files.includes('README.md')) {
      const readme = tarRead(tgz, 'README.md');
      for (const m of readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = m[1];
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = target.replace(/^\.\//, '').replace(/#.*$/, '');
        if (!files.includes(path) && !files.some((f) => f.startsWith(`${path}/`))) problems.push(`README link ${target} is not in the package`);
      }
    } else problems.push('no README.md');
    if (problems.length) throw new Error(problems.join('; '));
    const kb = Math.round(readFileSync(tgz).length / 1024);
    sizes.push(`${name} ${kb} KB`);
    return `${files.length} files, ${kb} KB`;
  });
}
check('tarball @rxdsp/portaudio-native: prebuilt linux-x64 addon and libportaudio.so.2, no build/', () => {
  const files = tarFiles(tarballs.get('@rxdsp/portaudio-native'));
  const pre = files.filter((f) => f.startsWith('prebuilds/linux-x64/'));
  if (!pre.some((f) => f.endsWith('.node')) || !pre.includes('prebuilds/linux-x64/libportaudio.so.2')) throw new Error(`prebuilds: ${pre.join(', ') || 'none'}`);
  if (files.some((f) => f.startsWith('build/'))) throw new Error('build/ is in the tarball');
  for (const f of ['binding.gyp', 'src/RtStream.cc', 'portaudio/include/portaudio.h', 'portaudio/bin/libportaudio.so.2', 'NOTICE']) {
    if (!files.includes(f)) throw new Error(`${f} missing (needed to compile from source)`);
  }
  return pre.join(', ');
});

// ---- 2. npm install into a new project, no compiler on PATH ------------------------------------
const project = join(work, 'npm-project');
mkdirSync(project);
const fileSpec = (name) => `file:${tarballs.get(name)}`;
const internal = [...tarballs.keys()];
writeFileSync(
  join(project, 'package.json'),
  `${JSON.stringify(
    {
      name: 'rxdsp-dist-consumer',
      version: '0.0.0',
      private: true,
      type: 'commonjs',
      dependencies: { ...Object.fromEntries(internal.map((n) => [n, fileSpec(n)])), rxjs: '^7.8.0' },
      overrides: Object.fromEntries(internal.map((n) => [n, `$${n}`])),
    },
    null,
    2,
  )}\n`,
);

/** A directory of links to every program on PATH except compilers, make and python. */
function noCompilerPath() {
  const bin = join(work, 'bin-no-compiler');
  mkdirSync(bin);
  const banned = /^(cc|c\+\+|cpp|gcc|g\+\+|clang|clang\+\+|make|gmake|python|python3|.*-linux-gnu-(gcc|g\+\+|cc|c\+\+|cpp)).*$/;
  const seen = new Set();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes('pyenv') || !existsSync(dir)) continue;
    let entries = [];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of entries) {
      if (seen.has(f) || banned.test(f)) continue;
      seen.add(f);
      try {
        symlinkSync(join(dir, f), join(bin, f));
      } catch {
        // a name that cannot be linked is not needed
      }
    }
  }
  return bin;
}
const baseEnv = { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
for (const k of Object.keys(baseEnv)) if (/^(npm_(package|lifecycle)_|PNPM_|pnpm_)/i.test(k) || k === 'INIT_CWD') delete baseEnv[k];
const noCcEnv = { ...baseEnv, PATH: noCompilerPath(), npm_config_build_from_source: 'false' };
delete noCcEnv.CC;
delete noCcEnv.CXX;

let installed = false;
check('no compiler on the install PATH', () => {
  const r = sh('sh', ['-c', 'for t in cc gcc g++ c++ clang make python3; do command -v $t && exit 1; done; exit 0'], { env: noCcEnv });
  if (r.status !== 0) throw new Error(`found ${r.stdout.trim()}`);
  return 'cc, gcc, g++, c++, clang, make, python3 absent';
});
let installFigures = '';
installed = check('npm install of the tarballs (plain npm, no compiler, no pnpm)', () => {
  const r = must('npm install', sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, env: noCcEnv }));
  const du = sh('du', ['-sk', join(project, 'node_modules')]).stdout.split(/\s/)[0];
  const duAddon = sh('du', ['-sk', join(project, 'node_modules/@rxdsp/portaudio-native')]).stdout.split(/\s/)[0];
  const count = sh('sh', ['-c', 'ls -d node_modules/* node_modules/@*/* | grep -v "/@[^/]*$" | wc -l'], { cwd: project }).stdout.trim();
  installFigures = `${(r.ms / 1000).toFixed(1)} s, node_modules ${(Number(du) / 1024).toFixed(1)} MB (${count} packages; @rxdsp/portaudio-native ${duAddon} KB)`;
  return installFigures;
});
if (installed) {
  check('the addon is the prebuilt binary (nothing compiled at install)', () => {
    const addonDir = join(project, 'node_modules/@rxdsp/portaudio-native');
    if (existsSync(join(addonDir, 'build'))) throw new Error('build/ exists: the addon was compiled');
    const r = must('resolve', sh('node', ['-e', "process.stdout.write(require('node-gyp-build').resolve(process.argv[1]))", addonDir], { cwd: addonDir, env: noCcEnv }));
    if (!r.stdout.includes('/prebuilds/linux-x64/')) throw new Error(`node-gyp-build resolves ${r.stdout}`);
    return r.stdout.replace(project, '<project>');
  });
  check('no @rxdsp package resolved from the registry', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    const bad = Object.entries(lock.packages ?? {})
      .filter(([p]) => /node_modules\/@rxdsp\//.test(p))
      .filter(([, v]) => !String(v.resolved ?? '').startsWith('file:') || !String(v.resolved).endsWith('.tgz'));
    const nested = Object.keys(lock.packages ?? {}).filter((p) => /node_modules\/.+\/node_modules\/@rxdsp\//.test(p));
    if (bad.length || nested.length) throw new Error(`${[...bad.map(([p, v]) => `${p} ← ${v.resolved}`), ...nested].join('; ')}`);
    return `${internal.length} packages from local tarballs, one copy each`;
  });
}

// ---- 3. use the installed packages -------------------------------------------------------------
const exportsToCheck = {
  '@rxdsp/core': ['tone', 'reframe', 'toInt16', 'simulatedDevice', 'WavFileError'],
  '@rxdsp/core/node': ['readWav', 'writeWav'],
  '@rxdsp/filters': ['butter', 'sosFilter', 'remez', 'SosFilterKernel'],
  '@rxdsp/analysis': ['welch', 'capture', 'streamStats', 'timingRecordOf'],
  '@rxdsp/plots': ['plotPsd', 'plotResponse', 'plotSpectrogram', 'activityPlot', 'svgToPng'],
  '@rxdsp/audio-portaudio': ['listDevices', 'adc', 'dac', 'duplex'],
  '@rxdsp/runtime': ['openDevice', 'startRun', 'runMain', 'runAsScript', 'parseExampleArgs', 'collectSamples', 'DspIoStream'],
  '@rxdsp/cli': [],
  '@rxdsp/portaudio-native': ['RtStream', 'listDevices', 'versionInfo', 'AudioIO'],
};
function importScript(kind, spec, names) {
  const want = JSON.stringify(names);
  return kind === 'esm'
    ? `import * as m from '${spec}';\nconst missing = ${want}.filter((n) => typeof m[n] !== 'function');\nif (missing.length) { console.error('missing exports: ' + missing.join(', ')); process.exit(1); }\nconsole.log(Object.keys(m).length + ' exports');\n`
    : `const m = require('${spec}');\nconst missing = ${want}.filter((n) => typeof m[n] !== 'function');\nif (missing.length) { console.error('missing exports: ' + missing.join(', ')); process.exit(1); }\nconsole.log(Object.keys(m).length + ' exports');\n`;
}
if (installed) {
  for (const [spec, names] of Object.entries(exportsToCheck)) {
    for (const kind of ['esm', 'cjs']) {
      check(`${kind === 'esm' ? 'ESM import' : 'CJS require'} of ${spec}`, () => {
        const file = join(project, `import-${spec.replace(/[@/]/g, '_')}.${kind === 'esm' ? 'mjs' : 'cjs'}`);
        writeFileSync(file, importScript(kind, spec, names));
        const r = must(`node ${file}`, sh('node', [file], { cwd: project, env: noCcEnv }));
        return r.stdout.trim();
      });
    }
  }
  check('esbuild browser bundle of the installed @rxdsp/core + @rxdsp/filters + @rxdsp/analysis (no Node built-ins)', () => {
    const esbuildDir = join(root, 'packages/filters/node_modules/esbuild');
    if (!existsSync(esbuildDir)) throw new Error('esbuild not found in the workspace (pnpm install)');
    const entry = join(project, 'browser-entry.mjs');
    writeFileSync(
      entry,
      "import { tone } from '@rxdsp/core';\nimport { butter, sosFilter } from '@rxdsp/filters';\nimport { welch } from '@rxdsp/analysis';\nglobalThis.welch = welch;\nconst sos = butter(4, 1000, { fs: 48000, output: 'sos' });\ntone(3000, { sampleRate: 48000, frameLength: 128, seconds: 0.01 }).pipe(sosFilter(sos)).subscribe((f) => globalThis.last = f);\n",
    );
    const script = `const esbuild = require(${JSON.stringify(esbuildDir)});\nesbuild.build({ entryPoints: [${JSON.stringify(entry)}], bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent', absWorkingDir: ${JSON.stringify(project)} })\n  .then((r) => console.log(Math.round(r.outputFiles[0].contents.length / 1024) + ' KB'), (e) => { console.error(e.errors.map((x) => x.text).join('; ')); process.exit(1); });\n`;
    const r = must('esbuild', sh('node', ['-e', script], { cwd: project, env: baseEnv }));
    return `bundle ${r.stdout.trim()}`;
  });
}

if (installed) {
  check('@rxdsp/plots: the rasteriser is one prebuilt @resvg/resvg-js-<platform> package from the registry, no install script', () => {
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    // the lockfile lists every platform's optional package; the ones on disk are what was installed
    const resvg = Object.entries(lock.packages ?? {}).filter(([p]) => /node_modules\/@resvg\//.test(p) && existsSync(join(project, p)));
    // npm leaves `resolved` out for the configured registry; anything else would name its source
    const registry = sh('npm', ['config', 'get', 'registry'], { env: noCcEnv }).stdout.trim().replace(/\/?$/, '/');
    const problems = [];
    for (const [p, v] of resvg) {
      const manifest = JSON.parse(readFileSync(join(project, p, 'package.json'), 'utf8'));
      const scripts = Object.keys(manifest.scripts ?? {}).filter((k) => /^(pre|post)?install$/.test(k));
      if (v.resolved !== undefined && !String(v.resolved).startsWith(registry)) problems.push(`${p} ← ${v.resolved}`);
      if (!v.integrity) problems.push(`${p}: no integrity`);
      if (v.hasInstallScript || scripts.length || existsSync(join(project, p, 'binding.gyp'))) problems.push(`${p}: install script ${scripts.join(', ')}`);
    }
    const native = resvg.map(([p]) => p.replace(/^.*node_modules\//, '')).filter((n) => n !== '@resvg/resvg-js');
    if (native.length !== 1) problems.push(`platform packages installed: ${native.join(', ') || 'none'}`);
    if (problems.length) throw new Error(problems.join('; '));
    const dir = join(project, 'node_modules', native[0]);
    return `${native[0]} ${lock.packages[`node_modules/${native[0]}`].version} (${readdirSync(dir).filter((f) => f.endsWith('.node')).join(', ')})`;
  });
  for (const kind of ['esm', 'cjs']) {
    check(`@rxdsp/plots renders a PNG from the installed tarball (${kind === 'esm' ? 'ESM' : 'CJS'}): signature, size, labels drawn`, () => {
      const file = join(project, `plot-png.${kind === 'esm' ? 'mjs' : 'cjs'}`);
      const load =
        kind === 'esm'
          ? "import { welch } from '@rxdsp/analysis';\nimport { plotPsd, svgToPng } from '@rxdsp/plots';\nimport { writeFileSync } from 'node:fs';\n"
          : "const { welch } = require('@rxdsp/analysis');\nconst { plotPsd, svgToPng } = require('@rxdsp/plots');\nconst { writeFileSync } = require('node:fs');\n";
      writeFileSync(
        file,
        `${load}(async () => {
  const x = Float64Array.from({ length: 8192 }, (_, n) => Math.sin(0.3 * n) + Math.sin(n * n));
  const w = welch(x, { fs: 48000, nperseg: 512 });
  const png = await plotPsd(w, { format: 'png', widthPx: 800, path: 'psd-${kind}.png', title: 'dist' });
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((b, i) => png[i] === b)) throw new Error('no PNG signature');
  const dv = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const [width, height] = [dv.getUint32(16), dv.getUint32(20)];
  if (width !== 800) throw new Error('width ' + width);
  // the labels are drawn: the same SVG without its <text> elements gives another image
  const svg = await plotPsd(w, { title: 'dist' });
  const bare = await svgToPng(svg.replace(/<text[^>]*>[^<]*<\\/text>/g, ''), { widthPx: 800 });
  if (Buffer.from(bare).equals(Buffer.from(png))) throw new Error('no text drawn');
  console.log(width + '×' + height + ' px, ' + png.length + ' bytes');
})().catch((e) => { console.error(e); process.exit(1); });
`,
      );
      const r = must(`node ${file}`, sh('node', [file], { cwd: project, env: noCcEnv }));
      return r.stdout.trim();
    });
  }
}

// The virtual loopback device.
const deviceEnv = { ...noCcEnv };
let haveDevice = false;
{
  const va = join(root, 'scripts/virtual-audio.sh');
  if (!deviceEnv.PULSE_SERVER && existsSync(va)) {
    for (const line of sh('sh', [va, 'env']).stdout.split('\n')) {
      const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
      if (m && deviceEnv[m[1]] === undefined) deviceEnv[m[1]] = m[2];
    }
  }
  haveDevice = existsSync(va) && sh('sh', [va, 'status'], { env: { ...process.env, ...deviceEnv, PATH: process.env.PATH } }).status === 0;
  if (!haveDevice) say(`the virtual audio device is not running (bash scripts/virtual-audio.sh start): device checks ${inCi ? 'FAIL in CI' : 'skipped'}`);
}
function deviceCheck(name, fn) {
  if (!installed) return;
  if (!haveDevice) {
    record(name, inCi ? false : 'skip', 'virtual audio device not running');
    return;
  }
  check(name, fn);
}

deviceCheck('listDevices on the virtual device (ESM), nothing on stderr', () => {
  const file = join(project, 'list.mjs');
  writeFileSync(file, "import { formatDeviceList, listDevices } from '@rxdsp/audio-portaudio';\nconst d = listDevices();\nif (!d.some((x) => x.maxInputChannels > 0) || !d.some((x) => x.maxOutputChannels > 0)) { console.error('no input/output device: ' + JSON.stringify(d)); process.exit(1); }\nconsole.log(formatDeviceList(d));\n");
  const r = must('node list.mjs', sh('node', [file], { cwd: project, env: deviceEnv }));
  if (r.stderr.trim()) throw new Error(`stderr: ${r.stderr.trim()}`);
  return r.stdout.trim().split('\n').join(' | ');
});
deviceCheck('2 s adc → toFloat → sosFilter → toInt16 → dac on the virtual device, 0 index gaps', () => {
  const file = join(project, 'loop.mjs');
  writeFileSync(
    file,
    `import { adc, dac } from '@rxdsp/audio-portaudio';
import { toFloat, toInt16 } from '@rxdsp/core';
import { butter, sosFilter } from '@rxdsp/filters';
import { takeUntil, tap, timer } from 'rxjs';
const fs = 48000;
const opts = { sampleRate: fs, channels: 1, frameLength: 256, latency: 0.05 };
const sos = butter(6, 2000, { fs, output: 'sos' });
let frames = 0, gaps = 0, next;
const out = dac(opts);
adc(opts)
  .pipe(
    takeUntil(timer(2000)),
    tap((f) => { if (next !== undefined && f.index !== next) gaps++; next = f.index + f.channels[0].length; frames++; }),
    toFloat({ scale: 'unit' }), sosFilter(sos), toInt16({ scale: 'unit' }),
  )
  .subscribe(out);
await out.drain();
const expected = Math.floor((2 * fs) / 256);
console.log(JSON.stringify({ frames, expected, gaps, dac: out.stats ? out.stats() : undefined }));
if (gaps !== 0 || frames < 0.8 * expected) process.exit(1);
`,
  );
  const r = sh('node', [file], { cwd: project, env: deviceEnv, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${tail(r.stdout + r.stderr)}`);
  const j = JSON.parse(r.stdout.trim().split('\n').at(-1));
  return `${j.frames} frames (≈${j.expected} expected), ${j.gaps} index gaps${j.dac ? `, dac ${JSON.stringify(j.dac)}` : ''}`;
});
deviceCheck('npx rxdsp devices', () => {
  const r = must('npx rxdsp devices', sh('npx', ['--no-install', 'rxdsp', 'devices'], { cwd: project, env: deviceEnv, timeout: 60_000 }));
  if (!/pulse/i.test(r.stdout)) throw new Error(`no pulse device listed: ${tail(r.stdout)}`);
  return tail(r.stdout, 3);
});

deviceCheck('npx rxdsp run remez-bandpass --seconds 1 runs on PortAudio (not the simulated device)', () => {
  const r = sh('npx', ['--no-install', 'rxdsp', 'run', 'remez-bandpass', '--seconds', '1', '--out', join(project, 'out')], { cwd: project, env: deviceEnv, timeout: 120_000 });
  const all = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${tail(all)}`);
  if (/simulated device/i.test(all)) throw new Error(`fell back to the simulated device: ${tail(all)}`);
  const line = all.split('\n').find((l) => /pulse|default|portaudio/i.test(l));
  if (!line) throw new Error(`no PortAudio device named in the output: ${tail(all)}`);
  return line.trim();
});

// ---- 4. compile the addon from the tarball's sources -------------------------------------------
if (installed && sourceBuild) {
  check('npm rebuild @rxdsp/portaudio-native --build-from-source (compiler on PATH), then it loads', () => {
    const env = { ...baseEnv };
    if (!env.npm_config_nodedir) {
      const nd = sh('npm', ['config', 'get', 'nodedir']).stdout.trim();
      if (nd && nd !== 'undefined' && nd !== 'null' && existsSync(join(nd, 'include/node/node_api.h'))) env.npm_config_nodedir = nd;
    }
    const r = must('npm rebuild', sh('npm', ['rebuild', '@rxdsp/portaudio-native', '--build-from-source', '--loglevel=error'], { cwd: project, env }));
    const addonDir = join(project, 'node_modules/@rxdsp/portaudio-native');
    const resolved = must('resolve', sh('node', ['-e', "process.stdout.write(require('node-gyp-build').resolve(process.argv[1]))", addonDir], { cwd: addonDir })).stdout;
    if (!resolved.includes('/build/Release/')) throw new Error(`node-gyp-build resolves ${resolved}`);
    const v = must('load', sh('node', ['-e', "console.log(require('@rxdsp/portaudio-native').versionInfo())"], { cwd: project, env: deviceEnv }));
    return `compiled in ${(r.ms / 1000).toFixed(1)} s; loads ${v.stdout.trim()}`;
  });
}

// ---- 5. a pnpm consumer ------------------------------------------------------------------------
if (pnpmConsumer && tarballs.size === packages.length) {
  const pproject = join(work, 'pnpm-project');
  mkdirSync(pproject);
  writeFileSync(
    join(pproject, 'package.json'),
    `${JSON.stringify(
      {
        name: 'rxdsp-dist-pnpm-consumer',
        version: '0.0.0',
        private: true,
        type: 'module',
        dependencies: { '@rxdsp/audio-portaudio': fileSpec('@rxdsp/audio-portaudio'), '@rxdsp/filters': fileSpec('@rxdsp/filters'), '@rxdsp/core': fileSpec('@rxdsp/core'), rxjs: '^7.8.0' },
        pnpm: { overrides: Object.fromEntries(internal.map((n) => [n, fileSpec(n)])) },
      },
      null,
      2,
    )}\n`,
  );
  const ok = check('pnpm install of the tarballs (overrides to the tarballs, build scripts not approved)', () => {
    const r = runPnpm(['install', '--ignore-workspace', '--config.confirmModulesPurge=false'], { cwd: pproject, env: noCcEnv });
    if (/ERR_PNPM_FETCH_404/.test(r.stdout + r.stderr)) throw new Error(`ERR_PNPM_FETCH_404: ${tail(r.stdout + r.stderr)}`);
    must('pnpm install', r);
    return `${(r.ms / 1000).toFixed(1)} s`;
  });
  if (ok) {
    const run = haveDevice ? check : (name) => record(name, inCi ? false : 'skip', 'virtual audio device not running');
    run('pnpm consumer: imports and listDevices (prebuilt addon loads without its install script)', () => {
      const file = join(pproject, 'check.mjs');
      writeFileSync(file, "import { tone } from '@rxdsp/core';\nimport { sosFilter } from '@rxdsp/filters';\nimport { listDevices } from '@rxdsp/audio-portaudio';\nif (typeof tone !== 'function' || typeof sosFilter !== 'function') process.exit(2);\nconsole.log(listDevices().map((d) => d.name).join(', '));\n");
      const r = must('node check.mjs', sh('node', [file], { cwd: pproject, env: deviceEnv }));
      return r.stdout.trim();
    });
  }
}

// ---- summary -------------------------------------------------------------------------------------
if (installFigures) say(`npm consumer install: ${installFigures}`);
if (sizes.length) say(`tarballs: ${sizes.join(', ')}`);
if (keep) say(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
const passed = results.filter((r) => r.ok === true).length;
const failed = results.filter((r) => r.ok === false).length;
const skipped = results.filter((r) => r.ok === 'skip').length;
if (skipped) say(`${skipped} device checks skipped (the virtual audio device is not running)`);
console.log(`dist: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
