import { CATALOG_ITEMS } from '../../shared/catalog/iso42001';
import { CATALOG_VERSION } from '../../shared/catalog/version';
import type { EngagementCreate } from '../../shared/schemas/engagement';
import { closeDatabase, createDatabase, openDatabase } from './connection';
import { seedAssessment } from './repos/assessments.repo';
import { seedDocumentRegister } from './repos/audit.repo';
import { seedBranding } from './repos/branding.repo';
import { ensureEngagementId, seedCatalogItem, seedEngagement, writeMeta } from './repos/engagement.repo';
import { seedSoa } from './repos/soa.repo';
import type { Db } from './sql';

/** An open workbook: the only handle to its SQLite connection. */
export interface Workbook {
  readonly path: string;
  readonly db: Db;
  /** The copy written before this open migrated the file, if it did. */
  readonly backup: string | null;
  close(): void;
}

export function openWorkbook(path: string): Workbook {
  const { db, backup } = openDatabase(path);
  return { path, db, backup, close: () => closeDatabase(db) };
}

/**
 * Writes a complete new workbook: catalogue snapshot, one assessment per item, one SoA entry per control,
 * the documented-information register pre-filled with what the clauses require.
 */
export function createWorkbook(path: string, engagement: EngagementCreate, appVersion: string): void {
  createDatabase(path, (db) => {
    const at = new Date().toISOString();
    writeMeta(db, 'catalogVersion', CATALOG_VERSION);
    writeMeta(db, 'createdAt', at);
    writeMeta(db, 'createdWith', appVersion);
    ensureEngagementId(db);
    CATALOG_ITEMS.forEach((item, position) => {
      seedCatalogItem(db, item, position);
      seedAssessment(db, item.id, at);
      if (item.kind === 'control') seedSoa(db, item.id, at);
    });
    seedEngagement(db, {
      clientName: engagement.clientName,
      sector: engagement.sector ?? '',
      scopeStatement: engagement.scopeStatement ?? '',
      consultant: engagement.consultant ?? '',
      firm: engagement.firm ?? '',
      language: engagement.language ?? 'de',
      startDate: engagement.startDate ?? null,
      endDate: engagement.endDate ?? null,
      aiActRegime: engagement.aiActRegime ?? 'amended-2026',
    });
    seedBranding(db, engagement.firm ?? '');
    seedDocumentRegister(db, engagement.language ?? 'de', at);
  });
}
