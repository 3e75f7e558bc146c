// Internal: the PNG rasteriser behind svgToPng and the plot functions' `format: 'png'` (resvg,
// loaded on the first PNG so that SVG output never loads its native binary).
import type { ResvgRenderOptions } from '@resvg/resvg-js';
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

/** Whether a font set draws text, per set of font options: a probe render, once each. */
const textDrawn = new Map<string, Promise<boolean>>();
const PROBE = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="15" font-family="sans-serif" font-size="14">Hg</text></svg>';

function fontOptions(fonts: PngFonts): NonNullable<ResvgRenderOptions['font']> {
  return {
    loadSystemFonts: fonts.system ?? true,
    ...(fonts.files !== undefined ? { fontFiles: [...fonts.files] } : {}),
    ...(fonts.dirs !== undefined ? { fontDirs: [...fonts.dirs] } : {}),
    ...(fonts.family !== undefined ? { defaultFontFamily: fonts.family, sansSerifFamily: fonts.family } : {}),
  };
}

function drawsText(r: Resvg, font: NonNullable<ResvgRenderOptions['font']>): Promise<boolean> {
  const key = JSON.stringify(font);
  let drawn = textDrawn.get(key);
  if (drawn === undefined) {
    drawn = r.renderAsync(PROBE, { font, logLevel: 'off' }).then((img) => {
      const px = img.pixels;
      for (let i = 3; i < px.length; i += 4) if (px[i] !== 0) return true;
      return false;
    });
    textDrawn.set(key, drawn);
  }
  return drawn;
}

function isStringList(v: unknown): v is readonly string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0);
}

/** Checks `widthPx` and `fonts`, naming `fn` (the public function called) in the errors. */
export function checkPngOptions(fn: string, o: SvgToPngOptions): void {
  const { widthPx, fonts } = o;
  if (widthPx !== undefined) {
    if (typeof widthPx !== 'number') throw new TypeError(`${fn}: widthPx must be a number, got ${JSON.stringify(widthPx)}`);
    if (!Number.isInteger(widthPx) || widthPx < 1 || widthPx > MAX_WIDTH_PX) {
      throw new RangeError(`${fn}: widthPx must be an integer from 1 to ${MAX_WIDTH_PX}, got ${widthPx}`);
    }
  }
  if (fonts === undefined) return;
  if (fonts === null || typeof fonts !== 'object') throw new TypeError(`${fn}: fonts must be an object, got ${JSON.stringify(fonts)}`);
  for (const name of ['files', 'dirs'] as const) {
    const v = fonts[name];
    if (v !== undefined && !isStringList(v)) throw new TypeError(`${fn}: fonts.${name} must be a list of paths, got ${JSON.stringify(v)}`);
  }
  if (fonts.system !== undefined && typeof fonts.system !== 'boolean') {
    throw new TypeError(`${fn}: fonts.system must be a boolean, got ${JSON.stringify(fonts.system)}`);
  }
  if (fonts.family !== undefined && (typeof fonts.family !== 'string' || fonts.family.length === 0)) {
    throw new TypeError(`${fn}: fonts.family must be a non-empty string, got ${JSON.stringify(fonts.family)}`);
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
  const font = fontOptions(o.fonts ?? {});
  if (/<text[\s>]/.test(svg) && !(await drawsText(r, font))) {
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
    img = await r.renderAsync(svg, {
      font,
      fitTo: o.widthPx !== undefined ? { mode: 'width', value: o.widthPx } : { mode: 'original' },
      logLevel: 'off',
    });
  } catch (err) {
    throw new Error(`${fn}: cannot render the SVG: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const png = img.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
