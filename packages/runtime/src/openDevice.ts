import { asyncScheduler, VirtualTimeScheduler, type Observable, type SchedulerLike } from 'rxjs';
import { simulatedDevice, type AudioDevice, type Frame } from '@rxdsp/core';
import { collectSamples } from './collectSamples';
import type { ExampleSettings } from './ExampleDefinition';
import type { DeviceChoice } from './parseExampleArgs';
import { loadPortAudio } from './loadPortAudio';
import { UsageError } from './UsageError';

/** A device ready to run an example, and how to describe it to the user. */
export interface OpenedDevice {
  readonly device: AudioDevice;
  /** `simulated` or `portaudio`. */
  readonly kind: 'simulated' | 'portaudio';
  /** One line: which device and why (printed by every example). */
  readonly description: string;
  /**
   * The scheduler that paces generated sources: `asyncScheduler` in real time, the simulated
   * device's `VirtualTimeScheduler` in fast mode (so a playback example is paced on the same
   * virtual clock as the device, and its timing statistics are those of a real-time run).
   */
  readonly scheduler: SchedulerLike | undefined;
  /** The clock (ms) for timing marks: the virtual clock in fast mode; absent: `performance.now()`. */
  readonly now?: () => number;
  /**
   * With `--fast` (virtual time): advances the simulated device's virtual clock until `until`
   * settles, in slices of at most {@link PUMP_SLICE_MS} of wall time with a turn of the event
   * loop between them (promises, I/O, timers and signal handlers run: a Ctrl-C stops a run of
   * any length at once). Absent in real time.
   */
  pump?(until: Promise<unknown>): Promise<void>;
  /** Releases what opening took (the PortAudio host), if anything. */
  close?(): Promise<void>;
}

/** Options of {@link openDevice}. */
export interface OpenDeviceOptions {
  /** What the simulated device's ADC plays: a finite, unpaced source of `seconds` of signal, looped by the device. */
  readonly simulatedInput?: (seconds: number) => Observable<Frame<Int16Array>>;
  /** PortAudio devices: the output cushion in frames of `dac()` and `duplex()` (their defaults when absent). */
  readonly prefill?: number;
}

/** True when PortAudio's ALSA devices lead to the private PulseAudio server of `scripts/virtual-audio.sh`. */
function isVirtualLoopback(): boolean {
  return process.env.RXDSP_AUDIO === 'virtual' || (process.env.PULSE_SERVER ?? '').includes('rxdsp-pulse');
}

/** Longest simulated input generated; longer runs loop it. */
const MAX_INPUT_SECONDS = 10;

/** Wall time (ms) a `--fast` run computes before it yields to the event loop. */
export const PUMP_SLICE_MS = 20;

/** Virtual time (ms) advanced per step of a slice: small enough to check the wall clock often. */
const PUMP_STEP_MS = 100;

/**
 * Advances `virtual` until `until` settles: steps of PUMP_STEP_MS of virtual time, a turn of the
 * event loop (setImmediate) after each PUMP_SLICE_MS of wall time, and once before starting, so
 * that whoever started the run can subscribe to it before time moves.
 */
async function pumpVirtual(virtual: VirtualTimeScheduler, until: Promise<unknown>): Promise<void> {
  let settled = false;
  until.then(
    () => (settled = true),
    () => (settled = true),
  );
  const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
  await yieldToLoop();
  try {
    while (!settled) {
      const sliceEnd = performance.now() + PUMP_SLICE_MS;
      for (let next = virtual.actions[0]; next !== undefined && performance.now() < sliceEnd; next = virtual.actions[0]) {
        // a step of virtual time, or up to the next action when it is further away
        virtual.maxFrames = Math.max(virtual.now() + PUMP_STEP_MS, next.delay);
        virtual.flush();
      }
      await yieldToLoop();
    }
  } finally {
    virtual.maxFrames = Number.POSITIVE_INFINITY;
  }
}

function simulated(settings: ExampleSettings, choice: DeviceChoice, why: string, opts: OpenDeviceOptions): OpenedDevice {
  const config = { sampleRate: settings.sampleRate, frameLength: settings.frameLength, channels: settings.channels };
  const inputSeconds = settings.seconds > 0 ? Math.min(settings.seconds, MAX_INPUT_SECONDS) : MAX_INPUT_SECONDS;
  const input = opts.simulatedInput ? collectSamples(opts.simulatedInput(inputSeconds), Int16Array) : undefined;
  const virtual = choice.fast ? new VirtualTimeScheduler() : undefined;
  const device = simulatedDevice({
    ...config,
    ...(input ? { input, inputEnd: 'loop' as const } : {}),
    ...(virtual ? { scheduler: virtual } : {}),
  });
  const opened: OpenedDevice = {
    device,
    kind: 'simulated',
    description: `simulated device (${why}${virtual ? ', virtual time' : ', real time'})`,
    scheduler: virtual ?? asyncScheduler,
    ...(virtual ? { now: () => virtual.now() } : {}),
  };
  if (!virtual) return opened;
  return {
    ...opened,
    pump: (until) => pumpVirtual(virtual, until),
  };
}

/**
 * Chooses and opens the device an example runs on, and says which:
 * - `--simulated`: core's `simulatedDevice` (its ADC loops the example's test signal; with
 *   `--fast` on a `VirtualTimeScheduler`, advanced by `pump`);
 * - `--device <index|name>`: that PortAudio device, or a {@link UsageError} listing the devices;
 * - neither: the default PortAudio device (a sound card, or the virtual loopback device
 *   when `scripts/virtual-audio.sh` runs), else the simulated device when PortAudio is
 *   missing or has no device.
 */
export async function openDevice(choice: DeviceChoice, settings: ExampleSettings, opts: OpenDeviceOptions = {}): Promise<OpenedDevice> {
  if (choice.simulated) return simulated(settings, choice, '--simulated', opts);
  const pa = await loadPortAudio();
  if ('error' in pa) {
    if (choice.device !== undefined) throw new UsageError(`--device ${choice.device}: no PortAudio backend: ${pa.error}`);
    return simulated(settings, choice, `no sound device: ${pa.error}`, opts);
  }
  const config = { sampleRate: settings.sampleRate, frameLength: settings.frameLength, channels: settings.channels };
  if (choice.device === undefined) {
    let hasDevice = false;
    try {
      hasDevice = pa.module.listDevices().some((d) => d.maxInputChannels > 0 || d.maxOutputChannels > 0);
    } catch {
      hasDevice = false;
    }
    if (!hasDevice) return simulated(settings, choice, 'PortAudio lists no device', opts);
  }
  const device = pa.module.portAudioDevice({
    ...config,
    ...(choice.device !== undefined ? { device: /^\d+$/.test(choice.device) ? Number(choice.device) : choice.device } : {}),
    ...(choice.latency !== undefined ? { latency: choice.latency } : {}),
    ...(opts.prefill !== undefined ? { prefill: opts.prefill } : {}),
  });
  return {
    device,
    kind: 'portaudio',
    description: `PortAudio device ${device.name}${isVirtualLoopback() ? ' on the virtual PulseAudio loopback device (scripts/virtual-audio.sh)' : ''}`,
    scheduler: asyncScheduler,
  };
}
