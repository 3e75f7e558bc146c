// Test-only: the AudioWorkletProcessor of the browser test, bundled by esbuild for the browser.
// Each render quantum goes through core + filters (an RxJS Subject → sosFilter).
import { filterPipeline } from './pipeline';

// The AudioWorkletGlobalScope is not part of TypeScript's DOM library.
declare const sampleRate: number;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
declare function registerProcessor(name: string, ctor: new () => AudioWorkletProcessor): void;

class RxdspSosProcessor extends AudioWorkletProcessor {
  private readonly pipeline = filterPipeline(sampleRate);
  private frames = 0;

  process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean {
    const out = outputs[0]?.[0];
    if (!out) return true;
    // No channel on the input once the source has ended: its silence still goes through the filter.
    const x = inputs[0]?.[0] ?? new Float32Array(out.length);
    out.set(this.pipeline.push(Float32Array.from(x)));
    this.frames++;
    if (this.frames === 1) this.port.postMessage({ firstFrameLength: x.length });
    return true;
  }
}

registerProcessor('rxdsp-sos', RxdspSosProcessor);
