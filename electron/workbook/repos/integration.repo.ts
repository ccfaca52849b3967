import type { Coverage, ManagementSystem } from '../../../shared/schemas/integration';
import { collection } from '../collection';
import type { Db } from '../sql';
import { defineTable, deleteRecord, findRecord, insertRecord, listRecords, updateRecord } from '../table';

export const managementSystems = collection(
  defineTable<ManagementSystem>({
    table: 'management_systems',
    entity: 'managementSystem',
    key: ['id'],
    orderBy: 'name',
    columns: {
      id: 'text',
      standard: 'text',
      name: 'text',
      certificateStatus: 'text',
      certificationBody: 'text',
      validUntil: 'text',
      scope: 'text',
      updatedAt: 'text',
    },
  }),
  { standard: 'other', name: '', certificateStatus: 'none', certificationBody: '', validUntil: null, scope: '' },
);

const coverageSpec = defineTable<Coverage>({
  table: 'coverage',
  entity: 'coverage',
  key: ['itemId', 'managementSystemId'],
  orderBy: 'itemId',
  columns: { itemId: 'text', managementSystemId: 'text', reference: 'text', note: 'text' },
});

export const listCoverage = (db: Db): Coverage[] => listRecords(db, coverageSpec);

/** Marks a requirement as covered by an existing system (with its clause reference) or clears the mark. */
export function setCoverage(db: Db, input: Coverage & { covered: boolean }): void {
  const key = { itemId: input.itemId, managementSystemId: input.managementSystemId };
  const existing = findRecord(db, coverageSpec, key);
  if (!input.covered) {
    if (existing) deleteRecord(db, coverageSpec, key);
  } else if (existing) updateRecord(db, coverageSpec, key, { reference: input.reference, note: input.note });
  else insertRecord(db, coverageSpec, { ...key, reference: input.reference, note: input.note });
}
