import type { ReportModel } from '../../shared/report/model';

/** Shown for characters no report font can draw (emoji, Arabic, Hebrew …), one per run of them. */
export const MISSING_GLYPH = '\uFFFD';

/**
 * Makes a text drawable with the embedded fonts. react-pdf falls back to the standard Helvetica (not
 * embedded, and without these glyphs either) for any code point the fonts lack, so such characters are
 * replaced here; tabs become spaces and line ends are normalised to '\n', which the layout splits into lines.
 */
export function printableText(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  let missing = false;
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || covers(cp)) {
      out += ch;
      missing = false;
    } else if (!missing) {
      out += MISSING_GLYPH;
      missing = true;
    }
  }
  return out;
}

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fn)]));
  }
  return value;
}

/** Every text of the model made printable; the theme (colours, logo data URIs) is left as it is. */
export function printableModel(model: ReportModel, covers: (codePoint: number) => boolean): ReportModel {
  const { theme, ...rest } = model;
  return {
    ...(mapStrings(rest, (text) => printableText(text, covers)) as Omit<ReportModel, 'theme'>),
    theme,
  };
}
