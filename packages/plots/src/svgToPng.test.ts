import { describe, expect, it } from 'vitest';
import { svgToPng } from './svgToPng';
import { decodePng, differingPixels, PNG_SIGNATURE, systemFontFile } from '../test/support/pngCheck';

const box = (text = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="white"/>` +
  `<rect x="20" y="20" width="60" height="30" fill="#4c78a8"/>${text}</svg>`;
const label = '<text x="100" y="80" font-family="sans-serif" font-size="16" fill="black">Gain (dB)</text>';

describe('svgToPng', () => {
  it('rasterises at the SVG size by default and at widthPx with the aspect ratio kept', async () => {
    const one = decodePng(await svgToPng(box()));
    expect([one.width, one.height]).toEqual([200, 100]);
    // the blue rectangle at (20…80, 20…50), white around it
    const at = (x: number, y: number) => Array.from(one.rgba.subarray(4 * (y * one.width + x), 4 * (y * one.width + x) + 4));
    expect(at(50, 35)).toEqual([0x4c, 0x78, 0xa8, 255]);
    expect(at(10, 10)).toEqual([255, 255, 255, 255]);
    const png = await svgToPng(box(), { widthPx: 500 });
    expect(Array.from(png.subarray(0, 8))).toEqual(PNG_SIGNATURE);
    const big = decodePng(png);
    expect([big.width, big.height]).toEqual([500, 250]);
    expect(Array.from(big.rgba.subarray(4 * (87 * 500 + 125), 4 * (87 * 500 + 125) + 4))).toEqual([0x4c, 0x78, 0xa8, 255]);
  });

  it('draws text with the system fonts, and with a font file alone', async () => {
    const bare = decodePng(await svgToPng(box()));
    const all = { x0: 0, x1: 200, y0: 0, y1: 100 };
    const system = decodePng(await svgToPng(box(label)));
    expect(differingPixels(system, bare, { x0: 100, x1: 200, y0: 60, y1: 85 })).toBeGreaterThan(100);
    expect(differingPixels(system, bare, all)).toBe(differingPixels(system, bare, { x0: 100, x1: 200, y0: 60, y1: 85 }));
    const file = decodePng(await svgToPng(box(label), { fonts: { system: false, files: [systemFontFile()] } }));
    expect(differingPixels(file, bare, { x0: 100, x1: 200, y0: 60, y1: 85 })).toBeGreaterThan(100);
  });

  it('draws generic sans-serif text in an installed sans-serif family, not in the fallback font', async () => {
    // Debian's fonts-dejavu-core: this directory's first font is DejaVu Math TeX Gyre (a serif face),
    // resvg's fallback for the generic sans-serif when Arial is missing
    const fonts = { system: false, dirs: ['/usr/share/fonts/truetype/dejavu'] };
    const text = (family: string) => box(label.replace('sans-serif', family));
    const generic = await svgToPng(box(label), { fonts });
    expect(Buffer.from(generic).equals(Buffer.from(await svgToPng(text('DejaVu Sans'), { fonts })))).toBe(true);
    expect(Buffer.from(generic).equals(Buffer.from(await svgToPng(text('DejaVu Math TeX Gyre'), { fonts })))).toBe(false);
    // fonts.family chooses another
    const serif = await svgToPng(box(label), { fonts: { ...fonts, family: 'DejaVu Serif' } });
    expect(Buffer.from(serif).equals(Buffer.from(await svgToPng(text('DejaVu Serif'), { fonts })))).toBe(true);
  });

  it('rejects when no font draws the text, and needs none for an SVG without text', async () => {
    await expect(svgToPng(box(label), { fonts: { system: false } })).rejects.toThrow(
      /^svgToPng: no font to draw the text with \(looked in nothing: fonts\.system is false\); install one/,
    );
    await expect(svgToPng(box(label), { fonts: { system: false, dirs: ['/nonexistent-font-dir'] } })).rejects.toThrow(
      'svgToPng: no font to draw the text with (looked in fonts.dirs ["/nonexistent-font-dir"])',
    );
    expect(decodePng(await svgToPng(box(), { fonts: { system: false } })).width).toBe(200);
  });

  it('rejects an SVG it cannot parse, naming itself', async () => {
    await expect(svgToPng('<svg')).rejects.toThrow(/^svgToPng: cannot render the SVG: /);
  });

  it('checks its arguments synchronously', () => {
    expect(() => svgToPng(42 as never)).toThrow(new TypeError('svgToPng: svg must be a string, got 42'));
    expect(() => svgToPng(box(), null as never)).toThrow(new TypeError('svgToPng: options must be an object, got null'));
    expect(() => svgToPng(box(), { widthPx: 0 })).toThrow(new RangeError('svgToPng: widthPx must be an integer in 1 … 16384, got 0'));
    expect(() => svgToPng(box(), { widthPx: 640.5 })).toThrow(RangeError);
    expect(() => svgToPng(box(), { widthPx: 20_000 })).toThrow(RangeError);
    expect(() => svgToPng(box(), { widthPx: '640' as never })).toThrow(new TypeError('svgToPng: widthPx must be a number, got "640"'));
    expect(() => svgToPng(box(), { fonts: 'DejaVu' as never })).toThrow(new TypeError('svgToPng: fonts must be an object, got "DejaVu"'));
    expect(() => svgToPng(box(), { fonts: { files: 'a.ttf' as never } })).toThrow(new TypeError('svgToPng: fonts.files must be a list of paths, got "a.ttf"'));
    expect(() => svgToPng(box(), { fonts: { system: 1 as never } })).toThrow(new TypeError('svgToPng: fonts.system must be a boolean, got 1'));
    expect(() => svgToPng(box(), { fonts: { family: '' } })).toThrow(new TypeError('svgToPng: fonts.family must be a non-empty string, got ""'));
  });
});
