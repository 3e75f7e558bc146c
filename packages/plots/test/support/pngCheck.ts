// Test-only helpers for the PNG output: a small PNG decoder (8-bit RGB/RGBA, the five filter
// types, no interlace: what resvg writes), the plot area read from the SVG, and pixel counts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';
import { svgToPng } from '../../src/svgToPng';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A decoded image: `rgba` holds 4 bytes per pixel, row by row. */
export interface Image {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** Decodes a PNG file (8-bit truecolour with or without alpha, non-interlaced). */
export function decodePng(png: Uint8Array): Image {
  expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      expect({ depth, interlace }).toEqual({ depth: 8, interlace: 0 });
      expect([2, 6]).toContain(colour);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  expect(raw.length).toBe(height * (stride + 1));
  const px = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) expect.fail(`row ${y}: unknown PNG filter type ${filter}`);
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? px[y * stride + i - channels]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? px[(y - 1) * stride + i - channels]! : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      px[y * stride + i] = (line[i]! + pred) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: px };
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    rgba.set(px.subarray(3 * p, 3 * p + 3), 4 * p);
    rgba[4 * p + 3] = 255;
  }
  return { width, height, rgba };
}

/** A rectangle in image pixels, [x0, x1) × [y0, y1). */
export interface Rect {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/** The SVG's own size, from its root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  expect(m, 'root <svg> with width and height').not.toBeNull();
  return { width: Number(m![1]), height: Number(m![2]) };
}

/**
 * The plot area of a Vega-Lite SVG in the pixels of an image `widthPx` wide: Vega translates the
 * view's first group to the plot origin; the area is `width` × `height` SVG units from there.
 */
export function plotArea(svg: string, widthPx: number, width: number, height: number): Rect {
  const m = /transform="translate\(([\d.]+),([\d.]+)\)"/.exec(svg);
  expect(m, 'the plot origin translate(x,y)').not.toBeNull();
  const s = widthPx / svgSize(svg).width;
  const x = Number(m![1]);
  const y = Number(m![2]);
  return { x0: Math.round(x * s), x1: Math.round((x + width) * s), y0: Math.round(y * s), y1: Math.round((y + height) * s) };
}

/** Whether the pixel at (x, y) is coloured (the data marks), not white, grey or black (axes, grid, text). */
function coloured(img: Image, x: number, y: number): boolean {
  const i = 4 * (y * img.width + x);
  const r = img.rgba[i]!;
  const g = img.rgba[i + 1]!;
  const b = img.rgba[i + 2]!;
  return img.rgba[i + 3]! > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40;
}

/** The fraction of the rectangle's columns that hold at least one coloured pixel. */
export function colouredColumns(img: Image, r: Rect): number {
  let n = 0;
  for (let x = r.x0; x < r.x1; x++) {
    for (let y = r.y0; y < r.y1; y++) {
      if (coloured(img, x, y)) {
        n++;
        break;
      }
    }
  }
  return n / (r.x1 - r.x0);
}

/** The fraction of the rectangle's pixels that are coloured. */
export function colouredFraction(img: Image, r: Rect): number {
  let n = 0;
  for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) if (coloured(img, x, y)) n++;
  return n / ((r.x1 - r.x0) * (r.y1 - r.y0));
}

/** Pixels inside `r` that differ between two images of the same size. */
export function differingPixels(a: Image, b: Image, r: Rect): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let n = 0;
  for (let y = r.y0; y < r.y1; y++) {
    for (let x = r.x0; x < r.x1; x++) {
      const i = 4 * (y * a.width + x);
      if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2] || a.rgba[i + 3] !== b.rgba[i + 3]) n++;
    }
  }
  return n;
}

/**
 * Pixels inside `r` lighter (sum of R, G, B) by more than 30 than both neighbours across, left and
 * right or above and below: the light one-pixel seams anti-aliasing leaves between abutting cells.
 */
export function seamPixels(img: Image, r: Rect): number {
  const light = (x: number, y: number) => {
    const i = 4 * (y * img.width + x);
    return img.rgba[i]! + img.rgba[i + 1]! + img.rgba[i + 2]!;
  };
  let n = 0;
  for (let y = r.y0 + 1; y < r.y1 - 1; y++) {
    for (let x = r.x0 + 1; x < r.x1 - 1; x++) {
      const v = light(x, y) - 30;
      if ((v > light(x - 1, y) && v > light(x + 1, y)) || (v > light(x, y - 1) && v > light(x, y + 1))) n++;
    }
  }
  return n;
}

/** The SVG without its text elements (the labels). */
export function withoutText(svg: string): string {
  const stripped = svg.replace(/<text[^>]*>[^<]*<\/text>/g, '');
  expect(stripped).not.toBe(svg);
  return stripped;
}

/**
 * The checks every plot function's PNG gets: the signature, the decoded size (`widthPx` wide,
 * the SVG's aspect ratio), the same pixels as `svgToPng` of the SVG output, coloured data marks
 * over most of the plot area's columns, and text drawn: against a render of the same SVG
 * without its `<text>` elements, pixels differ below the plot area (x-axis title and tick
 * labels) and left of it (y-axis title and tick labels). Returns the decoded image and the area.
 */
export async function expectPlotPng(png: Uint8Array, svg: string, o: { widthPx: number; width: number; height: number }): Promise<{ img: Image; area: Rect }> {
  expect(png).toBeInstanceOf(Uint8Array);
  expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
  const img = decodePng(png);
  const size = svgSize(svg);
  expect(img.width).toBe(o.widthPx);
  expect(Math.abs(img.height - (size.height * o.widthPx) / size.width)).toBeLessThanOrEqual(1);
  expect(img.rgba.length).toBe(4 * img.width * img.height);
  // the plot function's PNG is the rasterised SVG output
  expect(Buffer.from(png).equals(Buffer.from(await svgToPng(svg, { widthPx: o.widthPx })))).toBe(true);
  const area = plotArea(svg, o.widthPx, o.width, o.height);
  expect(colouredColumns(img, area)).toBeGreaterThan(0.9);
  const bare = decodePng(await svgToPng(withoutText(svg), { widthPx: o.widthPx }));
  const below: Rect = { x0: area.x0, x1: area.x1, y0: area.y1 + 1, y1: img.height };
  const left: Rect = { x0: 0, x1: Math.max(1, area.x0 - 1), y0: area.y0, y1: area.y1 };
  // a label of a few characters at 10–11 px is some hundred pixels at 1×
  const scale = o.widthPx / size.width;
  expect(differingPixels(img, bare, below)).toBeGreaterThan(200 * scale * scale);
  expect(differingPixels(img, bare, left)).toBeGreaterThan(200 * scale * scale);
  return { img, area };
}

/** A font file of the system (the first .ttf/.otf under /usr/share/fonts), for the `fonts.files` tests. */
export function systemFontFile(): string {
  const walk = (dir: string): string | undefined => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return undefined;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isFile() && /\.(ttf|otf)$/i.test(e.name)) return p;
      if (e.isDirectory()) {
        const found = walk(p);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  const file = walk('/usr/share/fonts');
  expect(file, 'a font under /usr/share/fonts (Debian: apt-get install fonts-dejavu-core; scripts/setup.mjs installs it)').toBeDefined();
  return file!;
}
