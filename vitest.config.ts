import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@rxdsp/core': src('core'),
      '@rxdsp/filters': src('filters'),
      '@rxdsp/analysis': src('analysis'),
      '@rxdsp/audio-portaudio': src('audio-portaudio'),
      '@rxdsp/sdr': src('sdr'),
      '@rxdsp/test-utils': fileURLToPath(new URL('./test-utils/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'benchmarks/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
