// core + filters in a browser: esbuild bundles a filter pipeline (core's `tone` → an RxJS Subject
// → filters' `sosFilter` with a `butter` design) for the browser (platform 'browser', no Node
// polyfills: a top-level import of a Node built-in fails the bundle), and Debian's chromium, driven
// by playwright-core, runs it inside an AudioWorkletProcessor of an OfflineAudioContext. The
// rendered samples must equal the same pipeline run in Node, frame for frame, and the measured
// gain at the tone frequency must match sosfreqz. In CI a missing chromium FAILS this test,
// elsewhere it is skipped with the reason.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sosfreqz } from '@rxdsp/filters';
import type { BrowserRun } from './browser/page';
import { designSos, filterPipeline, gainDb, SETTINGS, toneSamples } from './browser/pipeline';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Bundles one entry for the browser from the packages' sources; fails on any Node built-in. */
async function bundle(entry: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [here(entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
    metafile: true,
    alias: {
      '@rxdsp/core': here('../../core/src/index.ts'),
      '@rxdsp/filters': here('../src/index.ts'),
    },
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.filter((f) => /^node:|(^|\/)(fs|path|os)$/.test(f))).toEqual([]);
  expect(inputs.some((f) => f.includes('packages/core/src/'))).toBe(true);
  expect(inputs.some((f) => f.includes('packages/filters/src/operators/sosFilter.ts'))).toBe(true);
  return result.outputFiles[0]!.text;
}

/** The same pipeline in Node: the same input pushed through in frames of the render quantum. */
function nodeRun(): { input: Float32Array; output: Float32Array } {
  const input = toneSamples(SETTINGS.sampleRate);
  const pipeline = filterPipeline(SETTINGS.sampleRate);
  const output = new Float32Array(input.length);
  for (let at = 0; at < input.length; at += SETTINGS.frameLength) {
    output.set(pipeline.push(input.slice(at, at + SETTINGS.frameLength)), at);
  }
  return { input, output };
}

if (!haveChromium && inCi) {
  describe('core + filters in a browser AudioWorklet', () => {
    it('needs Debian chromium at /usr/bin/chromium (CI must not skip this test)', () => {
      throw new Error(`chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`);
    });
  });
} else {
  describe.skipIf(!haveChromium)(`core + filters in a browser AudioWorklet${haveChromium ? '' : ' (skipped: no chromium at /usr/bin/chromium)'}`, () => {
    let profile: string | undefined;
    afterAll(() => {
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('bundles for the browser with esbuild and filters in an AudioWorkletProcessor exactly as in Node', async () => {
      const [pageJs, workletJs] = await Promise.all([bundle('./browser/page.ts'), bundle('./browser/worklet.ts')]);
      const { chromium } = await import('playwright-core');
      profile = mkdtempSync(join(tmpdir(), 'rxdsp-chromium-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
      let got: BrowserRun;
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        // A page on http://localhost (a secure context, as AudioWorklet requires), served by the route.
        await page.route('http://localhost/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rxdsp</title>' }));
        await page.goto('http://localhost/');
        await page.addScriptTag({ content: pageJs });
        got = await page.evaluate(
          (src) => (globalThis as unknown as { rxdspBrowserTest: { run(s: string): Promise<BrowserRun> } }).rxdspBrowserTest.run(src),
          workletJs,
        );
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }

      const ref = nodeRun();
      expect(got.firstFrameLength).toBe(SETTINGS.frameLength);
      expect(got.input.length).toBe(ref.input.length);
      // The browser's input (core's tone, stored as float32) is the Node input, sample for sample.
      let maxIn = 0;
      for (let i = 0; i < ref.input.length; i++) maxIn = Math.max(maxIn, Math.abs(got.input[i]! - ref.input[i]!));
      expect(maxIn).toBe(0);
      // Same kernel, same frames, same float32 storage: the outputs agree to float32 rounding.
      let maxOut = 0;
      for (let i = 0; i < ref.output.length; i++) maxOut = Math.max(maxOut, Math.abs(got.output[i]! - ref.output[i]!));
      expect(maxOut).toBeLessThanOrEqual(1e-7);
      // The measurement: gain at the tone frequency equals |H(f)| of the design (sosfreqz).
      const { h } = sosfreqz(designSos(SETTINGS.sampleRate), [SETTINGS.toneHz], { fs: SETTINGS.sampleRate });
      const expectedDb = 20 * Math.log10(Math.hypot(h.re[0]!, h.im[0]!));
      expect(expectedDb).toBeLessThan(-30); // 3 kHz is well in the stopband of the 1 kHz lowpass
      expect(Math.abs(got.gainDb - expectedDb)).toBeLessThan(0.01);
      expect(Math.abs(got.gainDb - gainDb(ref.input, ref.output))).toBeLessThan(1e-6);
    }, 60_000);
  });
}
