import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // '@rxdsp/core/node' before '@rxdsp/core': an alias also matches as a path prefix.
      '@rxdsp/core/node': fileURLToPath(new URL('./packages/core/src/node.ts', import.meta.url)),
      '@rxdsp/core': src('core'),
      '@rxdsp/filters': src('filters'),
      '@rxdsp/analysis': src('analysis'),
      '@rxdsp/plots': src('plots'),
      '@rxdsp/audio-portaudio': src('audio-portaudio'),
      '@rxdsp/sdr': src('sdr'),
      '@rxdsp/runtime': src('runtime'),
      '@rxdsp/test-utils': fileURLToPath(new URL('./test-utils/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'benchmarks/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Forks, two at most: this project's machines (and CI) have 2 cores, and the spawn, device and
    // browser passes run apart (scripts/setup.mjs), so the unit pass never starves vitest's RPC.
    pool: 'forks',
    maxWorkers: 2,
    minWorkers: 1,
  },
});
