import type { CatalogGroup, CatalogItem } from '../../types';
import { CLAUSE_4_GROUP, CLAUSE_4_ITEMS } from './clause4';
import { CLAUSE_5_GROUP, CLAUSE_5_ITEMS } from './clause5';
import { CLAUSE_6_GROUP, CLAUSE_6_ITEMS } from './clause6';
import { CLAUSE_7_GROUP, CLAUSE_7_ITEMS } from './clause7';
import { CLAUSE_8_GROUP, CLAUSE_8_ITEMS } from './clause8';
import { CLAUSE_9_GROUP, CLAUSE_9_ITEMS } from './clause9';
import { CLAUSE_10_GROUP, CLAUSE_10_ITEMS } from './clause10';

export {
  CLAUSE_4_GROUP,
  CLAUSE_4_ITEMS,
  CLAUSE_5_GROUP,
  CLAUSE_5_ITEMS,
  CLAUSE_6_GROUP,
  CLAUSE_6_ITEMS,
  CLAUSE_7_GROUP,
  CLAUSE_7_ITEMS,
  CLAUSE_8_GROUP,
  CLAUSE_8_ITEMS,
  CLAUSE_9_GROUP,
  CLAUSE_9_ITEMS,
  CLAUSE_10_GROUP,
  CLAUSE_10_ITEMS,
};

/** The clause headings 4–10 of ISO/IEC 42001, in clause order. */
export const CLAUSE_GROUPS: readonly CatalogGroup[] = [
  CLAUSE_4_GROUP,
  CLAUSE_5_GROUP,
  CLAUSE_6_GROUP,
  CLAUSE_7_GROUP,
  CLAUSE_8_GROUP,
  CLAUSE_9_GROUP,
  CLAUSE_10_GROUP,
];

/** The 32 assessable clause requirements (4.1 … 10.2), in clause order. */
export const CLAUSE_ITEMS: readonly CatalogItem[] = [
  ...CLAUSE_4_ITEMS,
  ...CLAUSE_5_ITEMS,
  ...CLAUSE_6_ITEMS,
  ...CLAUSE_7_ITEMS,
  ...CLAUSE_8_ITEMS,
  ...CLAUSE_9_ITEMS,
  ...CLAUSE_10_ITEMS,
];
