import { describe, expect, it } from 'vitest';
import { ANNEX_A_CONTROLS, CLAUSE_ITEMS } from '../../../shared/catalog/iso42001';
import {
  ANNEX_A_CONTROL_IDS,
  CLAUSE_ITEM_IDS,
  isAnnexAControlId,
} from '../../../shared/domain/requirementIds';

describe('requirement ids', () => {
  it('lists the 32 clause requirements and the 38 Annex A controls without duplicates', () => {
    expect(CLAUSE_ITEM_IDS).toHaveLength(32);
    expect(ANNEX_A_CONTROL_IDS).toHaveLength(38);
    expect(new Set([...CLAUSE_ITEM_IDS, ...ANNEX_A_CONTROL_IDS]).size).toBe(70);
  });

  it('match the catalogue items in the same order', () => {
    expect(CLAUSE_ITEMS.map((i) => i.id)).toEqual([...CLAUSE_ITEM_IDS]);
    expect(ANNEX_A_CONTROLS.map((i) => i.id)).toEqual([...ANNEX_A_CONTROL_IDS]);
  });

  it('isAnnexAControlId accepts controls and rejects headings, clauses and near misses', () => {
    expect(['A.2.2', 'A.6.1.2', 'A.6.2.8', 'A.10.4'].every(isAnnexAControlId)).toBe(true);
    expect(['A.2.1', 'A.6.1', 'A.6.2', 'A.10.5', '4.1', 'a.2.2', 'A.2.2 ', ''].some(isAnnexAControlId)).toBe(
      false,
    );
  });
});
