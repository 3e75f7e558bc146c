// PortAudio's device probing must not print to the user's stderr: ALSA reports every PCM it cannot
// open, and ALSA's jack plugin (when libjack is installed) prints libjack's "cannot connect to
// server" lines. The addon drops both (snd_lib_error_set_handler, jack_set_error_function /
// jack_set_info_function) unless RXDSP_ALSA_VERBOSE=1. Each case runs `listDevices` in a fresh
// process (PortAudio probes once per process) with the sound server's variables removed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcess } from '@rxdsp/test-utils';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rxdsp-quiet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// An ALSA configuration whose only PCM is a JACK one: opening it loads libjack, which finds no server.
const jackConf = join(dir, 'jack-alsa.conf');
writeFileSync(jackConf, 'pcm.jackpcm { type jack playback_ports { 0 system:playback_1 } capture_ports { 0 system:capture_1 } }\n');
const jackPlugin = ['/usr/lib/x86_64-linux-gnu/alsa-lib/libasound_module_pcm_jack.so', '/usr/lib/aarch64-linux-gnu/alsa-lib/libasound_module_pcm_jack.so'].some((p) => existsSync(p));

async function listDevicesStderr(alsaConfig: string | undefined, verbose: boolean): Promise<{ stderr: string; devices: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, RXDSP_ALSA_VERBOSE: verbose ? '1' : '0' };
  for (const k of ['PULSE_SERVER', 'PULSE_RUNTIME_PATH', 'PULSE_CLIENTCONFIG', 'ALSA_CONFIG_PATH', 'JACK_DEFAULT_SERVER']) delete env[k];
  if (alsaConfig) env.ALSA_CONFIG_PATH = alsaConfig;
  const r = await runProcess(process.execPath, ['-e', `console.log(require(${JSON.stringify(pkgDir)}).listDevices().length)`], { env, timeoutMs: 30_000 });
  expect(r.code, r.stderr).toBe(0);
  return { stderr: r.stderr, devices: Number(r.stdout.trim()) };
}

describe('@rxdsp/portaudio-native: quiet device probing', () => {
  it("prints nothing to stderr with the system's ALSA configuration", async () => {
    const quiet = await listDevicesStderr(undefined, false);
    expect(quiet.stderr).toBe('');
    // For the record: what upstream behaviour (RXDSP_ALSA_VERBOSE=1) prints on this machine.
    const verbose = await listDevicesStderr(undefined, true);
    console.log(`[portaudio-native] listDevices stderr, system ALSA config: ${verbose.stderr.split('\n').filter(Boolean).length} lines verbose, 0 quiet`);
  });

  it.skipIf(!jackPlugin)('silences libjack loaded by ALSA’s jack plugin (and prints its lines when verbose)', async () => {
    const verbose = await listDevicesStderr(jackConf, true);
    expect(verbose.stderr).toMatch(/jack server is not running|Cannot connect to server/);
    const quiet = await listDevicesStderr(jackConf, false);
    expect(quiet.stderr).toBe('');
  });
});
