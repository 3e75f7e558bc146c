// Test support: the `wavefile` package as an independent WAV codec, to write the files readWav's tests read.
import * as wavefileNs from 'wavefile';

/**
 * The `WaveFile` class of the `wavefile` package (an independent codec; never hand-written).
 * `wavefile` ships a UMD bundle that marks itself `__esModule`: Node's ESM loader exposes it as
 * the default export, a CJS bundle's interop as a named export. Accept both.
 */
const mod = wavefileNs as unknown as { WaveFile?: typeof import('wavefile').WaveFile; default?: { WaveFile: typeof import('wavefile').WaveFile } };
export const WaveFile: typeof import('wavefile').WaveFile = (mod.WaveFile ?? mod.default?.WaveFile) as typeof import('wavefile').WaveFile;
