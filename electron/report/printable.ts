import type { ReportModel } from '../../shared/report/model';

/** Shown for characters no report font can draw (a script without a bundled font), one per run of them. */
export const MISSING_GLYPH = '\uFFFD';

/** Invisible format characters (variation selectors, joiners, bidi marks): dropped when no font has them. */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Control characters never reach a font: line ends and tabs are normalised, the rest are not text. */
const CONTROL = /^\p{Cc}$/u;

/**
 * Makes a text drawable with the report's fonts. react-pdf falls back to the last font of the stack for
 * any code point the fonts lack and draws its empty box, so such characters are replaced here; tabs
 * become spaces and line ends are normalised to '\n', which the layout splits into lines.
 */
export function printableText(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  let missing = false;
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || covers(cp)) {
      out += ch;
      missing = false;
    } else if (INVISIBLE.test(ch) || CONTROL.test(ch)) {
      continue;
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

function eachString(value: unknown, fn: (text: string) => void): void {
  if (typeof value === 'string') fn(value);
  else if (Array.isArray(value)) for (const item of value) eachString(item, fn);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) eachString(item, fn);
}

/** The code points of the model's texts that a font has to draw (not control or invisible characters). */
export function textCodePoints(model: ReportModel): Set<number> {
  const seen = new Set<string>();
  eachString({ ...model, theme: null }, (text) => {
    for (const ch of text) seen.add(ch);
  });
  return new Set(
    [...seen].filter((ch) => !INVISIBLE.test(ch) && !CONTROL.test(ch)).map((ch) => ch.codePointAt(0)!),
  );
}

/** Every text of the model made printable; the theme (colours, logo data URIs) is left as it is. */
export function printableModel(model: ReportModel, covers: (codePoint: number) => boolean): ReportModel {
  const { theme, ...rest } = model;
  return {
    ...(mapStrings(rest, (text) => printableText(text, covers)) as Omit<ReportModel, 'theme'>),
    theme,
  };
}
