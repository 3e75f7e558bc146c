import * as wavefileNs from 'wavefile';

/** The `WaveFile` class of the `wavefile` package (the WAV codec core uses; never hand-written). */
export type WaveFileInstance = InstanceType<typeof import('wavefile').WaveFile>;

/**
 * `wavefile` ships a UMD bundle that marks itself `__esModule`: Node's ESM loader exposes it as
 * the default export, a CJS bundle's interop as a named export. Accept both.
 */
const mod = wavefileNs as unknown as { WaveFile?: typeof import('wavefile').WaveFile; default?: { WaveFile: typeof import('wavefile').WaveFile } };
export const WaveFile: typeof import('wavefile').WaveFile = (mod.WaveFile ?? mod.default?.WaveFile) as typeof import('wavefile').WaveFile;

/** The fields of the `fmt ` chunk that core reads (wavefile types it as `object`). */
export interface WavFmt {
  audioFormat: number;
  numChannels: number;
  sampleRate: number;
  bitsPerSample: number;
}
