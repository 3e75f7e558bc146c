import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup-preset';

// @rxdsp/audio-portaudio is an optional dependency loaded with a dynamic import (openDevice):
// it stays external, so a machine without the native addon runs on the simulated device.
export default defineConfig(packageBuild({ external: ['@rxdsp/audio-portaudio'] }));
