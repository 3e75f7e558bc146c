import { createConnection, type Socket } from 'node:net';
import { Observable, Subscription } from 'rxjs';
import { ParameterError, checkFinite, checkInt, checkOptions, checkPositive, describeValue } from '@rxdsp/core';
import { paramObservable } from '../internal/paramObservable';
import { RtlTcpError, type RtlTcpErrorCode } from '../types/errors';
import { makeComplexFrame, type ComplexFrame } from '../types/ComplexFrame';
import { RTL_TCP_COMMANDS, rtlTcpCommand } from './rtlTcpCommand';

/** A tuner gain: dB (manual mode, sent in tenths of dB) or `'auto'` (the tuner's automatic gain). */
export type RtlGain = number | 'auto';

/** What the server said in its 12-byte greeting. */
export interface RtlTcpGreeting {
  /** Tuner type (rtl-sdr's enum: 1 E4000, 2 FC0012, 3 FC0013, 4 FC2580, 5 R820T, 6 R828D). */
  readonly tunerType: number;
  /** Number of gain steps the tuner has. */
  readonly gainCount: number;
}

/** Options of {@link rtlTcp}. */
export interface RtlTcpOptions {
  /** Server host (default `'127.0.0.1'`). */
  readonly host?: string;
  /** Server port (default 1234, rtl_tcp's default). */
  readonly port?: number;
  /** Centre frequency in Hz (1 … 2³² − 1), or an Observable of them for live tuning. */
  readonly frequency: number | Observable<number>;
  /** Sample rate in Hz (default 2.4e6; rtl-sdr accepts 225 001 … 300 000 and 900 001 … 3 200 000). */
  readonly sampleRate?: number;
  /** Tuner gain in dB or `'auto'` (default), or an Observable of them. */
  readonly gain?: RtlGain | Observable<RtlGain>;
  /** Frequency correction in ppm (integer; sent only when given). */
  readonly frequencyCorrectionPpm?: number;
  /** RTL2832 digital AGC on/off (sent only when given). */
  readonly agc?: boolean;
  /** Complex samples per frame (default 16384). */
  readonly frameLength?: number;
  /** No byte for this long (ms) while connecting or streaming is an `RTL_TIMEOUT` error (default 5000). */
  readonly timeoutMs?: number;
  /**
   * Samples that may still come from the previous frequency after a retune command has been written
   * (default 131072: one of rtl_tcp's USB buffers of 262 144 bytes). See the retune rule in {@link rtlTcp}.
   */
  readonly retuneDelaySamples?: number;
  /** Called once with the greeting. */
  readonly onGreeting?: (greeting: RtlTcpGreeting) => void;
}

const GREETING_BYTES = 12;

/** Converts one rtl_tcp byte (unsigned 8-bit, offset 127.5) to ±1 full scale. */
const U8_SCALE = 1 / 127.5;

/**
 * A cold Observable of complex frames from an rtl_tcp server (`rtl_tcp` from Debian's `rtl-sdr`
 * package serves an RTL-SDR dongle on TCP port 1234). Each subscription opens its own connection,
 * reads the 12-byte greeting (`RTL0`, tuner type, gain count; big-endian), sends the sample rate,
 * frequency correction, AGC, gain mode and gain, and frequency commands (5 bytes each: command byte,
 * big-endian u32), then converts the interleaved unsigned 8-bit I/Q stream to Float64 (`(b − 127.5) /
 * 127.5`, ±1 full scale) and emits frames of `frameLength` complex samples, `index` continuous from 0.
 * Unsubscribing closes the socket.
 *
 * ```text
 * rtlTcp({ frequency: f$ }):  f$:   A-----------B----------
 *                             out:  --[A]--[A]--[A]-[B]--[B]--…     (never completes by itself)
 * ```
 *
 * - **Retune rule**: a new value of `frequency` (or `gain`) is sent at once. Samples the server had
 *   already captured (in its USB buffers and in the TCP buffers of both ends) are still from the old
 *   frequency, and the client cannot see where they end. So: if the command is written when `S`
 *   samples have been received, samples `0 … S + retuneDelaySamples − 1` keep the old
 *   `centerFrequency` and later ones carry the new one; a frame is cut at that boundary so each frame
 *   has one frequency. A frame labelled with a frequency was thus (in steady state) taken after the
 *   retune; the up to `retuneDelaySamples` before it may already be from the new frequency. The first
 *   frequency is sent before any sample is read; samples arriving before its delay has passed are
 *   labelled with it too (they may come from the server's previous tuning).
 * - Byte pairs split across TCP chunks are joined (an odd byte waits for its partner).
 * - Samples are not read until `frequency` has given a value (the socket is paused meanwhile).
 * - Faults are {@link RtlTcpError}s: `RTL_CONNECT` (refused, unreachable), `RTL_GREETING` (not `RTL0`,
 *   or closed within the greeting), `RTL_DISCONNECT` (closed while streaming; the samples received
 *   are emitted first as a shorter frame), `RTL_TIMEOUT` (no byte for `timeoutMs`), `RTL_SOCKET`.
 *   An invalid value from the `frequency` or `gain` Observable errors with `ParameterError`; their
 *   errors error the output. Nothing hangs: every wait is bounded by `timeoutMs`.
 *
 * ## Example
 * ```ts
 * import { BehaviorSubject, take } from 'rxjs';
 * import { rtlTcp } from '@rxdsp/sdr';
 * const tuning = new BehaviorSubject(103.9e6);
 * rtlTcp({ host: '127.0.0.1', port: 1234, frequency: tuning, sampleRate: 2.4e6, gain: 40, frameLength: 16384 })
 *   .pipe(take(100))
 *   .subscribe((f) => console.log(f.index, f.centerFrequency));
 * tuning.next(104.7e6); // retune live
 * ```
 *
 * @param opts see {@link RtlTcpOptions}: `host`, `port` (1 … 65535), `frequency` (Hz), `sampleRate` (Hz),
 *   `gain` (dB or `'auto'`), `frequencyCorrectionPpm`, `agc`, `frameLength` (≥ 1), `timeoutMs` (> 0), `retuneDelaySamples` (≥ 0).
 * @throws TypeError / RangeError naming the option at creation.
 */
export function rtlTcp(opts: RtlTcpOptions): Observable<ComplexFrame> {
  const fn = 'rtlTcp';
  checkOptions(fn, opts);
  const host = opts.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host.length === 0) throw new TypeError(`${fn}: opts.host must be a non-empty string, got ${describeValue(host)}`);
  const port = checkInt(fn, 'opts.port', opts.port ?? 1234, 1, 65535);
  const sampleRate = checkInt(fn, 'opts.sampleRate', Math.round(checkPositive(fn, 'opts.sampleRate', opts.sampleRate ?? 2.4e6)), 1, 2 ** 32 - 1);
  const frameLength = checkInt(fn, 'opts.frameLength', opts.frameLength ?? 16384, 1);
  const timeoutMs = checkPositive(fn, 'opts.timeoutMs', opts.timeoutMs ?? 5000);
  const retuneDelay = checkInt(fn, 'opts.retuneDelaySamples', opts.retuneDelaySamples ?? 131072, 0);
  const ppm = opts.frequencyCorrectionPpm === undefined ? undefined : checkInt(fn, 'opts.frequencyCorrectionPpm', opts.frequencyCorrectionPpm, -(2 ** 31));
  if (opts.agc !== undefined && typeof opts.agc !== 'boolean') throw new TypeError(`${fn}: opts.agc must be a boolean, got ${describeValue(opts.agc)}`);
  const onGreeting = opts.onGreeting;
  const checkFrequency = (v: unknown): number => checkInt(fn, 'frequency', typeof v === 'number' ? Math.round(checkPositive(fn, 'frequency', v)) : v, 1, 2 ** 32 - 1);
  const checkGain = (v: unknown): RtlGain => (v === 'auto' ? 'auto' : checkFinite(fn, 'gain', v));
  if (typeof opts.frequency === 'number' || typeof opts.frequency !== 'object') checkFrequency(opts.frequency);
  const gainParam = opts.gain ?? 'auto';
  if (typeof gainParam !== 'object') checkGain(gainParam);
  const where = `${host}:${port}`;

  return new Observable<ComplexFrame>((out) => {
    const subs = new Subscription();
    let socket: Socket | undefined;
    let greeted = false;
    let connected = false;
    const greetingBuf = Buffer.alloc(GREETING_BYTES);
    let greetingGot = 0;
    let odd = -1; // a byte waiting for its partner (the I of a pair whose Q is in the next chunk)
    let received = 0; // complex samples received
    let frameI = new Float64Array(frameLength);
    let frameQ = new Float64Array(frameLength);
    let fill = 0;
    let frameStart = 0;
    // frequency labels: `current` until sample `switchAt`, then `pending` (queued retunes in order)
    let current = Number.NaN;
    const switches: { at: number; frequency: number }[] = [];
    let latestFrequency: number | undefined;
    let latestGain: RtlGain | undefined;

    const fail = (code: RtlTcpErrorCode, message: string): void => {
      if (out.closed) return;
      out.error(new RtlTcpError(code, host, port, `${fn}: ${message} (${where})`));
    };

    const send = (buf: Buffer): void => {
      if (socket && !socket.destroyed && greeted) socket.write(buf);
    };
    const sendFrequency = (f: number): void => {
      if (!greeted) return;
      send(rtlTcpCommand(RTL_TCP_COMMANDS.frequency, f));
      if (Number.isNaN(current)) current = f; // the first tuning labels from sample 0
      else switches.push({ at: received + retuneDelay, frequency: f });
      socket?.resume();
    };
    const sendGain = (g: RtlGain): void => {
      if (!greeted) return;
      if (g === 'auto') send(rtlTcpCommand(RTL_TCP_COMMANDS.gainMode, 0));
      else {
        send(rtlTcpCommand(RTL_TCP_COMMANDS.gainMode, 1));
        send(rtlTcpCommand(RTL_TCP_COMMANDS.gain, Math.round(g * 10)));
      }
    };

    const emitFrame = (): void => {
      if (fill === 0) return;
      const i = fill === frameLength ? frameI : frameI.slice(0, fill);
      const q = fill === frameLength ? frameQ : frameQ.slice(0, fill);
      const f = makeComplexFrame([i], [q], sampleRate, frameStart, current);
      frameStart += fill;
      fill = 0;
      frameI = new Float64Array(frameLength);
      frameQ = new Float64Array(frameLength);
      out.next(f);
    };

    /** Appends complex samples from `bytes[start …]` (an even count), cutting frames at size and at retune boundaries. */
    const pushPairs = (bytes: Buffer, start: number, end: number): void => {
      let p = start;
      while (p < end && !out.closed) {
        const next = switches[0];
        if (next !== undefined && received >= next.at) {
          emitFrame();
          current = next.frequency;
          switches.shift();
          continue;
        }
        const untilSwitch = next === undefined ? Number.POSITIVE_INFINITY : next.at - received;
        const count = Math.min((end - p) >> 1, frameLength - fill, untilSwitch);
        for (let k = 0; k < count; k++, p += 2) {
          frameI[fill + k] = ((bytes[p] as number) - 127.5) * U8_SCALE;
          frameQ[fill + k] = ((bytes[p + 1] as number) - 127.5) * U8_SCALE;
        }
        fill += count;
        received += count;
        if (fill === frameLength) emitFrame();
      }
    };

    const onSamples = (chunk: Buffer, offset: number): void => {
      let p = offset;
      if (odd >= 0 && p < chunk.length) {
        pushPairs(Buffer.from([odd, chunk[p] as number]), 0, 2);
        odd = -1;
        p++;
      }
      const pairsEnd = p + ((chunk.length - p) & ~1);
      pushPairs(chunk, p, pairsEnd);
      if (pairsEnd < chunk.length && !out.closed) odd = chunk[pairsEnd] as number;
    };

    const onGreetingDone = (): void => {
      if (greetingBuf.toString('latin1', 0, 4) !== 'RTL0') {
        fail('RTL_GREETING', `malformed greeting: expected "RTL0", got bytes <${greetingBuf.toString('hex')}>`);
        return;
      }
      greeted = true;
      try {
        onGreeting?.({ tunerType: greetingBuf.readUInt32BE(4), gainCount: greetingBuf.readUInt32BE(8) });
      } catch (err) {
        out.error(err);
        return;
      }
      send(rtlTcpCommand(RTL_TCP_COMMANDS.sampleRate, sampleRate));
      if (ppm !== undefined) send(rtlTcpCommand(RTL_TCP_COMMANDS.frequencyCorrection, ppm));
      if (opts.agc !== undefined) send(rtlTcpCommand(RTL_TCP_COMMANDS.agc, opts.agc ? 1 : 0));
      if (latestGain !== undefined) sendGain(latestGain);
      if (latestFrequency !== undefined) sendFrequency(latestFrequency);
      else socket?.pause();
    };

    // parameters first (a BehaviorSubject's value is known before the connection opens)
    subs.add(
      paramObservable(opts.frequency).subscribe({
        next: (v) => {
          let f: number;
          try {
            f = checkFrequency(v);
          } catch (err) {
            out.error(new ParameterError(err instanceof Error ? err.message : String(err)));
            return;
          }
          latestFrequency = f;
          sendFrequency(f);
        },
        error: (err: unknown) => out.error(err),
      }),
    );
    subs.add(
      paramObservable(gainParam).subscribe({
        next: (v) => {
          let g: RtlGain;
          try {
            g = checkGain(v);
          } catch (err) {
            out.error(new ParameterError(err instanceof Error ? err.message : String(err)));
            return;
          }
          latestGain = g;
          sendGain(g);
        },
        error: (err: unknown) => out.error(err),
      }),
    );
    if (out.closed) return subs;

    const sock = createConnection({ host, port });
    socket = sock;
    sock.setNoDelay(true);
    sock.setTimeout(timeoutMs);
    sock.on('connect', () => {
      connected = true;
    });
    sock.on('data', (chunk: Buffer) => {
      if (out.closed) return;
      let p = 0;
      if (!greeted) {
        const take = Math.min(GREETING_BYTES - greetingGot, chunk.length);
        chunk.copy(greetingBuf, greetingGot, 0, take);
        greetingGot += take;
        p = take;
        if (greetingGot < GREETING_BYTES) return;
        onGreetingDone();
        if (out.closed) return;
      }
      if (p < chunk.length) onSamples(chunk, p);
    });
    sock.on('timeout', () => {
      const what = !connected
        ? 'connecting'
        : !greeted
          ? `waiting for the greeting (${greetingGot} of 12 bytes)`
          : Number.isNaN(current)
            ? 'waiting for the first value of frequency (the socket is paused until then)'
            : `streaming after ${received} samples`;
      fail('RTL_TIMEOUT', `no data for ${timeoutMs} ms while ${what}: the server stalled`);
      sock.destroy();
    });
    sock.on('error', (err: NodeJS.ErrnoException) => {
      if (!connected) fail('RTL_CONNECT', `cannot connect: ${err.code ?? err.message}`);
      else fail('RTL_SOCKET', `socket error: ${err.code ?? err.message}`);
    });
    sock.on('close', () => {
      if (out.closed) return;
      if (!connected) fail('RTL_CONNECT', 'connection closed before it opened');
      else if (!greeted) fail('RTL_GREETING', `the server closed the connection after ${greetingGot} of the 12 greeting bytes`);
      else {
        emitFrame(); // no sample is lost: the partial frame goes out before the error
        fail('RTL_DISCONNECT', `the server closed the connection after ${received} samples${odd >= 0 ? ' and an odd byte' : ''}`);
      }
    });
    subs.add(() => {
      sock.removeAllListeners('data');
      sock.destroy();
    });
    return subs;
  });
}
