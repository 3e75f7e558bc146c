// Without @rxdsp/audio-portaudio (not installed, or its native addon does not load) the runtime
// still runs: openDevice falls back to the simulated device and says why; --device is a usage error.
import { describe, expect, it, vi } from 'vitest';
import type { ExampleSettings } from './ExampleDefinition';
import { loadPortAudio } from './loadPortAudio';
import { openDevice } from './openDevice';
import { UsageError } from './UsageError';

vi.mock('@rxdsp/audio-portaudio', () => {
  throw new Error('Cannot find module @rxdsp/portaudio-native\nrequire stack: …');
});

const settings: ExampleSettings = { sampleRate: 8000, frameLength: 80, channels: 1, seconds: 1, outDir: '.', extra: {} };

describe('openDevice without @rxdsp/audio-portaudio', () => {
  it('loadPortAudio says why it could not load the module, on one line', async () => {
    const pa = await loadPortAudio();
    const error = 'error' in pa ? pa.error : '';
    // (vitest wraps the failure of the mocked import in its own message, first line only kept)
    expect(error).toMatch(/^@rxdsp\/audio-portaudio could not be loaded \(.+\)$/);
    expect(error).not.toContain('\n');
  });

  it('runs on the simulated device and says why', async () => {
    const opened = await openDevice({ simulated: false, fast: false }, settings);
    expect(opened.kind).toBe('simulated');
    expect(opened.description).toMatch(/^simulated device \(no sound device: @rxdsp\/audio-portaudio could not be loaded .*, real time\)$/);
    expect(opened.device.config).toEqual({ sampleRate: 8000, frameLength: 80, channels: 1 });
  });

  it('--device without PortAudio is a UsageError naming the option', async () => {
    await expect(openDevice({ simulated: false, fast: false, device: 'usb' }, settings)).rejects.toThrow(UsageError);
    await expect(openDevice({ simulated: false, fast: false, device: 'usb' }, settings)).rejects.toThrow(/^--device usb: no PortAudio backend: /);
  });
});
