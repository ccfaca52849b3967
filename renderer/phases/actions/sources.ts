import type { Action } from '../../../shared/schemas/action';

/** Where actions come from; labels under actions.sources. */
export const ACTION_SOURCES = [
  'gap',
  'risk',
  'nonconformity',
  'manual',
] as const satisfies readonly Action['sourceKind'][];
