import type { CatalogGroup, CatalogItem } from '../types';
import { ANNEX_A_CONTROLS, ANNEX_A_GROUPS } from './annexA';
import { CLAUSE_GROUPS, CLAUSE_ITEMS } from './clauses';

/** Every assessable ISO/IEC 42001 item in catalogue order: the 32 clause requirements, then the 38 controls. */
export const CATALOG_ITEMS: readonly CatalogItem[] = [...CLAUSE_ITEMS, ...ANNEX_A_CONTROLS];
export const CATALOG_GROUPS: readonly CatalogGroup[] = [...CLAUSE_GROUPS, ...ANNEX_A_GROUPS];

const byId = new Map(CATALOG_ITEMS.map((item) => [item.id, item]));
export const findCatalogItem = (id: string): CatalogItem | undefined => byId.get(id);

export { ANNEX_A_CONTROLS, ANNEX_A_GROUPS, CLAUSE_GROUPS, CLAUSE_ITEMS };
