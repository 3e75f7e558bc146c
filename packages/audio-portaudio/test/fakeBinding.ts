// A fake of the @rxdsp/portaudio-native binding for unit tests: no audio, a manual clock.
// `tick()` runs one PortAudio callback on every running stream; chunk sizes, input samples,
// drops and status flags are scripted. It checks the native invariants the package relies on:
// ops on one stream never overlap, and (host-wide) opens/closes never overlap either.
import type {
  NativeCallback,
  NativeDeviceInfo,
  NativeStream,
  NativeStreamInfo,
  NativeStreamOptions,
  PortAudioBinding,
} from '../src/internal/binding';

export function fakeDevice(id: number, name: string, inCh: number, outCh: number, extra: Partial<NativeDeviceInfo> = {}): NativeDeviceInfo {
  return {
    id,
    name,
    hostAPIName: 'FakeHost',
    maxInputChannels: inCh,
    maxOutputChannels: outCh,
    defaultSampleRate: 48000,
    defaultLowInputLatency: 0.01,
    defaultLowOutputLatency: 0.012,
    defaultHighInputLatency: 0.04,
    defaultHighOutputLatency: 0.05,
    isDefaultInput: false,
    isDefaultOutput: false,
    ...extra,
  };
}

export const FAKE_DEVICES: NativeDeviceInfo[] = [
  fakeDevice(0, 'Built-in Microphone', 2, 0, { isDefaultInput: true }),
  fakeDevice(1, 'Built-in Speakers', 0, 2, { isDefaultOutput: true }),
  fakeDevice(2, 'USB Audio Interface', 8, 8),
  fakeDevice(3, 'pulse', 32, 32),
];

export class FakeStream implements NativeStream {
  state: 'created' | 'open' | 'running' | 'stopped' | 'closed' = 'created';
  onData: NativeCallback | undefined;
  readonly ring: Int16Array[] = [];
  ringFrames = 0;
  readonly ringCapacity: number;
  underflows = 0;
  played = 0;
  dropped = 0;
  primed = false;
  ending = false;
  sampleCounter = 0;
  /** Every sample the "device" played, interleaved, in order. */
  readonly playedSamples: number[] = [];
  readonly opts: NativeStreamOptions;
  readonly binding: FakeBinding;

  constructor(binding: FakeBinding, opts: NativeStreamOptions) {
    this.binding = binding;
    this.opts = opts;
    this.ringCapacity = opts.outputRingFrames ?? opts.sampleRate;
    binding.created.push(this);
  }

  private async op<T>(name: string, body: () => T): Promise<T> {
    const b = this.binding;
    b.active++;
    b.maxActive = Math.max(b.maxActive, b.active);
    b.log.push(`${name}:begin`);
    try {
      await new Promise((r) => setTimeout(r, b.opDelayMs));
      if (b.failOn === name) throw new Error(`fake ${name} failure`);
      return body();
    } finally {
      b.active--;
      b.log.push(`${name}:end`);
    }
  }

  open(onData: NativeCallback): Promise<NativeStreamInfo> {
    if (this.state !== 'created') throw new Error('RtStream.open: stream already opened');
    this.onData = onData;
    return this.op('open', () => {
      this.state = 'open';
      this.binding.openNow++;
      return {
        inputLatency: this.opts.input ? this.opts.input.latency : 0,
        outputLatency: this.opts.output ? this.opts.output.latency : 0,
        sampleRate: this.opts.sampleRate,
      };
    });
  }
  start(): Promise<void> {
    if (this.state !== 'open') throw new Error('RtStream.start: stream is not open and idle');
    return this.op('start', () => {
      this.state = 'running';
    });
  }
  stop(abort?: boolean): Promise<void> {
    return this.op(abort ? 'abort' : 'stop', () => {
      this.state = 'stopped';
    });
  }
  close(): Promise<void> {
    if (this.state === 'closed' || this.state === 'created') throw new Error('RtStream.close: stream is not open and idle');
    return this.op('close', () => {
      this.state = 'closed';
      this.binding.openNow--;
    });
  }
  write(data: Int16Array | Uint8Array): number {
    if (!this.opts.output) throw new Error('RtStream.write: the stream has no output');
    const ch = this.opts.output.channels;
    const samples = data instanceof Int16Array ? data : new Int16Array(data.buffer, data.byteOffset, data.byteLength >> 1);
    const frames = Math.min(samples.length / ch, this.ringCapacity - this.ringFrames);
    if (frames <= 0) return 0;
    this.ring.push(samples.slice(0, frames * ch));
    this.ringFrames += frames;
    this.primed = true;
    return frames * ch * 2;
  }
  endOutput(flag: boolean): void {
    this.ending = flag;
  }
  info(): { queuedFrames: number; playedFrames: number } {
    return { queuedFrames: this.ringFrames, playedFrames: this.played };
  }

  /** One PortAudio callback of `frames` frames. */
  callback(frames: number, opts: { flags?: number; drop?: boolean } = {}): void {
    if (this.state !== 'running' || !this.onData) return;
    if (this.opts.output) {
      const ch = this.opts.output.channels;
      let need = frames;
      while (need > 0 && this.ring.length > 0) {
        const head = this.ring[0]!;
        const take = Math.min(need, head.length / ch);
        for (let i = 0; i < take * ch; i++) this.playedSamples.push(head[i]!);
        if (take * ch === head.length) this.ring.shift();
        else this.ring[0] = head.subarray(take * ch);
        need -= take;
        this.ringFrames -= take;
        this.played += take;
      }
      if (need > 0) {
        for (let i = 0; i < need * ch; i++) this.playedSamples.push(0);
        if (this.primed && !this.ending) this.underflows++;
      }
    }
    let buf: Uint8Array | null = null;
    if (this.opts.input) {
      const ch = this.opts.input.channels;
      if (opts.drop) {
        this.dropped += frames;
      } else {
        const s = new Int16Array(frames * ch);
        // channel c of sample n carries (n * 10 + c) mod 32768: checks order and interleaving
        for (let i = 0; i < frames; i++) for (let c = 0; c < ch; c++) s[i * ch + c] = ((this.sampleCounter + i) * 10 + c) % 32768;
        buf = new Uint8Array(s.buffer);
      }
      this.sampleCounter += frames;
    }
    const t = 100 + this.binding.clock / this.opts.sampleRate;
    this.binding.clock += frames;
    const args: Parameters<NativeCallback> = [buf, frames, this.opts.input ? t : 0, t + 0.01, t, opts.flags ?? 0, this.dropped, this.underflows, this.played, this.ringFrames];
    if (this.binding.holding) this.held.push(args);
    else this.onData(...args);
  }

  /** Callbacks that ran while the binding was holding (a stalled JavaScript thread), not yet delivered. */
  readonly held: Parameters<NativeCallback>[] = [];

  /** Delivers the held callbacks, in order (the JavaScript thread catching up). */
  deliverHeld(): void {
    for (const args of this.held.splice(0)) this.onData?.(...args);
  }
}

const liveFakes = new Set<FakeBinding>();

export class FakeBinding implements PortAudioBinding {
  devices: NativeDeviceInfo[] = FAKE_DEVICES;
  /** Rates the fake "hardware" refuses. */
  unsupportedRates = new Set<number>([11111]);
  opDelayMs = 1;
  failOn: string | undefined;
  active = 0;
  maxActive = 0;
  openNow = 0;
  clock = 0;
  log: string[] = [];
  created: FakeStream[] = [];
  listCalls = 0;
  /** While set, callbacks play and record but are not delivered to JavaScript (a stall): see `resume()`. */
  holding = false;

  readonly RtStream: new (opts: NativeStreamOptions) => NativeStream;

  constructor() {
    liveFakes.add(this);
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.RtStream = class extends FakeStream {
      constructor(opts: NativeStreamOptions) {
        super(self, opts);
      }
    };
  }
  listDevices(): NativeDeviceInfo[] {
    this.listCalls++;
    return this.devices;
  }
  isFormatSupported(opts: Omit<NativeStreamOptions, 'framesPerBuffer'>): string {
    return this.unsupportedRates.has(opts.sampleRate) ? 'Invalid sample rate' : '';
  }
  initialize(): Promise<void> {
    return Promise.resolve();
  }
  versionInfo(): string {
    return 'fake PortAudio';
  }
  running(): FakeStream[] {
    return this.created.filter((s) => s.state === 'running');
  }
  /** Stalls the JavaScript side: callbacks keep running (output is consumed, zeros played) but are held. */
  stall(): void {
    this.holding = true;
  }
  /** Ends a stall: every held callback is delivered, in order, at once. */
  resume(): void {
    this.holding = false;
    for (const s of this.created) s.deliverHeld();
  }
  /** One callback of `frames` on every running stream. */
  tick(frames: number, opts: { flags?: number; drop?: boolean } = {}): void {
    for (const s of this.running()) s.callback(frames, opts);
  }
}

/**
 * Lets queued native ops finish: waits `ms`, then until no fake op is in flight (so a stalled,
 * loaded machine does not make a test look at a stream that is still opening).
 */
export async function settle(ms = 20): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  for (let i = 0; i < 1000 && [...liveFakes].some((f) => f.active > 0); i++) {
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Ticks `frames` on every running stream every few ms until `p` settles (robust on a slow machine). */
export async function tickUntil<T>(fake: FakeBinding, p: Promise<T>, frames: number, maxTicks = 2000): Promise<T> {
  let done = false;
  const watched = p.finally(() => {
    done = true;
  });
  for (let i = 0; i < maxTicks && !done; i++) {
    fake.tick(frames);
    await new Promise((r) => setTimeout(r, 2));
  }
  return watched;
}
