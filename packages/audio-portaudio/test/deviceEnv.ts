// When and how the device tests run.
//
// - CI (process.env.CI set): they always run; a missing virtual device FAILS them.
// - Elsewhere: they run when RXDSP_AUDIO=virtual, and are skipped with a printed reason otherwise.
//
// The client environment of the virtual device (PULSE_SERVER, ALSA_CONFIG_PATH, …) normally comes
// from `scripts/virtual-audio.sh start`; when it is missing it is taken from `virtual-audio.sh env`
// before PortAudio initialises (ALSA reads ALSA_CONFIG_PATH then).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../../scripts/virtual-audio.sh', import.meta.url));

export interface DeviceEnv {
  readonly run: boolean;
  readonly reason: string;
}

export function deviceEnv(): DeviceEnv {
  const ci = Boolean(process.env.CI);
  const wanted = process.env.RXDSP_AUDIO === 'virtual';
  if (!ci && !wanted) {
    return { run: false, reason: 'RXDSP_AUDIO is not "virtual" (run `scripts/virtual-audio.sh start` and export what it prints)' };
  }
  if (!process.env.PULSE_SERVER && existsSync(script)) {
    try {
      const out = execFileSync('sh', [script, 'env'], { encoding: 'utf8' });
      for (const line of out.split('\n')) {
        const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
        if (m && process.env[m[1]!] === undefined) process.env[m[1]!] = m[2]!;
      }
    } catch {
      // the check in requireVirtualDevice() reports what is missing
    }
  }
  return { run: true, reason: ci ? 'CI' : 'RXDSP_AUDIO=virtual' };
}

/** Prints the skip reason once per file (vitest shows console output in its report). */
export function announce(file: string, env: DeviceEnv): void {
  if (!env.run) console.log(`[audio-portaudio] ${file}: device tests skipped: ${env.reason}`);
}

/**
 * Gives this test process a loopback of its own: a new null sink (`rxdsp_test_<pid>`, no
 * rewinds) on the virtual PulseAudio server, made the default sink and source of every stream
 * this process opens (PULSE_SINK / PULSE_SOURCE, read by libpulse when a stream connects). Other
 * processes playing into the shared default sink are then not heard by these tests.
 * Returns the function that removes the sink.
 */
export function usePrivateLoop(rate = 48000): { sink: string; release: () => void } {
  const sink = `rxdsp_test_${process.pid}`;
  let module: string;
  try {
    module = execFileSync(
      'pactl',
      ['load-module', 'module-null-sink', `sink_name=${sink}`, `rate=${rate}`, 'channels=2', 'norewinds=1', `sink_properties=device.description=${sink}`],
      { encoding: 'utf8' },
    ).trim();
  } catch (err) {
    throw new Error(
      `could not create a private null sink on the virtual PulseAudio server (PULSE_SERVER=${process.env.PULSE_SERVER ?? 'unset'}): ${String(err)}. ` +
        'Run scripts/virtual-audio.sh install && scripts/virtual-audio.sh start and export the variables it prints.',
    );
  }
  process.env.PULSE_SINK = sink;
  process.env.PULSE_SOURCE = `${sink}.monitor`;
  return {
    sink,
    release: () => {
      try {
        execFileSync('pactl', ['unload-module', module]);
      } catch {
        // the server is gone: nothing to release
      }
    },
  };
}
