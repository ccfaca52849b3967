import type { CatalogGroup, CatalogItem } from '../../types';
import { A2_GROUP, A2_CONTROLS } from './a2';
import { A3_GROUP, A3_CONTROLS } from './a3';
import { A4_GROUP, A4_CONTROLS } from './a4';
import { A5_GROUP, A5_CONTROLS } from './a5';
import { A6_GROUP, A6_CONTROLS } from './a6';
import { A7_GROUP, A7_CONTROLS } from './a7';
import { A8_GROUP, A8_CONTROLS } from './a8';
import { A9_GROUP, A9_CONTROLS } from './a9';
import { A10_GROUP, A10_CONTROLS } from './a10';

export {
  A2_GROUP,
  A2_CONTROLS,
  A3_GROUP,
  A3_CONTROLS,
  A4_GROUP,
  A4_CONTROLS,
  A5_GROUP,
  A5_CONTROLS,
  A6_GROUP,
  A6_CONTROLS,
  A7_GROUP,
  A7_CONTROLS,
  A8_GROUP,
  A8_CONTROLS,
  A9_GROUP,
  A9_CONTROLS,
  A10_GROUP,
  A10_CONTROLS,
};

/** The Annex A control objectives A.2–A.10 of ISO/IEC 42001, in annex order. */
export const ANNEX_A_GROUPS: readonly CatalogGroup[] = [
  A2_GROUP,
  A3_GROUP,
  A4_GROUP,
  A5_GROUP,
  A6_GROUP,
  A7_GROUP,
  A8_GROUP,
  A9_GROUP,
  A10_GROUP,
];

/** The 38 Annex A controls (A.2.2 … A.10.4), in annex order. */
export const ANNEX_A_CONTROLS: readonly CatalogItem[] = [
  ...A2_CONTROLS,
  ...A3_CONTROLS,
  ...A4_CONTROLS,
  ...A5_CONTROLS,
  ...A6_CONTROLS,
  ...A7_CONTROLS,
  ...A8_CONTROLS,
  ...A9_CONTROLS,
  ...A10_CONTROLS,
];
