import { CATALOG_GROUPS } from '../../../shared/catalog/iso42001';
import type { Lang } from '../../../shared/catalog/types';

const GROUP_TITLES = new Map(CATALOG_GROUPS.map((g) => [g.id, g.title]));

/** Group headings come from the app's catalogue; a workbook's snapshot names only their ids. */
export const groupTitle = (id: string, lang: Lang) => GROUP_TITLES.get(id)?.[lang] ?? id;
