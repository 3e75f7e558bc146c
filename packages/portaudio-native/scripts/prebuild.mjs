#!/usr/bin/env node
// Rebuilds the prebuilt binary shipped in this package: prebuilds/linux-x64/ holds the N-API
// addon (ABI-stable across Node versions) and the libportaudio.so.2 it links with through an
// rpath of $ORIGIN, so an install without a compiler loads it as is (node-gyp-build).
//
//   pnpm --filter @rxdsp/portaudio-native prebuild
//
// Builds with prebuildify (node-gyp rebuild --release, stripped) against the local Node headers
// (npm_config_nodedir, taken from `npm config get nodedir` when unset), then checks the result:
// the rpath, the bundled library, and that the addon loads from prebuilds/ alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = `${process.platform}-${process.arch}`;
if (target !== 'linux-x64') {
  console.error(`prebuild: the shipped prebuild is linux-x64; this machine is ${target}`);
  process.exit(1);
}

const env = { ...process.env };
if (!env.npm_config_nodedir) {
  const r = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  if (dir && dir !== 'undefined' && dir !== 'null' && existsSync(join(dir, 'include', 'node', 'node_api.h'))) {
    env.npm_config_nodedir = dir;
  }
}
if (!env.npm_config_nodedir) {
  console.error('prebuild: no local Node headers (set npm_config_nodedir to a directory with include/node/node_api.h)');
  process.exit(1);
}

// node-gyp: the one on PATH (npm and pnpm put theirs there for scripts), else npm's bundled copy.
if (!env.PREBUILD_NODE_GYP && spawnSync('sh', ['-c', 'command -v node-gyp'], { env }).status !== 0) {
  const npmRoot = spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const bundled = join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (!existsSync(bundled)) {
    console.error('prebuild: node-gyp not found (neither on PATH nor bundled with npm)');
    process.exit(1);
  }
  env.PREBUILD_NODE_GYP = bundled; // executable, #!/usr/bin/env node
}

const out = join(pkgDir, 'prebuilds', target);
rmSync(out, { recursive: true, force: true });
const prebuildify = join(pkgDir, 'node_modules', '.bin', 'prebuildify');
const r = spawnSync(prebuildify, ['--napi', '--strip', '--tag-libc', '--target', process.versions.node], { cwd: pkgDir, env, stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`prebuild: prebuildify failed (exit ${r.status})`);
  process.exit(r.status || 1);
}

// Checks: one addon, the bundled PortAudio beside it, an rpath of $ORIGIN.
const files = readdirSync(out).sort();
const addon = files.find((f) => f.endsWith('.node'));
if (!addon || !files.includes('libportaudio.so.2')) {
  console.error(`prebuild: expected an addon and libportaudio.so.2 in ${out}, found ${files.join(', ')}`);
  process.exit(1);
}
const dynamic = execFileSync('readelf', ['-d', join(out, addon)], { encoding: 'utf8' });
if (!/(RUNPATH|RPATH).*\[\$ORIGIN\]/.test(dynamic)) {
  console.error(`prebuild: ${addon} has no rpath of $ORIGIN:\n${dynamic}`);
  process.exit(1);
}
// Loads from prebuilds/ alone (a fresh process, no build/ on the library path).
const load = spawnSync(process.execPath, ['-e', `const m = { exports: {} }; process.dlopen(m, ${JSON.stringify(join(out, addon))}); if (typeof m.exports.RtStream !== 'function') process.exit(3); console.log(m.exports.versionInfo());`], {
  encoding: 'utf8',
  env: { ...process.env, LD_LIBRARY_PATH: '' },
});
if (load.status !== 0) {
  console.error(`prebuild: ${addon} does not load:\n${load.stderr}`);
  process.exit(1);
}
for (const f of files) {
  const p = join(out, f);
  const sha = createHash('sha256').update(readFileSync(p)).digest('hex');
  console.log(`prebuild: prebuilds/${target}/${f}  ${statSync(p).size} bytes  sha256 ${sha}`);
}
console.log(`prebuild: loads; ${load.stdout.trim()}`);
