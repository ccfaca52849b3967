import { describe, it, expect } from 'vitest';
import { LANGS } from '../../../shared/catalog/types';
import { CLAUSE_GROUPS, CLAUSE_ITEMS } from '../../../shared/catalog/iso42001/clauses';
import {
  GDPR_ARTICLE,
  GERMAN_TRANSLITERATION,
  allGermanStrings,
  itFillsItemTextsInBothLanguages,
} from './itemTexts';

const CLAUSE_IDS = [
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '6.1.1',
  '6.1.2',
  '6.1.3',
  '6.1.4',
  '6.2',
  '6.3',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '9.1',
  '9.2.1',
  '9.2.2',
  '9.3.1',
  '9.3.2',
  '9.3.3',
  '10.1',
  '10.2',
];

/** The 38 Annex A controls of ISO/IEC 42001:2023 (objectives A.x.1 are headings, not controls). */
const ANNEX_A_IDS = [
  'A.2.2',
  'A.2.3',
  'A.2.4',
  'A.3.2',
  'A.3.3',
  'A.4.2',
  'A.4.3',
  'A.4.4',
  'A.4.5',
  'A.4.6',
  'A.5.2',
  'A.5.3',
  'A.5.4',
  'A.5.5',
  'A.6.1.2',
  'A.6.1.3',
  'A.6.2.2',
  'A.6.2.3',
  'A.6.2.4',
  'A.6.2.5',
  'A.6.2.6',
  'A.6.2.7',
  'A.6.2.8',
  'A.7.2',
  'A.7.3',
  'A.7.4',
  'A.7.5',
  'A.7.6',
  'A.8.2',
  'A.8.3',
  'A.8.4',
  'A.8.5',
  'A.9.2',
  'A.9.3',
  'A.9.4',
  'A.10.2',
  'A.10.3',
  'A.10.4',
];

const AI_ACT_REFS = new Set([
  'Art. 4',
  'Art. 5',
  'Art. 6',
  'Art. 9',
  'Art. 10',
  'Art. 11',
  'Art. 12',
  'Art. 13',
  'Art. 14',
  'Art. 15',
  'Art. 16',
  'Art. 17',
  'Art. 18',
  'Art. 19',
  'Art. 20',
  'Art. 22',
  'Art. 23',
  'Art. 24',
  'Art. 25',
  'Art. 26',
  'Art. 27',
  'Art. 43',
  'Art. 47',
  'Art. 49',
  'Art. 50',
  'Art. 53',
  'Art. 55',
  'Art. 72',
  'Art. 73',
  'Annex IV',
]);

const EXPECTED_SUBGROUP: Record<string, string> = {
  '6.1.1': '6.1',
  '6.1.2': '6.1',
  '6.1.3': '6.1',
  '6.1.4': '6.1',
  '7.5.1': '7.5',
  '7.5.2': '7.5',
  '7.5.3': '7.5',
  '9.2.1': '9.2',
  '9.2.2': '9.2',
  '9.3.1': '9.3',
  '9.3.2': '9.3',
  '9.3.3': '9.3',
};

/** Clauses whose documented information an auditor will ask for at Stage 1. */
const MUST_HAVE_DOCUMENTED_INFORMATION = [
  '4.3',
  '4.4',
  '5.2',
  '6.1.2',
  '6.1.3',
  '6.1.4',
  '6.2',
  '7.2',
  '8.1',
  '8.2',
  '8.3',
  '8.4',
  '9.1',
  '9.2.2',
  '9.3.3',
  '10.2',
];

const HS_CLAUSE = /^(?:[4-9]|10)(?:\.\d+){1,2}$/;

describe('ISO/IEC 42001 clause catalogue', () => {
  it('lists the 32 assessable clause items in clause order', () => {
    expect(CLAUSE_ITEMS.map((i) => i.id)).toEqual(CLAUSE_IDS);
  });

  it('has no duplicate item ids', () => {
    const ids = CLAUSE_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the clause headings 4–10 in order, with titles and summaries in both languages', () => {
    expect(CLAUSE_GROUPS.map((g) => g.id)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    for (const group of CLAUSE_GROUPS) {
      expect(group.kind).toBe('clause');
      for (const lang of LANGS) {
        expect(group.title[lang].trim(), `${group.id} title ${lang}`).not.toBe('');
        expect(group.summary[lang].trim(), `${group.id} summary ${lang}`).not.toBe('');
      }
    }
  });

  it('puts every item into an existing group that matches its clause number', () => {
    const groupIds = new Set(CLAUSE_GROUPS.map((g) => g.id));
    for (const item of CLAUSE_ITEMS) {
      expect(item.kind).toBe('clause');
      expect(groupIds.has(item.group), `${item.id} group ${item.group}`).toBe(true);
      expect(item.id.split('.')[0]).toBe(item.group);
    }
  });

  it('sets the subgroup for the nested leaves of 6.1, 7.5, 9.2 and 9.3 only', () => {
    for (const item of CLAUSE_ITEMS) {
      expect(item.subgroup, item.id).toBe(EXPECTED_SUBGROUP[item.id]);
    }
  });

  itFillsItemTextsInBothLanguages(CLAUSE_ITEMS);

  it('names the documented information the standard requires for the Stage 1 list', () => {
    const byId = new Map(CLAUSE_ITEMS.map((i) => [i.id, i]));
    for (const id of MUST_HAVE_DOCUMENTED_INFORMATION) {
      expect(byId.get(id)?.documentedInformation.en.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('relates only to known clause ids and the 38 Annex A controls', () => {
    expect(ANNEX_A_IDS).toHaveLength(38);
    const known = new Set([...CLAUSE_IDS, ...ANNEX_A_IDS]);
    for (const item of CLAUSE_ITEMS) {
      expect(new Set(item.related).size, `${item.id} duplicate related`).toBe(item.related.length);
      for (const id of item.related) {
        expect(known.has(id), `${item.id} → ${id}`).toBe(true);
        expect(id, `${item.id} relates to itself`).not.toBe(item.id);
      }
    }
  });

  it('cites AI Act articles, GDPR articles and HS clauses in the agreed format', () => {
    for (const item of CLAUSE_ITEMS) {
      for (const ref of item.aiActArticles) expect(AI_ACT_REFS.has(ref), `${item.id} ${ref}`).toBe(true);
      for (const ref of item.gdprArticles) expect(ref, item.id).toMatch(GDPR_ARTICLE);
      for (const clause of Object.values(item.hs)) expect(clause, item.id).toMatch(HS_CLAUSE);
    }
  });

  it('maps the harmonized structure where the fact sheet says so', () => {
    const byId = new Map(CLAUSE_ITEMS.map((i) => [i.id, i]));
    expect(byId.get('6.1.4')?.hs).toEqual({});
    expect(byId.get('8.4')?.hs).toEqual({});
    expect(byId.get('10.1')?.hs.iso9001).toBe('10.3');
    expect(byId.get('10.2')?.hs.iso9001).toBe('10.2');
    expect(byId.get('8.2')?.hs).toMatchObject({ iso27001: '8.2' });
    expect(byId.get('8.2')?.hs.iso9001).toBeUndefined();
    expect(byId.get('8.3')?.hs.iso9001).toBeUndefined();
  });

  it('writes German with umlauts and ß, and without straight double quotes', () => {
    for (const item of CLAUSE_ITEMS) {
      for (const text of allGermanStrings(item)) {
        expect(text, item.id).not.toMatch(GERMAN_TRANSLITERATION);
        expect(text, item.id).not.toContain('"');
      }
    }
  });
});
