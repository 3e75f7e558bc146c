import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup-preset';

// The examples (a private workspace package) are bundled into the CLI so `rxdsp run <example>`
// works from the published package; the @rxdsp libraries stay external dependencies.
export default defineConfig(
  packageBuild({
    entry: ['src/index.ts', 'src/cli.ts'],
    noExternal: [/^@rxdsp\/examples/],
    external: ['@rxdsp/audio-portaudio'],
  }),
);
