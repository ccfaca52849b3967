import { Font } from '@react-pdf/renderer';
import { FONT_FALLBACK, FONT_FAMILY } from './fonts';

/** Advance widths of a font in em, per character, read once from the font file. */
interface Metrics {
  readonly widthOf: (ch: string) => number;
}

interface FontkitLike {
  readonly unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { readonly advanceWidth: number };
}

async function loadFont(fontFamily: string, fontWeight: 400 | 700): Promise<FontkitLike> {
  const source = Font.getFont({ fontFamily, fontWeight, fontStyle: 'normal' });
  await source.load();
  return source.data as unknown as FontkitLike;
}

function metrics(font: FontkitLike): Metrics {
  const cache = new Map<string, number>();
  return {
    widthOf: (ch) => {
      let width = cache.get(ch);
      if (width === undefined) {
        const cp = ch.codePointAt(0) ?? 32;
        // Glyphs from another font (fallback, emoji boxes) are counted as a full em: better too wide than too narrow.
        width = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm : 1;
        cache.set(ch, width);
      }
      return width;
    },
  };
}

/** Estimates how many lines a text takes in a given width, to plan page breaks before layout. */
export interface Measure {
  lines(text: string, width: number, size: number, bold?: boolean): number;
  /** Whether one of the report fonts has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

export async function loadMeasure(): Promise<Measure> {
  const [main, bold, fallback] = await Promise.all([
    loadFont(FONT_FAMILY, 400),
    loadFont(FONT_FAMILY, 700),
    loadFont(FONT_FALLBACK, 400),
  ]);
  const regular = metrics(main);
  const heavy = metrics(bold);
  return {
    covers: (cp) => main.hasGlyphForCodePoint(cp) || fallback.hasGlyphForCodePoint(cp),
    lines(text, width, size, isBold = false) {
      const m = isBold ? heavy : regular;
      const wordWidth = (word: string) => [...word].reduce((sum, ch) => sum + m.widthOf(ch), 0) * size;
      const space = m.widthOf(' ') * size;
      let total = 0;
      for (const paragraph of text.split('\n')) {
        let lines = 1;
        let used = 0;
        for (const word of paragraph.split(' ')) {
          const w = wordWidth(word);
          if (used > 0 && used + space + w <= width) {
            used += space + w;
          } else if (used === 0 && w <= width) {
            used = w;
          } else if (w <= width) {
            lines += 1;
            used = w;
          } else {
            // A word wider than the line is hyphenated across lines.
            lines += (used > 0 ? 1 : 0) + Math.floor(w / width);
            used = w % width;
          }
        }
        total += lines;
      }
      return total;
    },
  };
}
