import type { Lang } from '../../shared/catalog/types';

type Hyphenation = (word: string) => string[];

/** Words shorter than this are never split: a break there looks worse than a ragged line. */
const MIN_WORD = 8;
/** No piece may be longer than this, so a 200-character token still wraps inside a narrow column. */
const MAX_PIECE = 12;

function chop(piece: string): string[] {
  if (piece.length <= MAX_PIECE) return [piece];
  const parts: string[] = [];
  for (let i = 0; i < piece.length; i += MAX_PIECE) parts.push(piece.slice(i, i + MAX_PIECE));
  return parts;
}

/**
 * The hyphenation callback of a report language: Liang patterns (German 1996 orthography, British
 * English) from react-pdf's own hyphenation package, then any piece still too long cut into slices.
 * The patterns load with import() because the package is ESM-only and the main bundle is CommonJS.
 */
export async function hyphenationFor(lang: Lang): Promise<Hyphenation> {
  const { syllables } =
    lang === 'de' ? await import('@react-pdf/hyphenate/de-1996') : await import('@react-pdf/hyphenate/en-gb');
  const cache = new Map<string, string[]>();
  return (word) => {
    if (word.length < MIN_WORD) return [word];
    let parts = cache.get(word);
    if (!parts) {
      parts = syllables(word).flatMap(chop);
      cache.set(word, parts);
    }
    return parts;
  };
}
