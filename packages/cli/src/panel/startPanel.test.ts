// Issue 13, findings 1–3: the panel accepts only its own Host, Origin and token, caps connections,
// rate-limits the logging of rejections, and reports a port in use in one line. Each attack runs
// against a streaming panel, which must keep streaming.
import { once } from 'node:events';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { stereoGain } from '@rxdsp/examples/stereo-gain';
import { startPanel, type PanelHandle } from './startPanel';

const out = mkdtempSync(join(tmpdir(), 'rxdsp-panel-'));
const settings = { sampleRate: 48_000, frameLength: 1024, channels: 2, seconds: 0, outDir: out, extra: {} };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let panel: PanelHandle;
const logs: string[] = [];
let frames = 0;
let origin = '';
let wsUrl = '';

/** GET with explicit headers (fetch cannot set Host); resolves with the status. */
function get(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: panel.port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket; resolves 'open' or the HTTP status of the refusal. */
function connect(url: string, opts: { origin?: string; headers?: Record<string, string> }): Promise<{ ws: WebSocket; status: 'open' | number }> {
  const ws = new WebSocket(url, { ...(opts.origin === undefined ? {} : { origin: opts.origin }), headers: opts.headers ?? {} });
  return new Promise((resolve) => {
    ws.once('open', () => resolve({ ws, status: 'open' }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ ws, status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', () => resolve({ ws, status: -1 }));
  });
}

/** Frames keep arriving: the stream survived. */
async function stillStreaming(): Promise<void> {
  const n = frames;
  const t0 = Date.now();
  while (frames < n + 3) {
    if (Date.now() - t0 > 5000) throw new Error('the stream stopped');
    await sleep(20);
  }
  expect(panel.running()).toBe(true);
}

beforeAll(async () => {
  panel = await startPanel({ example: stereoGain, settings, choice: { simulated: true, fast: false }, log: (l) => logs.push(l), maxConnections: 3, rejectLogIntervalMs: 60_000 });
  panel.output$.subscribe(() => frames++);
  origin = `http://127.0.0.1:${panel.port}`;
  wsUrl = `ws://127.0.0.1:${panel.port}/ws?token=${panel.token}`;
  // start the stream from a legitimate client
  const { ws } = await connect(wsUrl, { origin });
  ws.send(JSON.stringify({ type: 'start' }));
  const t0 = Date.now();
  while (!panel.running() && Date.now() - t0 < 5000) await sleep(10);
  await stillStreaming();
  ws.close();
}, 20_000);
afterAll(async () => {
  await panel?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('startPanel access rules (issue 13)', () => {
  it('prints a URL with a 256-bit URL-safe token; the page needs it', async () => {
    expect(panel.url).toBe(`http://127.0.0.1:${panel.port}/?token=${panel.token}`);
    expect(panel.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const host = `127.0.0.1:${panel.port}`;
    expect(await get(`/?token=${panel.token}`, { host })).toBe(200);
    expect(await get(`/?token=${panel.token}`, { host: `localhost:${panel.port}` })).toBe(200);
    expect(await get(`/?token=${panel.token}`, { host: `[::1]:${panel.port}` })).toBe(200);
    expect(await get('/', { host })).toBe(403); // missing token
    expect(await get('/?token=', { host })).toBe(403);
    expect(await get(`/?token=${panel.token.slice(0, -1)}x`, { host })).toBe(403); // wrong token
    expect(await get(`/?token=${panel.token}x`, { host })).toBe(403); // longer
    await stillStreaming();
  });

  it('refuses a foreign Host (DNS rebinding) for the page, the uPlot files and the WebSocket', async () => {
    for (const host of ['attacker.example', `attacker.example:${panel.port}`, '127.0.0.1:1', `127.0.0.1.attacker.example:${panel.port}`]) {
      expect(await get(`/?token=${panel.token}`, { host }), host).toBe(403);
      expect(await get('/uplot/uPlot.min.css', { host }), host).toBe(403);
      expect((await connect(wsUrl, { origin, headers: { host } })).status, host).toBe(403);
    }
    expect(await get('/uplot/uPlot.min.css', { host: `127.0.0.1:${panel.port}` })).toBe(200); // public files need no token
    await stillStreaming();
  });

  it('refuses a WebSocket from a foreign Origin, Origin null, no Origin, without or with a wrong token', async () => {
    const before = panel.parameters[0]!.value$.value;
    for (const o of ['https://evil.example.com', 'null', `http://127.0.0.1:${panel.port + 1}`, `https://127.0.0.1:${panel.port}`, `http://attacker.example:${panel.port}`]) {
      const r = await connect(wsUrl, { origin: o });
      expect(r.status, o).toBe(403);
    }
    expect((await connect(wsUrl, {})).status).toBe(403);
    expect((await connect(`ws://127.0.0.1:${panel.port}/ws`, { origin })).status).toBe(403);
    expect((await connect(`ws://127.0.0.1:${panel.port}/ws?token=guess`, { origin })).status).toBe(403);
    expect((await connect(`ws://127.0.0.1:${panel.port}/other?token=${panel.token}`, { origin })).status).toBe(403);
    // nothing reached the pipeline
    expect(panel.parameters[0]!.value$.value).toBe(before);
    // the panel's own origin with the token: accepted, under each loopback name
    for (const o of [origin, `http://localhost:${panel.port}`]) {
      const r = await connect(wsUrl, { origin: o });
      expect(r.status, o).toBe('open');
      r.ws.close();
      await once(r.ws, 'close');
    }
    await stillStreaming();
  });

  it('caps concurrent connections (maxConnections: 3, 503 beyond); a closed one frees a place', async () => {
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await connect(wsUrl, { origin }));
    expect(open.map((r) => r.status)).toEqual(['open', 'open', 'open']);
    const extra = await Promise.all(Array.from({ length: 20 }, () => connect(wsUrl, { origin })));
    expect(extra.map((r) => r.status)).toEqual(Array(20).fill(503));
    open[0]!.ws.close();
    await once(open[0]!.ws, 'close');
    await sleep(50);
    const again = await connect(wsUrl, { origin });
    expect(again.status).toBe('open');
    for (const r of [...open.slice(1), again]) r.ws.close();
    await Promise.all([...open.slice(1), again].map((r) => once(r.ws, 'close')));
    await stillStreaming();
  });

  it('a flood of 10 000 invalid messages: each answered, stderr bounded, counted in the summary', async () => {
    const linesBefore = logs.length;
    const { ws } = await connect(wsUrl, { origin });
    let errors = 0;
    ws.on('message', (d) => {
      if ((JSON.parse(d.toString()) as { type: string }).type === 'error') errors++;
    });
    for (let i = 0; i < 10_000; i++) ws.send(i % 2 ? 'not json' : '{"type":"set","name":"volume","value":1}');
    const t0 = Date.now();
    while (errors < 10_000 && Date.now() - t0 < 20_000) await sleep(20);
    expect(errors).toBe(10_000);
    // within one log interval (60 s here): at most one line, whatever the rate
    expect(logs.length - linesBefore).toBeLessThanOrEqual(1);
    ws.close();
    await stillStreaming();
  }, 30_000);

  it('close() logs the summary of what was rejected; the totals count every rejection', async () => {
    const p = panel;
    const n = logs.length;
    await p.close();
    const tail = logs.slice(n);
    const total = tail.find((l) => l.startsWith('panel: rejected in this run:'));
    expect(total, tail.join('\n')).toBeDefined();
    // 10 000 messages; requests: 4 token + 8 host (page and uPlot under 4 Host values)
    expect(total).toMatch(/: 12 request\(s\), \d+ connection\(s\), 10000 message\(s\)$/);
    const connections = Number(/(\d+) connection/.exec(total!)?.[1]);
    expect(connections).toBe(4 + 9 + 20); // 4 hosts, 9 origin/token/path, 20 over the cap
    // every line of the whole run: bounded (one per interval per burst, plus the summary and the total)
    expect(logs.filter((l) => l.startsWith('panel: rejected') || / more rejected /.test(l)).length).toBeLessThanOrEqual(6);
  });
});

describe('startPanel: a port in use', () => {
  it('rejects with code EADDRINUSE and a one-line message naming the port', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const err = (await startPanel({ example: stereoGain, settings, choice: { simulated: true, fast: false }, port, log: () => undefined }).catch((e: unknown) => e)) as NodeJS.ErrnoException;
      expect(err).toBeInstanceOf(Error);
      expect(err.code).toBe('EADDRINUSE');
      expect(err.message).toBe(`panel: port ${port} on 127.0.0.1 is already in use (choose another with --port; 0 picks a free port)`);
    } finally {
      blocker.close();
    }
  });

  it('options are checked', async () => {
    await expect(startPanel({ example: stereoGain, settings, choice: { simulated: true, fast: false }, maxConnections: 0 })).rejects.toThrow('startPanel: maxConnections must be an integer ≥ 1, got 0');
    await expect(startPanel({ example: stereoGain, settings, choice: { simulated: true, fast: false }, rejectLogIntervalMs: 0 })).rejects.toThrow(
      new RangeError('startPanel: rejectLogIntervalMs must be a finite number > 0, got 0'),
    );
    await expect(startPanel(null as never)).rejects.toThrow(new TypeError('startPanel: options must be an object, got null'));
  });
});

