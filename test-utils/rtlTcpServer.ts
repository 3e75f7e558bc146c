// A test rtl_tcp server (never published): speaks the rtl_tcp protocol on 127.0.0.1 and synthesises
// a band of FM stations, each carrying one known tone, so that @rxdsp/sdr's client and the FM receiver
// can be tested and demonstrated without a dongle. Honours the frequency, sample-rate, gain-mode and
// gain commands; can send a malformed greeting, disconnect or stall on request.
//
// Run it by hand for the CLI and the panel:   npx tsx test-utils/rtlTcpServer.ts [--port 1234]
// (stations: see DEFAULT_STATIONS; Ctrl-C stops it).
import { createServer, type Server, type Socket } from 'node:net';
import { pathToFileURL } from 'node:url';

/** One synthesised FM station: a carrier at `frequencyHz` frequency-modulated by a pure tone. */
export interface FmStation {
  /** Carrier (radio) frequency in Hz. */
  readonly frequencyHz: number;
  /** Modulating tone in Hz. */
  readonly toneHz: number;
  /** Peak deviation in Hz (default 10 kHz: the course discriminator's sin Δφ stays linear to −50 dB THD at 240 kS/s). */
  readonly deviationHz?: number;
  /** Carrier amplitude at 40 dB tuner gain, as a fraction of the 8-bit full scale (default 0.3). */
  readonly amplitude?: number;
}

/** The default band: stations 800 kHz apart around the course's 103.9 MHz, each with its own tone. */
export const DEFAULT_STATIONS: readonly FmStation[] = [
  { frequencyHz: 88.1e6, toneHz: 1500 },
  { frequencyHz: 94.9e6, toneHz: 2000 },
  { frequencyHz: 103.1e6, toneHz: 800 },
  { frequencyHz: 103.9e6, toneHz: 1000 },
  { frequencyHz: 104.7e6, toneHz: 1200 },
  { frequencyHz: 107.9e6, toneHz: 3000 },
];

/** Options of {@link startRtlTcpServer}. */
export interface RtlTcpServerOptions {
  /** Port (default 0: an ephemeral port). */
  readonly port?: number;
  readonly stations?: readonly FmStation[];
  /** Pace the samples in real time at the current sample rate (default true); false: as fast as the client reads. */
  readonly pace?: boolean;
  /** Samples per write (default 4096). */
  readonly chunkSamples?: number;
  /** Write each chunk in pieces of odd byte counts (exercises I/Q pairs split across TCP chunks). Default false. */
  readonly oddChunks?: boolean;
  /** Gaussian noise σ in 8-bit LSBs added before quantisation (default 1). */
  readonly noiseLsb?: number;
  /** 'normal' (default), 'badGreeting' (sends "RTLX…"), 'shortGreeting' (closes after 6 bytes), 'disconnect' / 'stall' (after `faultAfterSamples`). */
  readonly fault?: 'normal' | 'badGreeting' | 'shortGreeting' | 'disconnect' | 'stall';
  /** Samples sent before a 'disconnect' or 'stall' (default 48000); a 'disconnect' also sends one odd byte first. */
  readonly faultAfterSamples?: number;
  /** Tuner type in the greeting (default 5, R820T) and gain count (default 29). */
  readonly tunerType?: number;
  readonly gainCount?: number;
}

/** One command received (command byte, parameter). */
export interface ReceivedCommand {
  readonly command: number;
  readonly value: number;
  /** Samples already sent on that connection when it was applied. */
  readonly atSample: number;
}

/** A running test server. */
export interface RtlTcpTestServer {
  readonly host: string;
  readonly port: number;
  /** Every command received, in order, over all connections. */
  readonly commands: ReceivedCommand[];
  /** Connections accepted so far, and open now. */
  connections(): { accepted: number; open: number };
  /** State of the latest connection's tuner. */
  tuner(): { frequency: number; sampleRate: number; gainMode: number; gainTenthsDb: number };
  close(): Promise<void>;
}

/** mulberry32, seeded: reproducible noise. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE_TABLE = (() => {
  const u = prng(12345);
  const n = 1 << 16;
  const t = new Float64Array(n);
  for (let k = 0; k < n; k += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    const th = 2 * Math.PI * u();
    t[k] = r * Math.cos(th);
    t[k + 1] = r * Math.sin(th);
  }
  return t;
})();

const tables = new Map<string, { re: Float64Array; im: Float64Array } | undefined>();

/** e^{jβ·sin(2π·tone·n/fs)} over one period, when the period is a whole number of samples (else undefined). */
function modulationTable(tone: number, fs: number, beta: number): { re: Float64Array; im: Float64Array } | undefined {
  const key = `${tone},${fs},${beta}`;
  if (tables.has(key)) return tables.get(key);
  const P = fs / tone;
  let t: { re: Float64Array; im: Float64Array } | undefined;
  if (Number.isInteger(P) && P <= 1 << 20) {
    t = { re: new Float64Array(P), im: new Float64Array(P) };
    for (let k = 0; k < P; k++) {
      const m = beta * Math.sin((2 * Math.PI * k) / P);
      t.re[k] = Math.cos(m);
      t.im[k] = Math.sin(m);
    }
  }
  tables.set(key, t);
  return t;
}

/** Per-connection synthesiser: the band as seen by a tuner at `frequency`, sample rate `fs`. */
class BandSynth {
  private n = 0; // samples since the connection opened
  private noisePos = 0;
  private readonly u = prng(99);
  constructor(
    private readonly stations: readonly FmStation[],
    private readonly noiseLsb: number,
  ) {}

  /** `count` samples as interleaved u8 I/Q for a tuner at `fc`, rate `fs`, amplitude factor `g`. */
  render(count: number, fc: number, fs: number, g: number): Buffer {
    const re = new Float64Array(count);
    const im = new Float64Array(count);
    for (const st of this.stations) {
      const off = st.frequencyHz - fc;
      if (Math.abs(off) > 0.5 * fs) continue; // outside the tuner's band
      const amp = 127.5 * g * (st.amplitude ?? 0.3);
      const beta = (st.deviationHz ?? 10e3) / st.toneHz;
      // carrier and tone phases from the absolute time (continuous across chunks), then a rotation
      // recurrence inside the chunk for the carrier; the tone term by direct evaluation
      const w = (2 * Math.PI * off) / fs;
      const wt = (2 * Math.PI * st.toneHz) / fs;
      const cycles = (off * this.n) / fs;
      const ph0 = 2 * Math.PI * (cycles - Math.floor(cycles));
      const tc = (st.toneHz * this.n) / fs;
      const th0 = 2 * Math.PI * (tc - Math.floor(tc));
      let cr = Math.cos(ph0);
      let ci = Math.sin(ph0);
      const wr = Math.cos(w);
      const wi = Math.sin(w);
      const table = modulationTable(st.toneHz, fs, beta);
      const P = table?.re.length ?? 1;
      let pos = this.n % P;
      for (let k = 0; k < count; k++) {
        let mr: number;
        let mi: number;
        if (table) {
          mr = table.re[pos] as number;
          mi = table.im[pos] as number;
          if (++pos === P) pos = 0;
        } else {
          const m = beta * Math.sin(th0 + wt * k);
          mr = Math.cos(m);
          mi = Math.sin(m);
        }
        re[k] = (re[k] as number) + amp * (cr * mr - ci * mi);
        im[k] = (im[k] as number) + amp * (cr * mi + ci * mr);
        const t = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = t;
      }
    }
    const out = Buffer.alloc(2 * count);
    const N = NOISE_TABLE.length;
    this.noisePos = Math.floor(this.u() * N) & ~1;
    for (let k = 0; k < count; k++) {
      const a = 127.5 + (re[k] as number) + this.noiseLsb * (NOISE_TABLE[this.noisePos] as number);
      const b = 127.5 + (im[k] as number) + this.noiseLsb * (NOISE_TABLE[this.noisePos + 1] as number);
      this.noisePos = (this.noisePos + 2) % N;
      out[2 * k] = Math.min(255, Math.max(0, Math.round(a)));
      out[2 * k + 1] = Math.min(255, Math.max(0, Math.round(b)));
    }
    this.n += count;
    return out;
  }
}

/**
 * Starts a test rtl_tcp server on 127.0.0.1 (ephemeral port by default). Each connection gets the
 * greeting, then the synthesised band as unsigned 8-bit I/Q at the commanded sample rate (default
 * 2.4 MS/s, frequency 100 MHz until commanded), paced in real time unless `pace: false`. Gain: the
 * stations' amplitude scales as 10^((gain dB − 40)/20) in manual mode (automatic = 40 dB).
 */
export async function startRtlTcpServer(opts: RtlTcpServerOptions = {}): Promise<RtlTcpTestServer> {
  const stations = opts.stations ?? DEFAULT_STATIONS;
  const pace = opts.pace ?? true;
  const chunk = opts.chunkSamples ?? 4096;
  const fault = opts.fault ?? 'normal';
  const faultAfter = opts.faultAfterSamples ?? 48000;
  const commands: ReceivedCommand[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  let latest = { frequency: 100e6, sampleRate: 2.4e6, gainMode: 0, gainTenthsDb: 400 };

  const server: Server = createServer((sock) => {
    accepted++;
    sockets.add(sock);
    sock.setNoDelay(true);
    const tuner = { frequency: 100e6, sampleRate: 2.4e6, gainMode: 0, gainTenthsDb: 400 };
    latest = tuner;
    const synth = new BandSynth(stations, opts.noiseLsb ?? 1);
    let sent = 0;
    let closed = false;
    let timer: NodeJS.Timeout | undefined;
    let pending = Buffer.alloc(0);
    let t0 = performance.now();
    let sentAtT0 = 0;
    sock.on('data', (d: Buffer) => {
      pending = Buffer.concat([pending, d]);
      while (pending.length >= 5) {
        const command = pending[0] as number;
        const value = pending.readUInt32BE(1);
        pending = pending.subarray(5);
        commands.push({ command, value, atSample: sent });
        if (command === 0x01) tuner.frequency = value;
        else if (command === 0x02 && value > 0) {
          tuner.sampleRate = value;
          t0 = performance.now(); // re-pace at the new rate
          sentAtT0 = sent;
        } else if (command === 0x03) tuner.gainMode = value;
        else if (command === 0x04) tuner.gainTenthsDb = value | 0;
      }
    });
    const stop = (): void => {
      closed = true;
      if (timer) clearTimeout(timer);
      sockets.delete(sock);
    };
    sock.on('close', stop);
    sock.on('error', stop);

    const greeting = Buffer.alloc(12);
    greeting.write(fault === 'badGreeting' ? 'RTLX' : 'RTL0', 0, 'latin1');
    greeting.writeUInt32BE(opts.tunerType ?? 5, 4);
    greeting.writeUInt32BE(opts.gainCount ?? 29, 8);
    if (fault === 'shortGreeting') {
      sock.end(greeting.subarray(0, 6));
      return;
    }
    // the greeting in two pieces: the client must assemble it
    sock.write(greeting.subarray(0, 5));
    sock.write(greeting.subarray(5));

    const write = (buf: Buffer): boolean => {
      if (!opts.oddChunks) return sock.write(buf);
      let ok = true;
      let p = 0;
      let piece = 1;
      while (p < buf.length) {
        const len = Math.min(buf.length - p, piece);
        ok = sock.write(buf.subarray(p, p + len));
        p += len;
        piece = piece === 1 ? 4095 : piece === 4095 ? 3 : 1; // odd sizes: pairs split at every cut
      }
      return ok;
    };

    const pump = (): void => {
      timer = undefined;
      if (closed) return;
      const fs = tuner.sampleRate;
      const due = pace ? sentAtT0 + Math.floor(((performance.now() - t0) / 1000) * fs) + chunk : sent + 8 * chunk;
      let flowing = true;
      while (!closed && sent < due && flowing) {
        let count = Math.min(chunk, due - sent);
        if ((fault === 'disconnect' || fault === 'stall') && sent + count >= faultAfter) count = faultAfter - sent;
        if (count > 0) {
          const g = tuner.gainMode === 1 ? 10 ** ((tuner.gainTenthsDb / 10 - 40) / 20) : 1;
          flowing = write(synth.render(count, tuner.frequency, fs, g));
          sent += count;
        }
        if ((fault === 'disconnect' || fault === 'stall') && sent >= faultAfter) {
          if (fault === 'disconnect') {
            sock.end(Buffer.from([128])); // one odd byte, then the connection closes
            stop();
          }
          return; // 'stall': the connection stays open, nothing more is sent
        }
      }
      if (closed) return;
      if (!flowing) sock.once('drain', pump);
      else timer = setTimeout(pump, pace ? 5 : 0);
    };
    timer = setTimeout(pump, 0);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  return {
    host: '127.0.0.1',
    port,
    commands,
    connections: () => ({ accepted, open: sockets.size }),
    tuner: () => ({ ...latest }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => resolve());
      }),
  };
}

/** Command line: `npx tsx test-utils/rtlTcpServer.ts [--port 1234] [--unpaced]`. */
async function main(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--port');
  const port = at >= 0 ? Number(argv[at + 1]) : 1234;
  const server = await startRtlTcpServer({ port, pace: !argv.includes('--unpaced') });
  console.log(`test rtl_tcp server on ${server.host}:${server.port}; stations:`);
  for (const s of DEFAULT_STATIONS) console.log(`  ${(s.frequencyHz / 1e6).toFixed(1)} MHz  tone ${s.toneHz} Hz`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
