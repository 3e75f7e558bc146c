import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup-preset';

// shims: the CJS build needs `import.meta.url` (createRequire loads the native addon, @rxdsp/portaudio-native).
export default defineConfig(packageBuild({ shims: true }));
