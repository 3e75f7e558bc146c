import { checkOptions, describeValue } from '@rxdsp/core';
import { checkPngOptions, renderPng } from './internal/rasterise';

/** Where {@link svgToPng} (and the plot functions' `format: 'png'`) finds the fonts for the text. */
export interface PngFonts {
  /** Font files (`.ttf`, `.otf`, `.ttc`) to load. */
  readonly files?: readonly string[];
  /** Directories whose font files are loaded. */
  readonly dirs?: readonly string[];
  /**
   * Also load the system's fonts (default true): on Linux the files under `/usr/share/fonts`,
   * `/usr/local/share/fonts` and `~/.local/share/fonts` (resvg's own scan, not fontconfig).
   */
  readonly system?: boolean;
  /**
   * The family drawn for generic `sans-serif` text, as the plots use, and for families that are not
   * installed (default: the first installed of Helvetica, Arial, Liberation Sans, DejaVu Sans, Noto
   * Sans, Open Sans, Roboto, Ubuntu, Cantarell, FreeSans; else the first font loaded).
   */
  readonly family?: string;
}

/** Options of {@link svgToPng}; the plot functions take the same with `format: 'png'`. */
export interface SvgToPngOptions {
  /**
   * Width of the PNG in pixels, an integer from 1 to 16 384 (default: the SVG's own width, one
   * pixel per SVG unit). The height follows from the SVG's aspect ratio; `widthPx: 2 × width`
   * gives a sharp image for a report.
   */
  readonly widthPx?: number;
  /** The fonts for the text (default: the system's). */
  readonly fonts?: PngFonts;
}

/**
 * Rasterises SVG text to a PNG image with resvg (`@resvg/resvg-js`, a prebuilt native binary:
 * no browser, no canvas, nothing compiled at install). The plot functions do this for
 * `format: 'png'`; call it yourself for any other SVG.
 *
 * Text needs a font: by default the system's fonts are loaded (`fonts.system`), and more can
 * be given as files or directories. When the SVG has text and no font draws it (a container
 * without fonts, or `fonts.system: false` with no files), the promise rejects with an `Error`
 * that says where it looked, rather than resolving to an image without labels.
 *
 * @param svg The SVG document (text), e.g. what `plotPsd` returns.
 * @param options `widthPx` (the image width in pixels, integer 1 … 16 384; default the SVG's
 *   width; the height keeps the aspect ratio) and `fonts`.
 * @returns The PNG file's bytes (a promise; rendering runs off the main thread).
 * @throws TypeError for a non-string `svg` or a malformed option, RangeError for a `widthPx`
 *   out of range (synchronously); rejects when the SVG cannot be parsed or no font is found.
 *
 * ## Example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { plotPsd, svgToPng } from '@rxdsp/plots';
 * const svg = await plotPsd(welch(x, { fs: 48_000, nperseg: 1024 }));
 * await writeFile('psd.png', await svgToPng(svg, { widthPx: 1600 }));
 * ```
 */
export function svgToPng(svg: string, options: SvgToPngOptions = {}): Promise<Uint8Array> {
  const fn = 'svgToPng';
  if (typeof svg !== 'string') throw new TypeError(`${fn}: svg must be a string, got ${describeValue(svg)}`);
  checkPngOptions(fn, checkOptions(fn, options));
  return renderPng(fn, svg, options);
}
