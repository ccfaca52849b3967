/*
 * Ids of the assessable ISO/IEC 42001 requirements, listed here so the domain rules do not depend on the
 * catalogue texts (shared/catalog/iso42001 holds the items themselves). Order is the standard's order.
 */

/** The 32 assessable clause leaves (6.1, 7.5, 9.2 and 9.3 are headings). */
// prettier-ignore
export const CLAUSE_ITEM_IDS = [
  '4.1', '4.2', '4.3', '4.4',
  '5.1', '5.2', '5.3',
  '6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.2', '6.3',
  '7.1', '7.2', '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3',
  '8.1', '8.2', '8.3', '8.4',
  '9.1', '9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3',
  '10.1', '10.2',
] as const;
export type ClauseItemId = (typeof CLAUSE_ITEM_IDS)[number];

/** The 38 Annex A controls that every Statement of Applicability must decide on. */
// prettier-ignore
export const ANNEX_A_CONTROL_IDS = [
  'A.2.2', 'A.2.3', 'A.2.4',
  'A.3.2', 'A.3.3',
  'A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6',
  'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5',
  'A.6.1.2', 'A.6.1.3',
  'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8',
  'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6',
  'A.8.2', 'A.8.3', 'A.8.4', 'A.8.5',
  'A.9.2', 'A.9.3', 'A.9.4',
  'A.10.2', 'A.10.3', 'A.10.4',
] as const;
export type AnnexAControlId = (typeof ANNEX_A_CONTROL_IDS)[number];

const CONTROL_SET: ReadonlySet<string> = new Set(ANNEX_A_CONTROL_IDS);

export function isAnnexAControlId(id: string): id is AnnexAControlId {
  return CONTROL_SET.has(id);
}
