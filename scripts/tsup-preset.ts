// The one build helper every package's tsup.config.ts uses: ESM + CJS + .d.ts from src/index.ts.
import type { Options } from 'tsup';

export function packageBuild(overrides: Partial<Options> = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { composite: false } },
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    treeshake: true,
    splitting: false,
    tsconfig: 'tsconfig.build.json',
    ...overrides,
  };
}
