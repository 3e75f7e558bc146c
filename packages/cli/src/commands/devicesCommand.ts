import { loadPortAudio } from '@rxdsp/runtime';
import type { CliIo } from '../CliIo';

/**
 * `rxdsp devices`: the device table (what pyaudio_helper's `available_devices()` printed):
 * index, name, host API, input/output channels, default sample rate and latencies, with
 * the defaults marked. Without PortAudio it says why and that `--simulated` remains.
 */
export async function devicesCommand(io: CliIo, opts: { readonly json?: boolean }): Promise<void> {
  const pa = await loadPortAudio();
  if ('error' in pa) {
    if (opts.json) io.stdout.write(`${JSON.stringify({ portaudio: false, reason: pa.error, devices: [] })}\n`);
    else io.stdout.write(`No PortAudio devices: ${pa.error}\nThe simulated device is always available: add --simulated.\n`);
    return;
  }
  const devices = pa.module.listDevices();
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ portaudio: true, devices }, null, 2)}\n`);
    return;
  }
  io.stdout.write(`${pa.module.formatDeviceList(devices)}\n`);
  io.stdout.write(`${devices.length} device(s). Choose one with --device <index|name>; --simulated runs without sound hardware.\n`);
}
