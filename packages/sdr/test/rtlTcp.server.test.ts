import { createServer, type Server } from 'node:net';
import { BehaviorSubject, firstValueFrom, lastValueFrom, Subject, take, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ParameterError } from '@rxdsp/core';
import { RtlTcpError, rtlTcp, type ComplexFrame } from '@rxdsp/sdr';
import { startRtlTcpServer, type RtlTcpTestServer } from '../../../test-utils/rtlTcpServer';

let server: RtlTcpTestServer | undefined;
let raw: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await new Promise<void>((r) => (raw ? raw.close(() => r()) : r()));
  raw = undefined;
});

/** Collects frames until the stream errors; resolves with both. */
function untilError(obs: ReturnType<typeof rtlTcp>): Promise<{ frames: ComplexFrame[]; error: unknown }> {
  return new Promise((resolve) => {
    const frames: ComplexFrame[] = [];
    obs.subscribe({ next: (f) => frames.push(f), error: (error: unknown) => resolve({ frames, error }), complete: () => resolve({ frames, error: undefined }) });
  });
}

/** A raw server that sends `bytes` in pieces of the given sizes (cycled), then keeps the connection open. */
async function rawServer(bytes: Buffer, pieces: number[]): Promise<number> {
  raw = createServer((sock) => {
    let p = 0;
    let k = 0;
    while (p < bytes.length) {
      const len = Math.min(bytes.length - p, pieces[k++ % pieces.length]!);
      sock.write(bytes.subarray(p, p + len));
      p += len;
    }
    sock.on('error', () => undefined);
    sock.resume(); // read (and drop) the commands, so that the client's close is seen
  });
  await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', () => r()));
  const a = raw.address();
  return typeof a === 'object' && a ? a.port : 0;
}

const greeting = (magic = 'RTL0'): Buffer => {
  const g = Buffer.alloc(12);
  g.write(magic, 0, 'latin1');
  g.writeUInt32BE(5, 4);
  g.writeUInt32BE(29, 8);
  return g;
};

describe('rtlTcp: protocol', () => {
  it('reads the greeting, sends sample rate, ppm, AGC, gain mode, gain and frequency as 5-byte big-endian commands', async () => {
    server = await startRtlTcpServer({ pace: false });
    let greet: unknown;
    // keep the connection open until the server has read the commands (closing a socket with
    // unread data resets it, and the peer may drop what it had not read yet)
    const sub = rtlTcp({ port: server.port, frequency: 103.9e6, sampleRate: 2.4e6, gain: 40.2, frequencyCorrectionPpm: -3, agc: true, frameLength: 1000, onGreeting: (g) => (greet = g) }).subscribe();
    for (let t = 0; t < 200 && server.commands.length < 6; t++) await new Promise((r) => setTimeout(r, 10));
    sub.unsubscribe();
    expect(greet).toEqual({ tunerType: 5, gainCount: 29 });
    const cmds = server.commands.map((c) => [c.command, c.value]);
    expect(cmds).toEqual([
      [0x02, 2_400_000],
      [0x05, 2 ** 32 - 3], // −3 ppm in two's complement
      [0x08, 1],
      [0x03, 1],
      [0x04, 402],
      [0x01, 103_900_000],
    ]);
  });

  it("gain 'auto' sends gain mode 0 only; live gain sends new commands", async () => {
    server = await startRtlTcpServer({ pace: false });
    const g = new BehaviorSubject<number | 'auto'>('auto');
    let n = 0;
    await lastValueFrom(rtlTcp({ port: server.port, frequency: 100e6, gain: g, frameLength: 4096 }).pipe(take(20)));
    for (let t = 0; t < 100 && server.commands.length < 3; t++) await new Promise((r) => setTimeout(r, 10));
    expect(server.commands.filter((c) => c.command === 0x03 || c.command === 0x04).map((c) => [c.command, c.value])).toEqual([[0x03, 0]]);
    await server.close();
    server = await startRtlTcpServer({ pace: false });
    const port = server.port;
    await new Promise<void>((resolve) => {
      const sub = rtlTcp({ port, frequency: 100e6, gain: g, frameLength: 4096 }).subscribe(() => {
        n++;
        if (n === 2) g.next(20);
        if (n === 40) {
          sub.unsubscribe();
          resolve();
        }
      });
    });
    for (let t = 0; t < 100 && server.commands.length < 5; t++) await new Promise((r) => setTimeout(r, 10));
    expect(server.commands.filter((c) => c.command === 0x03 || c.command === 0x04).map((c) => [c.command, c.value])).toEqual([[0x03, 0], [0x03, 1], [0x04, 200]]);
    expect(server.tuner().gainTenthsDb).toBe(200);
  });

  it('joins I/Q pairs and the greeting split across TCP chunks of odd sizes', async () => {
    const data = Buffer.alloc(2 * 1001);
    for (let k = 0; k < data.length; k++) data[k] = (k * 37) % 256;
    const port = await rawServer(Buffer.concat([greeting(), data]), [1, 3, 7, 2, 5, 11]);
    const frames = await lastValueFrom(rtlTcp({ port, frequency: 100e6, frameLength: 100 }).pipe(take(10), toArray()));
    const got = frames.flatMap((f) => [...f.i[0]!].map((v, k) => [v, f.q[0]![k]!]));
    expect(got.length).toBe(1000);
    got.forEach(([i, q], k) => {
      expect(i).toBeCloseTo((data[2 * k]! - 127.5) / 127.5, 15);
      expect(q).toBeCloseTo((data[2 * k + 1]! - 127.5) / 127.5, 15);
    });
    expect(frames.map((f) => f.index)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    expect(frames.every((f) => f.sampleRate === 2.4e6 && f.centerFrequency === 100e6)).toBe(true);
  });

  it('the band server writing odd-sized pieces still gives continuous frames', async () => {
    server = await startRtlTcpServer({ pace: false, oddChunks: true });
    const frames = await lastValueFrom(rtlTcp({ port: server.port, frequency: 103.9e6, frameLength: 5000 }).pipe(take(6), toArray()));
    expect(frames.map((f) => f.index)).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
  });

  it('unsubscribing closes the socket', async () => {
    server = await startRtlTcpServer({ pace: true });
    await lastValueFrom(rtlTcp({ port: server.port, frequency: 100e6, frameLength: 1024 }).pipe(take(3)));
    for (let t = 0; t < 100 && server.connections().open > 0; t++) await new Promise((r) => setTimeout(r, 10));
    expect(server.connections()).toEqual({ accepted: 1, open: 0 });
  });
});

describe('rtlTcp: retune rule', () => {
  it('labels frames with the new frequency from S + retuneDelaySamples on, cutting the frame there', async () => {
    server = await startRtlTcpServer({ pace: false });
    const tuning = new BehaviorSubject(103.9e6);
    const frames: ComplexFrame[] = [];
    let sentAt = -1;
    await new Promise<void>((resolve, reject) => {
      const sub = rtlTcp({ port: server!.port, frequency: tuning, frameLength: 1000, retuneDelaySamples: 2500 }).subscribe({
        next: (f) => {
          frames.push(f);
          if (frames.length === 3) {
            sentAt = f.index + 1000;
            tuning.next(104.7e6);
          }
          if (frames.length >= 10 && server!.commands.filter((c) => c.command === 0x01).length === 2) {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    const boundary = sentAt + 2500; // 5500: inside the frame starting at 5000
    for (const f of frames) {
      const end = f.index + f.i[0]!.length;
      if (end <= boundary) expect(f.centerFrequency).toBe(103.9e6);
      else {
        expect(f.index).toBeGreaterThanOrEqual(boundary);
        expect(f.centerFrequency).toBe(104.7e6);
      }
    }
    expect(frames.some((f) => f.index + f.i[0]!.length === boundary)).toBe(true);
    const idx = frames.map((f) => f.index);
    for (let k = 1; k < frames.length; k++) expect(idx[k]).toBe(idx[k - 1]! + frames[k - 1]!.i[0]!.length);
    expect(server.commands.filter((c) => c.command === 0x01).map((c) => c.value)).toEqual([103_900_000, 104_700_000]);
  });

  it('an invalid frequency from the Observable errors with ParameterError; its error errors the output', async () => {
    server = await startRtlTcpServer({ pace: false });
    const f = new Subject<number>();
    const p = untilError(rtlTcp({ port: server.port, frequency: f }));
    f.next(-5);
    const { error } = await p;
    expect(error).toBeInstanceOf(ParameterError);
    expect(String(error)).toMatch(/rtlTcp: frequency must be a finite number > 0, got -5/);
    const g = new Subject<number>();
    const q = untilError(rtlTcp({ port: server.port, frequency: g }));
    g.error(new Error('tuning failed'));
    expect((await q).error).toEqual(new Error('tuning failed'));
  });
});

describe('rtlTcp: faults end in coded errors', () => {
  it('refused connection → RTL_CONNECT', async () => {
    const s = await startRtlTcpServer();
    const port = s.port;
    await s.close();
    const { error } = await untilError(rtlTcp({ port, frequency: 100e6 }));
    expect(error).toBeInstanceOf(RtlTcpError);
    expect((error as RtlTcpError).code).toBe('RTL_CONNECT');
    expect(String(error)).toMatch(/rtlTcp: cannot connect: ECONNREFUSED \(127\.0\.0\.1:\d+\)/);
  });

  it('malformed greeting → RTL_GREETING naming the bytes', async () => {
    server = await startRtlTcpServer({ fault: 'badGreeting' });
    const { frames, error } = await untilError(rtlTcp({ port: server.port, frequency: 100e6 }));
    expect(frames).toEqual([]);
    expect((error as RtlTcpError).code).toBe('RTL_GREETING');
    expect(String(error)).toMatch(/malformed greeting: expected "RTL0", got bytes <52544c58/);
  });

  it('closed within the greeting → RTL_GREETING', async () => {
    server = await startRtlTcpServer({ fault: 'shortGreeting' });
    const { error } = await untilError(rtlTcp({ port: server.port, frequency: 100e6 }));
    expect((error as RtlTcpError).code).toBe('RTL_GREETING');
    expect(String(error)).toMatch(/after 6 of the 12 greeting bytes/);
  });

  it('disconnect mid-stream → every complete sample is emitted, then RTL_DISCONNECT', async () => {
    server = await startRtlTcpServer({ fault: 'disconnect', faultAfterSamples: 10_500, pace: false });
    const { frames, error } = await untilError(rtlTcp({ port: server.port, frequency: 100e6, frameLength: 4000 }));
    expect(frames.map((f) => f.i[0]!.length)).toEqual([4000, 4000, 2500]);
    expect((error as RtlTcpError).code).toBe('RTL_DISCONNECT');
    expect(String(error)).toMatch(/closed the connection after 10500 samples and an odd byte/);
  });

  it('stalled server → RTL_TIMEOUT after timeoutMs, during the greeting and while streaming', async () => {
    raw = createServer((sock) => sock.on('error', () => undefined).resume()); // accepts, never speaks
    await new Promise<void>((r) => raw!.listen(0, '127.0.0.1', () => r()));
    const a = raw.address();
    const t0 = performance.now();
    const first = await untilError(rtlTcp({ port: typeof a === 'object' && a ? a.port : 0, frequency: 100e6, timeoutMs: 200 }));
    expect((first.error as RtlTcpError).code).toBe('RTL_TIMEOUT');
    expect(String(first.error)).toMatch(/no data for 200 ms while waiting for the greeting \(0 of 12 bytes\)/);
    expect(performance.now() - t0).toBeLessThan(2000);

    server = await startRtlTcpServer({ fault: 'stall', faultAfterSamples: 8000, pace: false });
    const second = await untilError(rtlTcp({ port: server.port, frequency: 100e6, frameLength: 3000, timeoutMs: 200 }));
    expect(second.frames.map((f) => f.i[0]!.length)).toEqual([3000, 3000]);
    expect((second.error as RtlTcpError).code).toBe('RTL_TIMEOUT');
    expect(String(second.error)).toMatch(/while streaming after 8000 samples: the server stalled/);
  });

  it('bad options throw at creation, naming the option', () => {
    expect(() => rtlTcp({ frequency: 0 })).toThrow(/rtlTcp: frequency must be a finite number > 0, got 0/);
    expect(() => rtlTcp({ frequency: 1e8, port: 70000 })).toThrow(/rtlTcp: opts.port must be an integer in 1 … 65535, got 70000/);
    expect(() => rtlTcp({ frequency: 1e8, frameLength: 0 })).toThrow(RangeError);
    expect(() => rtlTcp({ frequency: 1e8, gain: 'loud' as never })).toThrow(/rtlTcp: gain must be a number, got "loud"/);
    expect(() => rtlTcp({ frequency: 1e8, timeoutMs: -1 })).toThrow(/opts.timeoutMs/);
    expect(() => rtlTcp(null as never)).toThrow(TypeError);
  });
});
