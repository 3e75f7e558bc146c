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
  /** Tunings (Hz) to synthesise at start, at 2.4 MS/s and 40 dB, so that a retune to them costs nothing. */
  readonly prerenderHz?: readonly number[];
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

/** Standard Gaussian samples (Box–Muller over the seeded PRNG). */
function gaussianTable(n: number, seed: number): Float64Array {
  const u = prng(seed);
  const t = new Float64Array(n);
  for (let k = 0; k < n; k++) t[k] = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  return t;
}
const NOISE_A = gaussianTable(65536, 1);
const NOISE_B = gaussianTable(65521, 2);

/**
 * One second of the band (round(fs) samples) as interleaved u8 I/Q, for a tuner at `fc`. Every
 * station's carrier offset and tone are whole numbers of Hz, so the second repeats seamlessly: the
 * server loops it (synthesis costs once per tuning, serving costs almost nothing, so a test's CPU is
 * the receiver's). The noise is seeded Gaussian, independent from sample to sample within the second.
 */
export function synthesiseSecond(stations: readonly FmStation[], noiseLsb: number, fc: number, fs: number, g: number): Buffer {
  const L = Math.round(fs);
  const re = new Float64Array(L);
  const im = new Float64Array(L);
  for (const st of stations) {
    const off = st.frequencyHz - fc;
    if (Math.abs(off) > 0.5 * fs) continue; // outside the tuner's band
    const amp = 127.5 * g * (st.amplitude ?? 0.3);
    const beta = (st.deviationHz ?? 10e3) / st.toneHz;
    // carrier and modulation each repeat after L / gcd(L, Hz) samples: tabulate one period of each
    const carrier = periodTable(L, Math.round(off), (x) => 2 * Math.PI * x);
    const modulation = periodTable(L, Math.round(st.toneHz), (x) => beta * Math.sin(2 * Math.PI * x));
    const Pc = carrier.re.length;
    const Pm = modulation.re.length;
    for (let k = 0, kc = 0, km = 0; k < L; k++) {
      const cr = carrier.re[kc] as number;
      const ci = carrier.im[kc] as number;
      const mr = modulation.re[km] as number;
      const mi = modulation.im[km] as number;
      re[k] = (re[k] as number) + amp * (cr * mr - ci * mi);
      im[k] = (im[k] as number) + amp * (cr * mi + ci * mr);
      if (++kc === Pc) kc = 0;
      if (++km === Pm) km = 0;
    }
  }
  // Gaussian noise: the sum of two tables of coprime lengths (period ≈ 4·10⁹ samples), σ = noiseLsb
  const off = Math.floor(prng(Math.round(fc) ^ 0x5eed)() * NOISE_A.length);
  const out = Buffer.alloc(2 * L);
  const na = NOISE_A.length;
  const nb = NOISE_B.length;
  const k2 = noiseLsb * Math.SQRT1_2;
  for (let k = 0, a = off % na, b = off % nb; k < L; k++) {
    const ni = k2 * ((NOISE_A[a] as number) + (NOISE_B[b] as number));
    if (++a === na) a = 0;
    if (++b === nb) b = 0;
    const nq = k2 * ((NOISE_A[a] as number) + (NOISE_B[b] as number));
    if (++a === na) a = 0;
    if (++b === nb) b = 0;
    out[2 * k] = Math.min(255, Math.max(0, Math.round(127.5 + (re[k] as number) + ni)));
    out[2 * k + 1] = Math.min(255, Math.max(0, Math.round(127.5 + (im[k] as number) + nq)));
  }
  return out;
}

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** e^{j·phase(k·hz/L mod 1)} for one period (L / gcd(L, hz) samples) of a whole-Hz oscillation over L samples per second. */
function periodTable(L: number, hz: number, phase: (cycles: number) => number): { re: Float64Array; im: Float64Array } {
  const P = hz === 0 ? 1 : L / gcd(L, hz);
  const re = new Float64Array(P);
  const im = new Float64Array(P);
  for (let k = 0; k < P; k++) {
    const c = ((k * hz) % L) / L;
    const ph = phase(c < 0 ? c + 1 : c);
    re[k] = Math.cos(ph);
    im[k] = Math.sin(ph);
  }
  return { re, im };
}

/** Per-server cache of synthesised seconds, by tuning. */
class BandCache {
  private readonly seconds = new Map<string, Buffer>();
  constructor(
    private readonly stations: readonly FmStation[],
    private readonly noiseLsb: number,
  ) {}

  second(fc: number, fs: number, g: number): Buffer {
    const key = `${fc},${fs},${g}`;
    let b = this.seconds.get(key);
    if (b === undefined) {
      b = synthesiseSecond(this.stations, this.noiseLsb, fc, fs, g);
      this.seconds.set(key, b);
    }
    return b;
  }

  /** `count` samples from stream position `n` (looping the second). */
  render(n: number, count: number, fc: number, fs: number, g: number): Buffer {
    const sec = this.second(fc, fs, g);
    const L = sec.length / 2;
    const out = Buffer.alloc(2 * count);
    let done = 0;
    while (done < count) {
      const pos = (n + done) % L;
      const len = Math.min(count - done, L - pos);
      sec.copy(out, 2 * done, 2 * pos, 2 * (pos + len));
      done += len;
    }
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
  const band = new BandCache(stations, opts.noiseLsb ?? 1);
  for (const f of opts.prerenderHz ?? []) band.second(f, 2.4e6, 1);

  const server: Server = createServer((sock) => {
    accepted++;
    sockets.add(sock);
    sock.setNoDelay(true);
    const tuner = { frequency: 100e6, sampleRate: 2.4e6, gainMode: 0, gainTenthsDb: 400 };
    latest = tuner;
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
      // at most 4 chunks per turn of the event loop, so that commands are read in between (in-flight bounded)
      const due = Math.min(sent + 4 * chunk, pace ? sentAtT0 + Math.floor(((performance.now() - t0) / 1000) * fs) + chunk : Number.POSITIVE_INFINITY);
      let flowing = true;
      while (!closed && sent < due && flowing) {
        let count = Math.min(chunk, due - sent);
        if ((fault === 'disconnect' || fault === 'stall') && sent + count >= faultAfter) count = faultAfter - sent;
        if (count > 0) {
          const g = tuner.gainMode === 1 ? 10 ** ((tuner.gainTenthsDb / 10 - 40) / 20) : 1;
          flowing = write(band.render(sent, count, tuner.frequency, fs, g));
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
      else if (!pace || sent < sentAtT0 + Math.floor(((performance.now() - t0) / 1000) * fs)) timer = setTimeout(pump, 0); // behind: continue at once
      else timer = setTimeout(pump, 5);
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
