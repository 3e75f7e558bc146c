// Test-only: the page script of the browser test, bundled by esbuild for the browser. Makes the
// input with core's `tone`, renders it through the worklet in an OfflineAudioContext, and measures
// the gain with the same function the Node side uses.
import { gainDb, SETTINGS, toneSamples } from './pipeline';

export interface BrowserRun {
  readonly input: number[];
  readonly output: number[];
  readonly gainDb: number;
  readonly firstFrameLength: number;
}

async function run(workletSource: string): Promise<BrowserRun> {
  const x = toneSamples(SETTINGS.sampleRate);
  const ctx = new OfflineAudioContext({ numberOfChannels: 1, length: x.length, sampleRate: SETTINGS.sampleRate });
  const url = URL.createObjectURL(new Blob([workletSource], { type: 'text/javascript' }));
  await ctx.audioWorklet.addModule(url);
  const buffer = ctx.createBuffer(1, x.length, SETTINGS.sampleRate);
  buffer.copyToChannel(x, 0);
  const source = new AudioBufferSourceNode(ctx, { buffer });
  const node = new AudioWorkletNode(ctx, 'rxdsp-sos', { numberOfInputs: 1, numberOfOutputs: 1, outputChannelCount: [1] });
  const first = new Promise<number>((resolve) => {
    node.port.onmessage = (e: MessageEvent<{ firstFrameLength: number }>) => resolve(e.data.firstFrameLength);
  });
  source.connect(node).connect(ctx.destination);
  source.start(0);
  const rendered = await ctx.startRendering();
  const y = rendered.getChannelData(0);
  return { input: Array.from(x), output: Array.from(y), gainDb: gainDb(x, y), firstFrameLength: await first };
}

(globalThis as unknown as { rxdspBrowserTest: { run: typeof run } }).rxdspBrowserTest = { run };
