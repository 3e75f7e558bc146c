/** The module `@rxdsp/audio-portaudio`, as {@link loadPortAudio} loads it. */
export type PortAudioModule = typeof import('@rxdsp/audio-portaudio');

/**
 * Loads `@rxdsp/audio-portaudio` (an optional dependency, imported only here and only when asked
 * for) if it is installed and its native binding loads; otherwise says why not, so that a
 * machine without the native addon still runs on the simulated device.
 *
 * ## Example
 * ```ts
 * const pa = await loadPortAudio();
 * console.log('error' in pa ? pa.error : pa.module.formatDeviceList(pa.module.listDevices()));
 * ```
 */
export async function loadPortAudio(): Promise<{ readonly module: PortAudioModule } | { readonly error: string }> {
  try {
    const module = (await import('@rxdsp/audio-portaudio')) as PortAudioModule;
    if (typeof (module as Partial<PortAudioModule>).portAudioDevice !== 'function') {
      return { error: '@rxdsp/audio-portaudio has no portAudioDevice in this version' };
    }
    return { module };
  } catch (err) {
    return { error: `@rxdsp/audio-portaudio could not be loaded (${(err as Error).message.split('\n')[0]})` };
  }
}
