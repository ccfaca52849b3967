import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CatalogItem } from '../../../shared/catalog/types';
import type { CatalogItemSchema } from '../../../shared/contract/catalog';
import type { Engagement } from '../../../shared/schemas/engagement';
import { all, get, run, sql, type Db } from '../sql';
import { defineTable, getRecord, updateRecord, writeRecord } from '../table';

type EngagementRow = Engagement & { id: number };

const spec = defineTable<EngagementRow>({
  table: 'engagement',
  entity: 'engagement',
  key: ['id'],
  columns: {
    id: 'int',
    clientName: 'text',
    sector: 'text',
    scopeStatement: 'text',
    consultant: 'text',
    firm: 'text',
    language: 'text',
    startDate: 'text',
    endDate: 'text',
    aiActRegime: 'text',
  },
});

const strip = ({ id: _id, ...engagement }: EngagementRow): Engagement => engagement;

export const getEngagement = (db: Db): Engagement => strip(getRecord(db, spec, { id: 1 }));

export const updateEngagement = (db: Db, patch: Partial<Engagement>): Engagement =>
  strip(updateRecord(db, spec, { id: 1 }, patch));

export const seedEngagement = (db: Db, engagement: Engagement): void => writeRecord(db, spec, { ...engagement, id: 1 });

/** Facts about the file itself (catalogue version, creation time, app version); written once, not edited. */
export function readMeta(db: Db): Record<string, string> {
  return Object.fromEntries(all<{ key: string; value: string }>(db, sql`SELECT key, value FROM meta`).map((r) => [r.key, r.value]));
}

export function writeMeta(db: Db, key: string, value: string): void {
  run(db, sql`INSERT INTO meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/**
 * A stable id of the engagement, so that files made from this workbook (questionnaires) can be matched
 * back to it. New workbooks get one when created; older ones on first use.
 */
export function ensureEngagementId(db: Db): string {
  const existing = readMeta(db).engagementId;
  if (existing) return existing;
  const id = randomUUID();
  writeMeta(db, 'engagementId', id);
  return id;
}

/** The workbook keeps the catalogue items it was created with, so it reads and reports the same years later. */
export function seedCatalogItem(db: Db, item: CatalogItem, position: number): void {
  run(
    db,
    sql`INSERT INTO catalog_items (item_id, kind, group_id, position, data) VALUES (${item.id}, ${item.kind}, ${item.group}, ${position}, ${JSON.stringify(item)})`,
  );
}

export function listCatalogSnapshot(db: Db): z.output<typeof CatalogItemSchema>[] {
  return all<{ data: string }>(db, sql`SELECT data FROM catalog_items ORDER BY position`).map((row) => JSON.parse(row.data));
}

export const catalogItemExists = (db: Db, id: string): boolean =>
  get<{ n: number }>(db, sql`SELECT count(*) AS n FROM catalog_items WHERE item_id = ${id}`)?.n === 1;
