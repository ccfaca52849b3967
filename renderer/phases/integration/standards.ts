import type { HsMapping } from '../../../shared/catalog/types';
import type { CatalogItems } from '../../store/catalog';
import type { ManagementSystem } from '../../../shared/schemas/integration';
import { assertNever } from '../../../shared/domain/assertNever';

type Standard = ManagementSystem['standard'];
type Item = CatalogItems[number];

export const STANDARDS = [
  'iso27001',
  'iso9001',
  'iso37301',
  'iso27701',
  'gdpr',
  'other',
] as const satisfies readonly Standard[];

/** The harmonized-structure standards the catalogue maps clause by clause, in column order. */
export const HS_COLUMNS = ['iso27001', 'iso9001', 'iso37301'] as const satisfies readonly (keyof HsMapping)[];

/** The catalogue column holding a system's matching clause, or null where there is no clause mapping. */
export function hsColumn(standard: Standard): keyof HsMapping | null {
  switch (standard) {
    case 'iso27001':
    case 'iso9001':
    case 'iso37301':
      return standard;
    // ISO/IEC 27701:2025 is a management system standard in its own right on the harmonized structure,
    // numbered clause for clause like ISO/IEC 27001.
    case 'iso27701':
      return 'iso27001';
    case 'gdpr':
    case 'other':
      return null;
    default:
      return assertNever(standard);
  }
}

/**
 * What a system's own documentation would cite for a requirement: its matching clause on the harmonized
 * structure, the GDPR articles for a data-protection programme, or nothing. `prefix` names the standard
 * in the UI language ("ISO/IEC 27001", "DSGVO").
 */
export function matchingReference(item: Item, standard: Standard, prefix: string): string {
  const column = hsColumn(standard);
  if (column) {
    const clause = item.hs[column];
    return clause ? `${prefix} ${clause}` : '';
  }
  if (standard === 'gdpr' && item.gdprArticles.length > 0) return `${prefix} ${item.gdprArticles.join(', ')}`;
  return '';
}
