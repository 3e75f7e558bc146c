// Internal: the PNG rasteriser behind svgToPng and the plot functions' `format: 'png'` (resvg,
// loaded on the first PNG so that SVG output never loads its native binary).
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { checkBoolean, checkInt, describeValue } from '@rxdsp/core';
import type { PngFonts, SvgToPngOptions } from '../svgToPng';

/** The largest `widthPx` accepted. */
const MAX_WIDTH_PX = 16_384;

type Resvg = typeof import('@resvg/resvg-js');
let resvg: Promise<Resvg> | undefined;
/** Loads resvg (its native binary) on the first PNG, so that SVG output never loads it. */
function loadResvg(): Promise<Resvg> {
  resvg ??= import('@resvg/resvg-js').then((m) => ((m as { default?: Resvg }).default ?? m) as Resvg);
  return resvg;
}

type FontOptions = NonNullable<ResvgRenderOptions['font']>;

/** What the fonts loaded under one set of font options can do (a probe render, once per set). */
interface FontProbe {
  /** Whether any font draws text. */
  readonly drawsText: boolean;
  /** The first installed family of SANS_FAMILIES, if any. */
  readonly sansFamily: string | undefined;
}
const probes = new Map<string, Promise<FontProbe>>();

/**
 * Sans-serif families to draw the plots' generic `sans-serif` text with, in order of preference:
 * resvg maps `sans-serif` to Arial and, when Arial is missing, falls back to the first font it
 * loaded, which on Linux is often a serif face. Vega's look is Helvetica/Arial; Liberation Sans has
 * Arial's metrics; the others are the common Linux sans faces.
 */
const SANS_FAMILIES = ['Helvetica', 'Arial', 'Liberation Sans', 'DejaVu Sans', 'Noto Sans', 'Open Sans', 'Roboto', 'Ubuntu', 'Cantarell', 'FreeSans'];
const MISSING_FAMILY = 'rxdsp-no-such-font';
/** Probe layout: one row per family, row 0 in a family that does not exist (drawn in the fallback). */
const ROW = 24;
const PROBE_WIDTH = 48;
const PROBE = `<svg xmlns="http://www.w3.org/2000/svg" width="${PROBE_WIDTH}" height="${ROW * (SANS_FAMILIES.length + 1)}">${[MISSING_FAMILY, ...SANS_FAMILIES]
  .map((f, i) => `<text x="2" y="${ROW * i + 17}" font-family="${f}" font-size="16">Hg</text>`)
  .join('')}</svg>`;

/**
 * Renders the probe once per set of font options: no pixel in row 0 means no font at all; a
 * family is installed when its row differs from row 0 (a missing family falls back to the same
 * font as row 0; the fallback font itself is then the choice anyway).
 */
function probeFonts(r: Resvg, font: FontOptions): Promise<FontProbe> {
  const key = JSON.stringify(font);
  let probe = probes.get(key);
  if (probe === undefined) {
    probe = r.renderAsync(PROBE, { font, logLevel: 'off' }).then((img) => {
      const px = img.pixels;
      const rowBytes = 4 * PROBE_WIDTH * ROW;
      const row = (i: number) => px.subarray(i * rowBytes, (i + 1) * rowBytes);
      const fallback = row(0);
      const drawsText = fallback.some((v, i) => i % 4 === 3 && v !== 0);
      const k = SANS_FAMILIES.findIndex((_, i) => !row(i + 1).equals(fallback));
      return { drawsText, sansFamily: drawsText && k >= 0 ? SANS_FAMILIES[k] : undefined };
    });
    probes.set(key, probe);
  }
  return probe;
}

function isStringList(v: unknown): v is readonly string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0);
}

/** Checks `widthPx` and `fonts`, naming `fn` (the public function called) in the errors. */
export function checkPngOptions(fn: string, o: SvgToPngOptions): void {
  const { widthPx, fonts } = o;
  if (widthPx !== undefined) checkInt(fn, 'widthPx', widthPx, 1, MAX_WIDTH_PX);
  if (fonts === undefined) return;
  if (fonts === null || typeof fonts !== 'object') throw new TypeError(`${fn}: fonts must be an object, got ${describeValue(fonts)}`);
  for (const name of ['files', 'dirs'] as const) {
    const v = fonts[name];
    if (v !== undefined && !isStringList(v)) throw new TypeError(`${fn}: fonts.${name} must be a list of paths, got ${describeValue(v)}`);
  }
  if (fonts.system !== undefined) checkBoolean(fn, 'fonts.system', fonts.system);
  if (fonts.family !== undefined && (typeof fonts.family !== 'string' || fonts.family.length === 0)) {
    throw new TypeError(`${fn}: fonts.family must be a non-empty string, got ${describeValue(fonts.family)}`);
  }
}

/** Renders `svg` to PNG bytes after `checkPngOptions`; rejects naming `fn` when no font draws its text. */
export async function renderPng(fn: string, svg: string, o: SvgToPngOptions): Promise<Uint8Array> {
  let r: Resvg;
  try {
    r = await loadResvg();
  } catch (err) {
    const target = `${process.platform}-${process.arch}`;
    throw new Error(`${fn}: cannot load @resvg/resvg-js (the PNG rasteriser; is its prebuilt binary for ${target} installed?): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const fonts = o.fonts ?? {};
  const font: FontOptions = {
    loadSystemFonts: fonts.system ?? true,
    ...(fonts.files !== undefined ? { fontFiles: [...fonts.files] } : {}),
    ...(fonts.dirs !== undefined ? { fontDirs: [...fonts.dirs] } : {}),
  };
  const probe = await probeFonts(r, font);
  if (!probe.drawsText && /<text[\s>]/.test(svg)) {
    const where = [
      ...(font.loadSystemFonts ? ['the system fonts'] : []),
      ...(font.fontFiles ? [`fonts.files ${JSON.stringify(font.fontFiles)}`] : []),
      ...(font.fontDirs ? [`fonts.dirs ${JSON.stringify(font.fontDirs)}`] : []),
    ];
    throw new Error(
      `${fn}: no font to draw the text with (looked in ${where.length > 0 ? where.join(', ') : 'nothing: fonts.system is false'}); ` +
        "install one (Debian: apt-get install fonts-dejavu-core) or pass fonts: { files: ['/path/to/font.ttf'] }",
    );
  }
  let img;
  try {
    // The generic sans-serif (and any family not installed) is drawn in `family`.
    const family = fonts.family ?? probe.sansFamily;
    img = await r.renderAsync(svg, {
      font: family !== undefined ? { ...font, defaultFontFamily: family, sansSerifFamily: family } : font,
      fitTo: o.widthPx !== undefined ? { mode: 'width', value: o.widthPx } : { mode: 'original' },
      logLevel: 'off',
    });
  } catch (err) {
    throw new Error(`${fn}: cannot render the SVG: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const png = img.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
