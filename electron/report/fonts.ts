import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';

type Weight = 400 | 700;
type Style = 'normal' | 'italic';

/**
 * Where the report's glyphs come from: Noto fonts (and Vazirmatn) from @fontsource packages (OFL-1.1), tried in this
 * order for each character. Fontsource cuts every font into subsets by Unicode range, and each subset
 * used here becomes a react-pdf family of its own, so a report loads and embeds only the subsets its
 * text needs (react-pdf then embeds only the glyphs used). WOFF, not WOFF2: fontkit's subsetter breaks
 * on WOFF2's transformed glyph tables. The package test checks that every file listed here ships.
 */
interface Source {
  readonly pkg: string;
  /** Named subsets in the order tried, or 'slices': the numbered slices of the package's unicode.json. */
  readonly subsets: readonly string[] | 'slices';
  readonly weights: readonly Weight[];
  /** Without italic cuts the upright face serves italic text too. */
  readonly italic: boolean;
}

export const FONT_SOURCES: readonly Source[] = [
  {
    pkg: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'],
    weights: [400, 700],
    italic: true,
  },
  // Not Noto Sans Arabic: it draws letters as a dotless skeleton plus dots, and a PDF maps each glyph to one
  // character, so copied or extracted text would turn ت into ب. Vazirmatn has a glyph per letter form.
  { pkg: 'vazirmatn', subsets: ['arabic'], weights: [400, 700], italic: false },
  { pkg: 'noto-sans-hebrew', subsets: ['hebrew'], weights: [400, 700], italic: false },
  // Arrows, relations and operators (→ ≤ ≥ ∑): fontsource files the whole font under 'latin'.
  { pkg: 'noto-sans-math', subsets: ['latin'], weights: [400], italic: false },
  // Dingbats, shapes and miscellaneous symbols (✓ ✗ ★ ⚠).
  { pkg: 'noto-sans-symbols-2', subsets: ['symbols'], weights: [400], italic: false },
  // Monochrome emoji.
  { pkg: 'noto-emoji', subsets: 'slices', weights: [400], italic: false },
  // Han characters (simplified forms where they differ) and kana, in about a hundred slices each; then hangul.
  { pkg: 'noto-sans-sc', subsets: 'slices', weights: [400, 700], italic: false },
  { pkg: 'noto-sans-kr', subsets: 'slices', weights: [400, 700], italic: false },
];

/** Subsets every report loads: the text of a German or English report needs nothing else. */
const ALWAYS = 2;

/*
 * Packages resolve from this module's location: the CommonJS main bundle has __filename, the ESM bundles
 * (CLI, bench) run from their entry script beside node_modules.
 */
const here = typeof __filename === 'string' ? __filename : (process.argv[1] ?? process.cwd());
const resolvePackageFile = (pkg: string, file: string) =>
  createRequire(here).resolve(`@fontsource/${pkg}/${file}`);

/** A code point set of a unicode.json range list such as "U+0370-0377,U+037A". */
function rangeSet(ranges: string): (codePoint: number) => boolean {
  const spans = ranges.split(',').map((part) => {
    const [from, to] = part
      .trim()
      .slice(2)
      .split('-')
      .map((hex) => parseInt(hex, 16));
    return [from!, to ?? from!] as const;
  });
  return (cp) => spans.some(([from, to]) => cp >= from && cp <= to);
}

interface Family {
  readonly name: string;
  /**
   * For numbered slices, the characters the slice holds (unicode.json lists them exactly), so that only
   * slices the text needs are opened; a named subset is opened and its character map read.
   */
  readonly holds?: (codePoint: number) => boolean;
  readonly faces: readonly { src: string; fontWeight: Weight; fontStyle: Style }[];
}

function familiesOf(source: Source): Family[] {
  const { pkg } = source;
  const subsets =
    source.subsets === 'slices'
      ? Object.entries(
          JSON.parse(readFileSync(resolvePackageFile(pkg, 'unicode.json'), 'utf8')) as Record<string, string>,
        )
          .filter(([key]) => key.startsWith('['))
          .map(([key, ranges]) => ({ subset: key.slice(1, -1), holds: rangeSet(ranges) }))
      : source.subsets.map((subset) => ({ subset, holds: undefined }));
  return subsets.map(({ subset, holds }) => ({
    name: `${pkg}/${subset}`,
    holds,
    faces: source.weights.flatMap((fontWeight) =>
      (['normal', 'italic'] as const).map((fontStyle) => ({
        src: resolvePackageFile(
          pkg,
          `files/${pkg}-${subset}-${fontWeight}-${source.italic ? fontStyle : 'normal'}.woff`,
        ),
        fontWeight,
        fontStyle,
      })),
    ),
  }));
}

/** Every font file a report may load, for the package test. */
export const fontFiles = (): string[] => [
  ...new Set(FONT_SOURCES.flatMap(familiesOf).flatMap((family) => family.faces.map((face) => face.src))),
];

let families: Family[] | null = null;

/** Registers every family with react-pdf's global font store, once per process; nothing is read yet. */
function registered(): Family[] {
  if (!families) {
    families = FONT_SOURCES.flatMap(familiesOf);
    for (const family of families) Font.register({ family: family.name, fonts: [...family.faces] });
  }
  return families;
}

/** The family of generated chart labels (numbers, clause IDs, month names in German or English). */
export const FONT_FAMILY = `${FONT_SOURCES[0]!.pkg}/${(FONT_SOURCES[0]!.subsets as string[])[0]}`;

export interface GlyphSource {
  readonly unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { readonly advanceWidth: number };
}

/** One face of a family, read from disk (react-pdf keeps it, so a later layout does not read it again). */
export async function loadFace(family: string, fontWeight: Weight): Promise<GlyphSource> {
  registered();
  const source = Font.getFont({ fontFamily: family, fontWeight, fontStyle: 'normal' });
  await source.load();
  return source.data as unknown as GlyphSource;
}

export interface ReportFonts {
  /** The families to set the report's text in, in fallback order. */
  readonly families: readonly string[];
  /** Whether one of these families has a glyph for the code point. */
  covers(codePoint: number): boolean;
}

/**
 * The families a text with these code points needs: the always-loaded subsets, then, in the order of
 * FONT_SOURCES, each subset that draws a character none before it draws. Large faces (CJK, emoji) are
 * thus read only for reports that contain their characters.
 */
export async function reportFonts(codePoints: Iterable<number>): Promise<ReportFonts> {
  const all = registered();
  const chosen: GlyphSource[] = [];
  const names: string[] = [];
  let missing = [...new Set(codePoints)];
  for (const [index, family] of all.entries()) {
    if (index >= ALWAYS && missing.length === 0) break;
    if (index >= ALWAYS && family.holds && !missing.some(family.holds)) continue;
    const face = await loadFace(family.name, 400);
    const rest = missing.filter((cp) => !face.hasGlyphForCodePoint(cp));
    if (index >= ALWAYS && rest.length === missing.length) continue;
    chosen.push(face);
    names.push(family.name);
    missing = rest;
  }
  return {
    families: names,
    covers: (cp) => chosen.some((face) => face.hasGlyphForCodePoint(cp)),
  };
}
