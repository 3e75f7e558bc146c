// End-to-end test of the live control panel in a real browser: Debian's chromium driven by
// playwright-core (never a downloaded browser). Run by the lead in a separate pass; in CI a
// missing chromium FAILS this test, elsewhere it is skipped with the reason.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Frame } from '@rxdsp/core';
import { stereoGain } from '@rxdsp/examples/stereo-gain';
import { startPanel, type PanelHandle } from '../src/panel/startPanel';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = resolve('out');

/** Mean power (linear) of channel c over the frames, in dB re int16 full scale. */
function meanPowerDb(frames: readonly Frame<Int16Array>[], c: number): number {
  let ss = 0;
  let n = 0;
  for (const f of frames) {
    const x = f.channels[c]!;
    for (let i = 0; i < x.length; i++) ss += x[i]! * x[i]!;
    n += x.length;
  }
  return 10 * Math.log10(ss / n / 32768 ** 2);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

if (!haveChromium && inCi) {
  describe('panel in a browser', () => {
    it('needs Debian chromium at /usr/bin/chromium (CI must not skip this test)', () => {
      throw new Error(`chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`);
    });
  });
} else {
  describe.skipIf(!haveChromium)(`panel in a browser${haveChromium ? '' : ' (skipped: no chromium at /usr/bin/chromium; apt-get install -y chromium)'}`, () => {
    let panel: PanelHandle | undefined;
    let profile: string | undefined;
    afterAll(async () => {
      await panel?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('starts, moves a gain slider that changes the running pipeline, rejects bad messages, stops', async () => {
      const { chromium } = await import('playwright-core');
      const logs: string[] = [];
      panel = await startPanel({
        example: stereoGain,
        settings: { sampleRate: 48_000, frameLength: 1024, channels: 2, seconds: 0, outDir: join(OUT, 'panel-test'), extra: {} },
        choice: { simulated: true, fast: false },
        log: (line) => logs.push(line),
      });
      expect(panel.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
      const frames: Frame<Int16Array>[] = [];
      const sub = panel.output$.subscribe((f) => frames.push(f));
      const gainLeft = panel.parameters.find((p) => p.name === 'gainLeftDb')!;
      let changedAtIndex = Number.NaN;
      const paramSub = gainLeft.value$.subscribe((v) => {
        if (v !== 0) changedAtIndex = frames.at(-1)?.index ?? 0;
      });

      profile = mkdtempSync(join(tmpdir(), 'rxdsp-chromium-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        // without the token printed in the URL the page is refused
        expect((await page.goto(new URL('/', panel.url).href))?.status()).toBe(403);
        await page.goto(panel.url);
        await page.waitForFunction(() => document.getElementById('device')?.textContent?.startsWith('Device:'));
        expect(await page.textContent('#device')).toContain('simulated device');
        expect(await page.locator('input[type=range]').count()).toBe(2);

        await page.click('#start');
        await page.waitForFunction(() => document.getElementById('status')?.textContent === 'running');
        await until('1 s of frames', () => frames.length >= 47);
        // live meters and the uPlot spectrum are drawn
        await page.waitForFunction(() => (document.getElementById('level-0')?.textContent ?? '').includes('dBFS'));
        await page.waitForSelector('#spectrum canvas', { timeout: 10_000 });

        await page.locator('#param-gainLeftDb').fill('-20');
        await page.waitForFunction(() => document.getElementById('value-gainLeftDb')?.textContent === '-20 dB');
        await until('the parameter to reach the pipeline', () => gainLeft.value$.value === -20);
        const before = frames.filter((f) => f.index < changedAtIndex);
        const mark = frames.length;
        await until('1 s of frames after the change', () => frames.length >= mark + 47);
        // the change applies from the next frame boundary: skip two frames to be safe
        const after = frames.slice(mark + 2);
        // Input: independent Gaussian noise, σ = 3000, on both channels. Left moves by −20 dB,
        // right stays. Per-frame power estimates of 1024 samples scatter by ≈ 0.19 dB; over ≥ 45
        // frames the mean is good to a few hundredths of a dB: ±0.3 dB is a wide margin.
        expect(before.length).toBeGreaterThan(20);
        expect(meanPowerDb(after, 0) - meanPowerDb(before, 0)).toBeCloseTo(-20, 0);
        expect(Math.abs(meanPowerDb(after, 0) - meanPowerDb(before, 0) + 20)).toBeLessThan(0.3);
        expect(Math.abs(meanPowerDb(after, 1) - meanPowerDb(before, 1))).toBeLessThan(0.3);

        // Bad messages are rejected, shown and logged; the stream keeps running.
        await page.evaluate(() => (window as unknown as { rxdspPanel: { sendRaw(t: string): void } }).rxdspPanel.sendRaw('{"type": "set", oops'));
        await page.evaluate(() => (window as unknown as { rxdspPanel: { sendRaw(t: string): void } }).rxdspPanel.sendRaw('{"type":"set","name":"volume","value":1}'));
        await page.evaluate(() => (window as unknown as { rxdspPanel: { sendRaw(t: string): void } }).rxdspPanel.sendRaw('{"type":"set","name":"gainRightDb","value":99}'));
        await page.waitForFunction(() => document.querySelectorAll('#errors li').length >= 3);
        const errors = await page.locator('#errors li').allTextContents();
        expect(errors.some((e) => e.includes('malformed JSON'))).toBe(true);
        expect(errors.some((e) => e.includes('unknown parameter "volume"'))).toBe(true);
        expect(errors.some((e) => e.includes('value 99 is out of range [-40, 12]'))).toBe(true);
        // rejections are logged at most once per interval: the first of a quiet period at once, the
        // others in a summary. The page refused without its token came first, so the three bad
        // messages give at most one line of their own (none when they fall in the same interval).
        expect(logs.filter((l) => l.startsWith('panel: rejected ')).length).toBeGreaterThanOrEqual(1);
        expect(logs.filter((l) => l.startsWith('panel: rejected message')).length).toBeLessThanOrEqual(1);
        const n = frames.length;
        await until('frames after the bad messages', () => frames.length >= n + 10);
        expect(panel.running()).toBe(true);

        await page.click('#stop');
        await page.waitForFunction(() => document.getElementById('status')?.textContent === 'stopped');
        await page.waitForFunction(() => (document.getElementById('stats')?.textContent ?? '').includes('Average Callback Period'));
        expect(panel.running()).toBe(false);
        mkdirSync(OUT, { recursive: true });
        const shot = join(OUT, 'panel.png');
        await page.screenshot({ path: shot, fullPage: true });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
      } finally {
        sub.unsubscribe();
        paramSub.unsubscribe();
        await context.close();
      }
    }, 90_000);
  });
}
