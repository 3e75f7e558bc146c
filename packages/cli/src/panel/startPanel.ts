import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Subject, Subscription, type Observable } from 'rxjs';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkInt, checkOptions, checkPositive, type Frame } from '@rxdsp/core';
import { level, psd, streamStats, formatStreamStats } from '@rxdsp/analysis';
import { applyParameterValues, createRun, type DeviceChoice, type ExampleDefinition, type ExampleSettings, type LiveParameter, openDevice, type OpenedDevice, type StartedRun, startRun } from '@rxdsp/runtime';
import { panelAccess, type PanelAccess } from './panelAccess';
import { panelPage } from './panelPage';
import { parseClientMessage } from './parseClientMessage';
import { createRejectionLog } from './rejectionLog';

/** Options of {@link startPanel}. */
export interface PanelOptions {
  readonly example: ExampleDefinition;
  readonly settings: ExampleSettings;
  readonly choice: DeviceChoice;
  /** Initial values of live parameters. */
  readonly set?: Readonly<Record<string, number>>;
  /** Address to bind (default `127.0.0.1`: the panel is not reachable from other machines). */
  readonly host?: string;
  /** TCP port, 0 for any free port (default 0). */
  readonly port?: number;
  /** Where rejected messages and state changes are logged (default: stderr). */
  readonly log?: (line: string) => void;
  /** Frames between two spectrum updates (default: about 4 per second). */
  readonly spectrumEveryFrames?: number;
  /** WebSocket connections open at once, integer ≥ 1 (default 8); more are refused with 503. */
  readonly maxConnections?: number;
  /** Minimum time between two log lines about rejected requests, connections and messages, ms (default 5000). */
  readonly rejectLogIntervalMs?: number;
}

/** A running panel server. */
export interface PanelHandle {
  /** `http://host:port/?token=…`: the page, with this run's secret token. */
  readonly url: string;
  /** This run's secret token (required by the page and the WebSocket). */
  readonly token: string;
  readonly port: number;
  readonly device: OpenedDevice;
  /** Every frame leaving the example's pipeline while it runs (across Start/Stop cycles). */
  readonly output$: Observable<Frame<Int16Array>>;
  /** The example's live parameters, the ones the sliders drive. */
  readonly parameters: readonly LiveParameter[];
  /** True while the example streams. */
  running(): boolean;
  /** Stops the stream if running, closes every WebSocket and the server. */
  close(): Promise<void>;
}

const UPLOT_FILES: Readonly<Record<string, string>> = {
  '/uplot/uPlot.iife.min.js': 'text/javascript; charset=utf-8',
  '/uplot/uPlot.min.css': 'text/css; charset=utf-8',
};

function uplotDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('uplot/package.json')), 'dist');
}

/**
 * Starts the live control panel of an example: an HTTP server (Node `http`) serving one
 * page and a WebSocket endpoint (`ws`) at `/ws`. The page's Start/Stop buttons start and
 * stop the example on the chosen device; each slider is bound to one of the example's
 * live parameters (its `BehaviorSubject`), so a move changes the running pipeline at the
 * next frame boundary; level meters (`level`), a spectrum (`psd`, drawn with uPlot) and
 * the stream statistics (`streamStats`) update live.
 *
 * Invalid messages (malformed JSON, unknown type or parameter, a value out of range)
 * are rejected: the page shows the error and it is logged; the stream keeps running.
 *
 * Access (see the README's Security section): every request needs a `Host` naming the panel
 * (`127.0.0.1`, `localhost`, `[::1]` or the explicit `host`, with the port): 403 otherwise. The
 * page (`/`) and the WebSocket need this run's secret `token` in the query string (`url` holds it);
 * the WebSocket also needs an `Origin` equal to the panel's own (403), and at most
 * `maxConnections` are open at once (503). Rejections are logged at most once per
 * `rejectLogIntervalMs` (a summary counts the rest) and totalled at `close()`. A port in use
 * rejects with an Error of code `EADDRINUSE` whose one-line message names the port.
 *
 * ## Example
 * ```ts
 * const panel = await startPanel({ example: stereoGain, settings, choice: { simulated: true, fast: false } });
 * console.log(`open ${panel.url}`);
 * ```
 */
export async function startPanel(opts: PanelOptions): Promise<PanelHandle> {
  checkOptions('startPanel', opts);
  const { example, settings } = opts;
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = opts.host ?? '127.0.0.1';
  const maxConnections = checkInt('startPanel', 'maxConnections', opts.maxConnections ?? 8);
  const logIntervalMs = checkPositive('startPanel', 'rejectLogIntervalMs', opts.rejectLogIntervalMs ?? 5000);
  const rejected = createRejectionLog(log, logIntervalMs);
  const run = createRun(example, settings);
  applyParameterValues(example.name, run.parameters, opts.set ?? {});
  const device = await openDevice(opts.choice, settings, run.simulatedInput ? { simulatedInput: run.simulatedInput } : {});
  const framesPerSecond = settings.sampleRate / settings.frameLength;
  const spectrumEvery = opts.spectrumEveryFrames ?? Math.max(1, Math.round(framesPerSecond / 4));
  const levelEvery = Math.max(1, Math.round(framesPerSecond / 15));
  const output$ = new Subject<Frame<Int16Array>>();
  const clients = new Set<WebSocket>();
  let current: StartedRun | undefined;
  let taps: Subscription | undefined;
  let statsTimer: ReturnType<typeof setInterval> | undefined;

  const broadcast = (msg: unknown): void => {
    const text = JSON.stringify(msg);
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(text);
  };
  const statsReport = (): string | undefined => {
    if (!current || current.timing.count < 2) return undefined;
    try {
      return formatStreamStats(streamStats(current.timing));
    } catch {
      return undefined;
    }
  };

  const start = (): void => {
    if (current) return;
    const started = startRun(example.name, run, settings, device);
    current = started;
    taps = new Subscription();
    taps.add(started.output$.subscribe(output$));
    let levelCount = 0;
    taps.add(
      started.output$.pipe(level()).subscribe((lv) => {
        if (levelCount++ % levelEvery !== 0) return;
        broadcast({
          type: 'level',
          elapsedSeconds: started.elapsedSeconds(),
          channels: lv.rmsDb.map((rms, c) => ({ rmsDb: Math.max(-120, rms), peakDb: Math.max(-120, lv.peakDb[c] ?? -120), clips: lv.totalClips[c] ?? 0 })),
        });
      }),
    );
    const nperseg = Math.min(1024, 2 ** Math.floor(Math.log2(Math.max(64, settings.frameLength * 2))));
    taps.add(
      started.output$.pipe(psd({ nperseg, everyFrames: spectrumEvery, averaging: 'exponential', alpha: 0.3 })).subscribe((est) => {
        // channel 0 (left); dB re 1 / Hz in int16 units
        const db = Array.from(est.pxx[0] ?? [], (v) => Math.round(100 * 10 * Math.log10(Math.max(v, 1e-30))) / 100);
        broadcast({ type: 'spectrum', f: Array.from(est.f), db });
      }),
    );
    statsTimer = setInterval(() => {
      const report = statsReport();
      if (report) broadcast({ type: 'stats', report });
    }, 1000);
    log(`panel: started ${example.name} on ${device.description}`);
    broadcast({ type: 'state', running: true });
    started.done.then(
      (result) => {
        finishRun();
        broadcast({ type: 'state', running: false, report: result.statsReport });
        log(`panel: stopped ${example.name}; ${result.report.files.length} file(s) written`);
      },
      (err: unknown) => {
        finishRun();
        const message = `the stream failed: ${err instanceof Error ? err.message : String(err)}`;
        log(`panel: ${message}`);
        broadcast({ type: 'error', message });
        broadcast({ type: 'state', running: false });
      },
    );
  };
  const finishRun = (): void => {
    taps?.unsubscribe();
    taps = undefined;
    if (statsTimer) clearInterval(statsTimer);
    statsTimer = undefined;
    current = undefined;
  };
  const stop = async (): Promise<void> => {
    const c = current;
    if (!c) return;
    await c.stop().catch(() => undefined);
  };

  const uplot = uplotDir();
  const page = panelPage({ title: `${example.name}: ${example.title}`, description: example.description });
  let access: PanelAccess | undefined; // set once the port is known (before any request is served)
  const forbid = (res: ServerResponse, status: number, reason: string, body: string): void => {
    rejected.reject('request', reason);
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${body}\n`);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = (req.url ?? '/').split('?')[0] ?? '/';
    const badHost = access!.checkHost(req.headers.host);
    if (badHost !== undefined) {
      forbid(res, 403, `${req.method ?? '?'} ${url.slice(0, 80)}: ${badHost}`, 'forbidden: this is not the address the panel serves');
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end('method not allowed\n');
      return;
    }
    if (url === '/' || url === '/index.html') {
      const badToken = access!.checkToken(req.url);
      if (badToken !== undefined) {
        forbid(res, 403, `GET ${url}: ${badToken}`, 'forbidden: open the panel with the URL (and its token) that rxdsp panel printed');
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          // no framing by other pages; the token in the URL is never sent as a Referer
          'x-frame-options': 'DENY',
          'content-security-policy': "frame-ancestors 'none'",
          'referrer-policy': 'no-referrer',
        })
        .end(page);
      return;
    }
    const type = UPLOT_FILES[url];
    if (type) {
      readFile(join(uplot, url.slice('/uplot/'.length))).then(
        (body) => res.writeHead(200, { 'content-type': type }).end(body),
        () => res.writeHead(500).end('uPlot files not found\n'),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  let upgrading = 0;
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined); // a client resetting a refused socket is not our failure
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const a = access!;
    const denied = path !== '/ws' ? `path ${JSON.stringify(path.slice(0, 80))} is not /ws` : (a.checkHost(req.headers.host) ?? a.checkOrigin(req.headers.origin) ?? a.checkToken(req.url));
    const full = denied === undefined && clients.size + upgrading >= maxConnections;
    if (denied !== undefined || full) {
      rejected.reject('connection', denied ?? `${maxConnections} connections are open (maxConnections)`);
      socket.once('finish', () => socket.destroy());
      socket.end(`HTTP/1.1 ${full ? '503 Service Unavailable' : '403 Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    upgrading++;
    wss.handleUpgrade(req, socket, head, (ws) => {
      upgrading--;
      wss.emit('connection', ws, req);
    });
  });
  wss.on('connection', (ws: WebSocket) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.on('error', (err) => log(`panel: websocket error: ${err.message}`));
    ws.send(
      JSON.stringify({
        type: 'hello',
        example: example.name,
        device: device.description,
        sampleRate: settings.sampleRate,
        frameLength: settings.frameLength,
        channels: settings.channels,
        running: current !== undefined,
        parameters: run.parameters.map((p) => ({ name: p.name, label: p.label, unit: p.unit, min: p.min, max: p.max, step: p.step, value: p.value$.value })),
      }),
    );
    ws.on('message', (data, isBinary) => {
      const parsed = isBinary ? ({ ok: false, error: 'binary messages are not accepted' } as const) : parseClientMessage(data.toString(), run.parameters);
      if (!parsed.ok) {
        rejected.reject('message', parsed.error);
        ws.send(JSON.stringify({ type: 'error', message: `rejected: ${parsed.error}` }));
        return;
      }
      const msg = parsed.message;
      if (msg.type === 'start') start();
      else if (msg.type === 'stop') void stop();
      else {
        const p = run.parameters.find((q) => q.name === msg.name)!;
        p.value$.next(msg.value);
        broadcast({ type: 'param', name: p.name, value: msg.value, unit: p.unit });
      }
    });
  });

  const wantedPort = opts.port ?? 0;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wantedPort, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await device.close?.();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      const why = code === 'EADDRINUSE' ? 'is already in use' : code === 'EACCES' ? 'needs privileges this user lacks' : 'is not an address of this machine';
      const what = code === 'EADDRNOTAVAIL' ? `--host ${host}` : `port ${wantedPort} on ${host}`;
      throw Object.assign(new Error(`panel: ${what} ${why} (choose another with ${code === 'EADDRNOTAVAIL' ? '--host' : '--port; 0 picks a free port'})`), { code });
    }
    throw err;
  }
  server.on('error', (err) => log(`panel: server error: ${err.message}`));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  access = panelAccess(host, port);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/?token=${access.token}`,
    token: access.token,
    port,
    device,
    output$: output$.asObservable(),
    parameters: run.parameters,
    running: () => current !== undefined,
    async close() {
      await stop();
      for (const ws of clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rejected.close();
      await device.close?.();
    },
  };
}
