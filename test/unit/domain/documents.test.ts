import { describe, expect, it } from 'vitest';
import { findCatalogItem } from '../../../shared/catalog/iso42001';
import {
  documentRegister,
  REQUIRED_DOCUMENTS,
  requiredDocument,
  type RequiredDocument,
} from '../../../shared/domain/documents';
import { ANNEX_A_CONTROL_IDS, isAnnexAControlId } from '../../../shared/domain/requirementIds';

const ALL: readonly RequiredDocument[] = REQUIRED_DOCUMENTS;
const CLAUSE_DOCS = ALL.filter((d) => d.conditional === undefined);
const ids = (docs: readonly RequiredDocument[]): string[] => docs.map((d) => d.id);

describe('REQUIRED_DOCUMENTS', () => {
  it('has unique ids that requiredDocument finds', () => {
    expect(new Set(ids(ALL)).size).toBe(ALL.length);
    expect(requiredDocument('soa')?.itemId).toBe('6.1.3');
    expect(requiredDocument('event-logs')).toMatchObject({ itemId: 'A.6.2.8', kind: 'record' });
    expect(requiredDocument('no-such-document')).toBeUndefined();
  });

  it('ties every item to a requirement in the ISO/IEC 42001 catalogue', () => {
    for (const d of ALL) {
      const item = findCatalogItem(d.itemId);
      expect(item, `${d.id} → ${d.itemId}`).toBeDefined();
      expect(item?.kind).toBe(d.conditional === undefined ? 'clause' : 'control');
    }
  });

  it('makes Annex A items conditional on their own control', () => {
    const annexA = ALL.filter((d) => d.conditional !== undefined);
    expect(annexA.length).toBeGreaterThan(0);
    for (const d of annexA) {
      expect(d.conditional).toBe(d.itemId);
      expect(isAnnexAControlId(d.conditional ?? '')).toBe(true);
    }
  });

  it('includes the core documents an auditor asks for first', () => {
    expect(ids(CLAUSE_DOCS)).toEqual(
      expect.arrayContaining(['scope', 'ai-policy', 'soa', 'audit-programme', 'management-review-results']),
    );
  });

  it('titles and describes every item in German and English', () => {
    for (const d of ALL) {
      expect(['document', 'record']).toContain(d.kind);
      for (const text of [d.title, d.description]) {
        expect(text.de.trim(), d.id).not.toBe('');
        expect(text.en.trim(), d.id).not.toBe('');
      }
    }
  });
});

describe('documentRegister', () => {
  it('always contains the clause-level items, even with no applicable control', () => {
    const register = documentRegister(new Set());
    expect(ids(register)).toEqual(ids(CLAUSE_DOCS));
    expect(register.length).toBeGreaterThanOrEqual(20);
  });

  it('adds an Annex A item only when its control is applicable', () => {
    const register = documentRegister(new Set(['A.7.2', 'A.6.2.8']));
    expect(ids(register)).toEqual([...ids(CLAUSE_DOCS), 'event-logs', 'data-management-processes']);
  });

  it('ignores ids that no required item depends on', () => {
    expect(ids(documentRegister(new Set(['A.6.2.6', 'A.99', '4.1'])))).toEqual(ids(CLAUSE_DOCS));
  });

  it('lists every required item, in order, when all 38 controls apply', () => {
    expect(ids(documentRegister(new Set(ANNEX_A_CONTROL_IDS)))).toEqual(ids(ALL));
  });
});
