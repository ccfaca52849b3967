import { expect, it } from 'vitest';
import { LANGS } from '../../../shared/catalog/types';
import type { CatalogItem, Text, TextList } from '../../../shared/catalog/types';

export const GDPR_ARTICLE = /^Art\. \d+$/;
/** Transliterations that betray missing umlauts or ß in German text. */
export const GERMAN_TRANSLITERATION = /Massnahm|\bfuer\b|ueber|Aenderung|Moeglich|Pruef|Groess|\bausser/i;

export function textValues(item: CatalogItem): Text[] {
  return [item.title, item.auditorFocus];
}

export function textLists(item: CatalogItem): TextList[] {
  return [item.guidingQuestions, item.typicalEvidence, item.documentedInformation];
}

export function allGermanStrings(item: CatalogItem): string[] {
  return [...textValues(item).map((t) => t.de), ...textLists(item).flatMap((l) => [...l.de])];
}

/** The checks every assessable item passes, clause or control: texts filled, questions and lists paired. */
export function itFillsItemTextsInBothLanguages(items: readonly CatalogItem[]): void {
  it('fills every text field in German and English', () => {
    for (const item of items) {
      for (const lang of LANGS) {
        expect(item.title[lang].trim(), `${item.id} title ${lang}`).not.toBe('');
        expect(item.auditorFocus[lang].trim(), `${item.id} auditorFocus ${lang}`).not.toBe('');
        for (const list of textLists(item)) {
          for (const entry of list[lang]) {
            expect(entry.trim(), `${item.id} list entry ${lang}`).not.toBe('');
          }
        }
      }
    }
  });

  it('asks 3–6 guiding questions per language, the same number in German and English', () => {
    for (const item of items) {
      const { de, en } = item.guidingQuestions;
      expect(de.length, `${item.id} de`).toBeGreaterThanOrEqual(3);
      expect(de.length, `${item.id} de`).toBeLessThanOrEqual(6);
      expect(en.length, `${item.id} en`).toBe(de.length);
      for (const q of [...de, ...en]) expect(q.endsWith('?'), `${item.id}: ${q}`).toBe(true);
    }
  });

  it('names typical evidence and documented information in matching numbers per language', () => {
    for (const item of items) {
      expect(item.typicalEvidence.de.length, item.id).toBeGreaterThanOrEqual(1);
      expect(item.typicalEvidence.en.length, item.id).toBe(item.typicalEvidence.de.length);
      expect(item.documentedInformation.en.length, item.id).toBe(item.documentedInformation.de.length);
    }
  });
}
