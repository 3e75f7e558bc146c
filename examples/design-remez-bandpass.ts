/**
 * design-remez-bandpass: the seed course's equiripple bandpass, designed in TypeScript. The course called
 * `fir_remez_bpf(2700, 3200, 4800, 5300, .5, 50, 48000, 18)` (scikit-dsp-comm): stopbands up to 2.7 kHz and from
 * 5.3 kHz, passband 3.2–4.8 kHz, 0.5 dB ripple, 50 dB attenuation at fs = 48 kHz, its length estimated from the spec
 * (Herrmann's formula on each transition band, the 2018 course's `remezord`) plus N_bump = 18 taps: 182 taps from
 * the Parks–McClellan (remez) exchange. This script designs it with `firRemezBandpass`, prints the taps, the achieved
 * passband ripple and stopband attenuation (measured on 4000 frequencies per band), and writes the magnitude response
 * with the spec limits as an SVG plot (vega-lite). Any setting can be changed from the command line:
 *
 *   npx tsx examples/design-remez-bandpass.ts
 *   npx tsx examples/design-remez-bandpass.ts --edges 2700,3200,4800,5300 --dpass 0.5 --dstop 50 --fs 48000 \
 *       --nbump 18 --estimate remezord --out out/design-remez-bandpass.svg
 *   npx tsx examples/design-remez-bandpass.ts --estimate herrmann-mintzer-liu --nbump 5   # today's scikit-dsp-comm
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { firRemezBandpass, freqz, magnitudeDb, type RemezOrderEstimate } from '@rxdsp/filters';
import { isScript } from '@rxdsp/runtime';

/** Settings of the design (all from the command line, with the course's values as defaults). */
export interface RemezBandpassSettings {
  /** [fStop1, fPass1, fPass2, fStop2] in Hz. */
  readonly edges: readonly [number, number, number, number];
  /** Passband ripple in dB. */
  readonly dPassDb: number;
  /** Stopband attenuation in dB. */
  readonly dStopDb: number;
  /** Sampling rate in Hz. */
  readonly fs: number;
  /** Taps added to the estimated length. */
  readonly nBump: number;
  /** The order estimate. */
  readonly estimate: RemezOrderEstimate;
  /** Where the SVG goes. */
  readonly out: string;
}

export const DEFAULTS: RemezBandpassSettings = {
  edges: [2700, 3200, 4800, 5300],
  dPassDb: 0.5,
  dStopDb: 50,
  fs: 48_000,
  nBump: 18,
  estimate: 'remezord',
  out: 'out/design-remez-bandpass.svg',
};

/** What the design achieved. */
export interface RemezBandpassResult {
  readonly taps: Float64Array;
  /** Largest |gain| in the passband, dB. */
  readonly rippleDb: number;
  /** Smallest attenuation in the stopbands, dB. */
  readonly attenDb: number;
  /** The SVG written. */
  readonly plotFile: string;
}

function gainsDb(taps: Float64Array, bands: ReadonlyArray<readonly [number, number]>, fs: number): Float64Array {
  const f: number[] = [];
  for (const [lo, hi] of bands) for (let i = 0; i < 4000; i++) f.push(lo + ((hi - lo) * i) / 3999);
  return magnitudeDb(freqz(taps, 1, f, { fs }).h);
}

/** Designs the bandpass, measures it and writes the plot. */
export async function designRemezBandpass(s: RemezBandpassSettings): Promise<RemezBandpassResult> {
  const [fs1, fp1, fp2, fs2] = s.edges;
  const taps = firRemezBandpass(fs1, fp1, fp2, fs2, s.dPassDb, s.dStopDb, s.fs, { nBump: s.nBump, orderEstimate: s.estimate });
  const nyq = s.fs / 2;
  const pass = gainsDb(taps, [[fp1, fp2]], s.fs);
  const stop = gainsDb(taps, [[0, fs1], [fs2, nyq]], s.fs);
  const rippleDb = Math.max(...Array.from(pass, Math.abs));
  const attenDb = -Math.max(...stop);

  // response on 2048 frequencies, floored at −120 dB for the plot
  const { w, h } = freqz(taps, 1, 2048, { fs: s.fs });
  const db = magnitudeDb(h, { floorDb: -120 });
  const values = Array.from(w, (f, i) => ({ f, db: db[i] as number }));
  const limits = [
    { f0: 0, f1: fs1, y: -s.dStopDb, what: `stopband −${s.dStopDb} dB` },
    { f0: fs2, f1: nyq, y: -s.dStopDb, what: `stopband −${s.dStopDb} dB` },
    { f0: fp1, f1: fp2, y: s.dPassDb, what: `passband ±${s.dPassDb} dB` },
    { f0: fp1, f1: fp2, y: -s.dPassDb, what: `passband ±${s.dPassDb} dB` },
  ];
  const curve = (domainX: [number, number], domainY: [number, number], height: number, title: string) => ({
    title,
    width: 720,
    height,
    layer: [
      {
        data: { values },
        mark: { type: 'line' as const, strokeWidth: 1.2, clip: true },
        encoding: {
          x: { field: 'f', type: 'quantitative' as const, title: 'Frequency (Hz)', scale: { domain: domainX } },
          y: { field: 'db', type: 'quantitative' as const, title: 'Gain (dB)', scale: { domain: domainY } },
        },
      },
      {
        data: { values: limits },
        mark: { type: 'rule' as const, color: '#d62728', strokeDash: [4, 3], clip: true },
        encoding: {
          x: { field: 'f0', type: 'quantitative' as const },
          x2: { field: 'f1' },
          y: { field: 'y', type: 'quantitative' as const },
          tooltip: { field: 'what' },
        },
      },
    ],
  });
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: `remez bandpass, ${taps.length} taps, fs = ${s.fs} Hz (dashed: the spec)`,
      subtitle: `achieved: passband ripple ${rippleDb.toFixed(3)} dB, stopband attenuation ${attenDb.toFixed(2)} dB`,
    },
    vconcat: [
      curve([0, nyq], [-120, 5], 320, 'Magnitude response'),
      curve([fs1 - (fp1 - fs1), fs2 + (fs2 - fp2)], [-3 * s.dPassDb, 2 * s.dPassDb], 200, 'Passband detail'),
    ],
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const plotFile = resolve(s.out);
  mkdirSync(dirname(plotFile), { recursive: true });
  writeFileSync(plotFile, svg);
  return { taps, rippleDb, attenDb, plotFile };
}

/** Reads the settings from command-line arguments (see the header for the flags). */
export function parseSettings(argv: readonly string[]): RemezBandpassSettings {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      edges: { type: 'string' },
      dpass: { type: 'string' },
      dstop: { type: 'string' },
      fs: { type: 'string' },
      nbump: { type: 'string' },
      estimate: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const num = (name: string, v: string | undefined, d: number): number => {
    if (v === undefined) return d;
    const x = Number(v);
    if (!Number.isFinite(x)) throw new RangeError(`--${name} must be a number, got '${v}'`);
    return x;
  };
  let edges = DEFAULTS.edges;
  if (values.edges !== undefined) {
    const e = values.edges.split(',').map((x) => Number(x));
    if (e.length !== 4 || e.some((x) => !Number.isFinite(x))) {
      throw new RangeError(`--edges must be four comma-separated frequencies in Hz (fStop1,fPass1,fPass2,fStop2), got '${values.edges}'`);
    }
    edges = e as unknown as [number, number, number, number];
  }
  const estimate = (values.estimate ?? DEFAULTS.estimate) as RemezOrderEstimate;
  if (estimate !== 'remezord' && estimate !== 'herrmann-mintzer-liu') {
    throw new RangeError(`--estimate must be 'remezord' or 'herrmann-mintzer-liu', got '${estimate}'`);
  }
  return {
    edges,
    dPassDb: num('dpass', values.dpass, DEFAULTS.dPassDb),
    dStopDb: num('dstop', values.dstop, DEFAULTS.dStopDb),
    fs: num('fs', values.fs, DEFAULTS.fs),
    nBump: num('nbump', values.nbump, DEFAULTS.nBump),
    estimate,
    out: values.out ?? DEFAULTS.out,
  };
}

async function main(): Promise<void> {
  let settings: RemezBandpassSettings;
  try {
    settings = parseSettings(process.argv.slice(2));
  } catch (e) {
    console.error(`design-remez-bandpass: ${(e as Error).message}`);
    process.exitCode = 2;
    return;
  }
  const r = await designRemezBandpass(settings);
  const [fs1, fp1, fp2, fs2] = settings.edges;
  console.log(
    `firRemezBandpass(${fs1}, ${fp1}, ${fp2}, ${fs2}, ${settings.dPassDb}, ${settings.dStopDb}, ${settings.fs}, ` +
      `{ nBump: ${settings.nBump}, orderEstimate: '${settings.estimate}' }) → ${r.taps.length} taps`,
  );
  console.log('taps:');
  const cols = 6;
  for (let i = 0; i < r.taps.length; i += cols) {
    console.log('  ' + Array.from(r.taps.subarray(i, i + cols), (v) => v.toExponential(10).padStart(18)).join(' '));
  }
  console.log(`achieved passband ripple:     ${r.rippleDb.toFixed(4)} dB (spec ${settings.dPassDb} dB)`);
  console.log(`achieved stopband attenuation: ${r.attenDb.toFixed(2)} dB (spec ${settings.dStopDb} dB)`);
  console.log(`response plot: ${r.plotFile}`);
}

if (isScript('design-remez-bandpass')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
