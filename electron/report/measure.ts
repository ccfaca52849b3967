import { FONT_FAMILY, loadFace, type GlyphSource } from './fonts';

/** Advance widths of a font in em, per character, read once from the font file. */
interface Metrics {
  readonly widthOf: (ch: string) => number;
}

function metrics(font: GlyphSource): Metrics {
  const cache = new Map<string, number>();
  return {
    widthOf: (ch) => {
      let width = cache.get(ch);
      if (width === undefined) {
        const cp = ch.codePointAt(0) ?? 32;
        // Glyphs from a fallback font (CJK, emoji, Arabic …) count as a full em: better too wide than too narrow.
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
}

export async function loadMeasure(): Promise<Measure> {
  const [regular, heavy] = (await Promise.all([loadFace(FONT_FAMILY, 400), loadFace(FONT_FAMILY, 700)])).map(
    metrics,
  ) as [Metrics, Metrics];
  return {
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
