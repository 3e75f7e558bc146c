// The README's main command: the remez bandpass on generated white noise, here on the
// simulated device on virtual time. Checks what it measured and the files it wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { readWav } from '@rxdsp/core/node';
import { demo } from './demo';
import { runForTest } from './support/runForTest';

describe('demo (npm run demo)', () => {
  it('filters white noise with the 182-tap remez bandpass and writes the plot and the output WAV', async () => {
    const { result, outDir } = await runForTest(demo, { seconds: 2 });
    expect(result.report.figures.taps).toBe(182);
    expect(result.stats.gaps).toBe(0);
    expect(result.stats.frames).toBe(Math.ceil((2 * 48_000) / 1024));
    // the live filter against its design, across the passband (tfestimate on captured in/out)
    expect(result.report.figures.maxDeviationDb).toBeLessThan(0.1);
    const wavPath = join(outDir, 'demo-output.wav');
    expect(result.report.files).toContain(wavPath);
    const frames = await lastValueFrom(readWav(wavPath, { frameLength: 1 << 20, dtype: 'native' }).pipe(toArray()));
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.sampleRate).toBe(48_000);
    expect(frame.channels).toHaveLength(1);
    const samples = frame.channels[0]!;
    expect(samples).toBeInstanceOf(Int16Array); // a 16-bit PCM file
    expect(samples.length).toBe(result.report.figures.capturedSamples);
    // band-limited noise, not silence: the passband is 1/15 of the band, so the RMS is about
    // 3000 · sqrt(1600 / 24000) ≈ 775 counts
    let sumSq = 0;
    for (const v of samples) sumSq += v * v;
    const rms = Math.sqrt(sumSq / samples.length);
    expect(rms).toBeGreaterThan(500);
    expect(rms).toBeLessThan(1100);
    expect(readFileSync(join(outDir, 'demo-response.svg'), 'utf8')).toContain('<svg');
  }, 60_000);
});
