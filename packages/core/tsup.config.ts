import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup-preset';

// Two entries: '@rxdsp/core' (browser-safe) and '@rxdsp/core/node' (WAV files). Code both use
// (the error classes, frame helpers) goes to shared chunks, so that `instanceof WavFileError`
// holds for an error thrown by readWav whichever entry the class was imported from.
export default defineConfig(packageBuild({ entry: ['src/index.ts', 'src/node.ts'], splitting: true }));
