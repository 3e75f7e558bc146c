// @rxdsp/core/node — the Node-only part of @rxdsp/core: WAV file access through the file system.
// Everything else (frames, sources, operators, windows, the simulated device) is in '@rxdsp/core',
// which imports no Node built-in so that it also runs in a browser or an AudioWorklet.

// io
export { readWav } from './wav/readWav';
export type { ReadWavOptions, ReadWavDtype, ReadWavFrame, ReadWavReport } from './wav/readWav';
export { writeWav } from './wav/writeWav';
export type { WavWritten, WriteWavOptions } from './wav/writeWav';
