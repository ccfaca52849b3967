import { describe, it, expect } from 'vitest';
import { LANGS } from '../../../shared/catalog/types';
import { ANNEX_A_CONTROLS, ANNEX_A_GROUPS } from '../../../shared/catalog/iso42001/annexA';
import { CATALOG_ITEMS, findCatalogItem } from '../../../shared/catalog/iso42001';
import type { CatalogGroup, CatalogItem } from '../../../shared/catalog/types';
import {
  GDPR_ARTICLE,
  GERMAN_TRANSLITERATION,
  textValues,
  textLists,
  allGermanStrings,
  itFillsItemTextsInBothLanguages,
} from './itemTexts';

/** Control objectives A.2–A.10 with their official short titles (iso42001-structure.md). */
const OBJECTIVES: readonly (readonly [string, string])[] = [
  ['A.2', 'Policies related to AI'],
  ['A.3', 'Internal organization'],
  ['A.4', 'Resources for AI systems'],
  ['A.5', 'Assessing impacts of AI systems'],
  ['A.6', 'AI system life cycle'],
  ['A.7', 'Data for AI systems'],
  ['A.8', 'Information for interested parties of AI systems'],
  ['A.9', 'Use of AI systems'],
  ['A.10', 'Third-party and customer relationships'],
];

/** The 38 Annex A controls with their official short titles, in annex order. */
const CONTROLS: readonly (readonly [string, string])[] = [
  ['A.2.2', 'AI policy'],
  ['A.2.3', 'Alignment with other organizational policies'],
  ['A.2.4', 'Review of the AI policy'],
  ['A.3.2', 'AI roles and responsibilities'],
  ['A.3.3', 'Reporting of concerns'],
  ['A.4.2', 'Resource documentation'],
  ['A.4.3', 'Data resources'],
  ['A.4.4', 'Tooling resources'],
  ['A.4.5', 'System and computing resources'],
  ['A.4.6', 'Human resources'],
  ['A.5.2', 'AI system impact assessment process'],
  ['A.5.3', 'Documentation of AI system impact assessments'],
  ['A.5.4', 'Assessing AI system impact on individuals or groups of individuals'],
  ['A.5.5', 'Assessing societal impacts of AI systems'],
  ['A.6.1.2', 'Objectives for responsible development of AI system'],
  ['A.6.1.3', 'Processes for responsible AI system design and development'],
  ['A.6.2.2', 'AI system requirements and specification'],
  ['A.6.2.3', 'Documentation of AI system design and development'],
  ['A.6.2.4', 'AI system verification and validation'],
  ['A.6.2.5', 'AI system deployment'],
  ['A.6.2.6', 'AI system operation and monitoring'],
  ['A.6.2.7', 'AI system technical documentation'],
  ['A.6.2.8', 'AI system recording of event logs'],
  ['A.7.2', 'Data for development and enhancement of AI system'],
  ['A.7.3', 'Acquisition of data'],
  ['A.7.4', 'Quality of data for AI systems'],
  ['A.7.5', 'Data provenance'],
  ['A.7.6', 'Data preparation'],
  ['A.8.2', 'System documentation and information for users'],
  ['A.8.3', 'External reporting'],
  ['A.8.4', 'Communication of incidents'],
  ['A.8.5', 'Information for interested parties'],
  ['A.9.2', 'Processes for responsible use of AI systems'],
  ['A.9.3', 'Objectives for responsible use of AI system'],
  ['A.9.4', 'Intended use of the AI system'],
  ['A.10.2', 'Allocating responsibilities'],
  ['A.10.3', 'Suppliers'],
  ['A.10.4', 'Customers'],
];

const COUNTS_PER_OBJECTIVE: Record<string, number> = {
  'A.2': 3,
  'A.3': 2,
  'A.4': 5,
  'A.5': 4,
  'A.6': 9,
  'A.7': 5,
  'A.8': 4,
  'A.9': 3,
  'A.10': 3,
};

const AI_ACT_REF = /^(Art\. \d+[a-z]?(\(\d+[a-z]*\))*( point \([a-z]+\))?|Annex [IVX]+)$/;
const UMLAUT = /[äöüÄÖÜß]/;

/** Pairs of German and English texts that should be translations of each other. */
function textPairs(item: CatalogItem): [string, string][] {
  const pairs: [string, string][] = textValues(item).map((t) => [t.de, t.en]);
  for (const list of textLists(item)) {
    list.de.forEach((de, i) => pairs.push([de, list.en[i] ?? '']));
  }
  return pairs;
}

function groupPairs(group: CatalogGroup): [string, string][] {
  return [
    [group.title.de, group.title.en],
    [group.summary.de, group.summary.en],
  ];
}

describe('ISO/IEC 42001 Annex A catalogue', () => {
  it('lists exactly the 38 controls in annex order', () => {
    expect(CONTROLS).toHaveLength(38);
    expect(ANNEX_A_CONTROLS.map((c) => c.id)).toEqual(CONTROLS.map(([id]) => id));
  });

  it('has the objectives A.2–A.10 in order, with official titles and summaries in both languages', () => {
    expect(ANNEX_A_GROUPS.map((g) => [g.id, g.title.en])).toEqual(OBJECTIVES);
    for (const group of ANNEX_A_GROUPS) {
      expect(group.kind).toBe('control');
      for (const lang of LANGS) {
        expect(group.title[lang].trim(), `${group.id} title ${lang}`).not.toBe('');
        expect(group.summary[lang].trim(), `${group.id} summary ${lang}`).not.toBe('');
      }
      expect(group.title.de, group.id).not.toBe(group.title.en);
      expect(group.summary.de, group.id).not.toBe(group.summary.en);
    }
  });

  it('has 3, 2, 5, 4, 9, 5, 4, 3 and 3 controls per objective', () => {
    const counts: Record<string, number> = {};
    for (const control of ANNEX_A_CONTROLS) counts[control.group] = (counts[control.group] ?? 0) + 1;
    expect(counts).toEqual(COUNTS_PER_OBJECTIVE);
  });

  it('puts every control into the objective that matches its number', () => {
    const groupIds = new Set(ANNEX_A_GROUPS.map((g) => g.id));
    for (const control of ANNEX_A_CONTROLS) {
      expect(control.kind, control.id).toBe('control');
      expect(groupIds.has(control.group), `${control.id} group ${control.group}`).toBe(true);
      expect(control.id.split('.').slice(0, 2).join('.'), control.id).toBe(control.group);
    }
  });

  it('sets subgroup A.6.1 / A.6.2 for the life-cycle controls and no subgroup elsewhere', () => {
    for (const control of ANNEX_A_CONTROLS) {
      const expected = control.id.startsWith('A.6.1.')
        ? 'A.6.1'
        : control.id.startsWith('A.6.2.')
          ? 'A.6.2'
          : undefined;
      expect(control.subgroup, control.id).toBe(expected);
    }
  });

  it('uses the official short titles in English', () => {
    expect(ANNEX_A_CONTROLS.map((c) => [c.id, c.title.en])).toEqual(CONTROLS);
  });

  itFillsItemTextsInBothLanguages(ANNEX_A_CONTROLS);

  it('relates only to items that exist in the catalogue, without duplicates or self-references', () => {
    for (const control of ANNEX_A_CONTROLS) {
      expect(new Set(control.related).size, `${control.id} duplicate related`).toBe(control.related.length);
      for (const id of control.related) {
        expect(findCatalogItem(id), `${control.id} → ${id}`).toBeDefined();
        expect(id, `${control.id} relates to itself`).not.toBe(control.id);
      }
    }
  });

  it('cites AI Act and GDPR articles in the agreed format and leaves hs empty', () => {
    for (const control of ANNEX_A_CONTROLS) {
      expect(new Set(control.aiActArticles).size, `${control.id} duplicate AI Act ref`).toBe(
        control.aiActArticles.length,
      );
      for (const ref of control.aiActArticles) expect(ref, control.id).toMatch(AI_ACT_REF);
      for (const ref of control.gdprArticles) expect(ref, control.id).toMatch(GDPR_ARTICLE);
      expect(control.hs, control.id).toEqual({});
    }
  });

  it('writes real German: umlauts or ß present, no transliterations, no straight double quotes', () => {
    for (const control of ANNEX_A_CONTROLS) {
      const german = allGermanStrings(control);
      expect(
        german.some((text) => UMLAUT.test(text)),
        `${control.id} has no umlaut`,
      ).toBe(true);
      for (const text of german) {
        expect(text, control.id).not.toMatch(GERMAN_TRANSLITERATION);
        expect(text, control.id).not.toContain('"');
      }
    }
    for (const group of ANNEX_A_GROUPS) {
      expect(UMLAUT.test(group.title.de + group.summary.de), `${group.id} has no umlaut`).toBe(true);
    }
  });

  it('never leaves a text untranslated', () => {
    for (const control of ANNEX_A_CONTROLS) {
      for (const [de, en] of textPairs(control)) expect(de, control.id).not.toBe(en);
    }
    for (const group of ANNEX_A_GROUPS) {
      for (const [de, en] of groupPairs(group)) expect(de, group.id).not.toBe(en);
    }
  });
});

describe('ISO/IEC 42001 catalogue as a whole', () => {
  it('has 70 items (32 clauses and 38 controls) with unique ids', () => {
    const ids = CATALOG_ITEMS.map((i) => i.id);
    expect(ids).toHaveLength(70);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
