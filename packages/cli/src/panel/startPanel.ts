import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Subject, Subscription, type Observable } from 'rxjs';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Frame } from '@rxdsp/core';
import { level, psd, streamStats, formatStreamStats } from '@rxdsp/analysis';
import type { ExampleDefinition, ExampleSettings } from '@rxdsp/examples/harness/ExampleDefinition';
import type { LiveParameter } from '@rxdsp/examples/harness/LiveParameter';
import type { DeviceChoice } from '@rxdsp/examples/harness/parseExampleArgs';
import { openDevice, type OpenedDevice } from '@rxdsp/examples/harness/openDevice';
import { startExample, type StartedExample } from '@rxdsp/examples/harness/startExample';
import { applyParameterValues } from '@rxdsp/examples/harness/applyParameterValues';
import { createExampleRun } from '@rxdsp/examples/harness/createExampleRun';
import { panelPage } from './panelPage';
import { parseClientMessage } from './parseClientMessage';

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
}

/** A running panel server. */
export interface PanelHandle {
  /** `http://host:port/` */
  readonly url: string;
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
 * ## Example
 * ```ts
 * const panel = await startPanel({ example: stereoGain, settings, choice: { simulated: true, fast: false } });
 * console.log(`open ${panel.url}`);
 * ```
 */
export async function startPanel(opts: PanelOptions): Promise<PanelHandle> {
  const { example, settings } = opts;
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const host = opts.host ?? '127.0.0.1';
  const run = createExampleRun(example, settings);
  applyParameterValues(example.name, run.parameters, opts.set ?? {});
  const device = await openDevice(opts.choice, settings, run.simulatedInput ? { simulatedInput: run.simulatedInput } : {});
  const framesPerSecond = settings.sampleRate / settings.frameLength;
  const spectrumEvery = opts.spectrumEveryFrames ?? Math.max(1, Math.round(framesPerSecond / 4));
  const levelEvery = Math.max(1, Math.round(framesPerSecond / 15));
  const output$ = new Subject<Frame<Int16Array>>();
  const clients = new Set<WebSocket>();
  let current: StartedExample | undefined;
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
    const started = startExample(example.name, run, settings, device);
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
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end('method not allowed\n');
      return;
    }
    if (url === '/' || url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
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
  const wss = new WebSocketServer({ server, path: '/ws', maxPayload: 64 * 1024 });
  wss.on('connection', (ws) => {
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
        log(`panel: rejected message: ${parsed.error}`);
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
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
      await device.close?.();
    },
  };
}
