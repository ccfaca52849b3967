import type { SoaEntry } from '../../../shared/schemas/governance';
import type { Db } from '../sql';
import { defineTable, listRecords, updateRecord, writeRecord } from '../table';

const soaSpec = defineTable<SoaEntry>({
  table: 'soa_entries',
  entity: 'soa',
  key: ['controlId'],
  columns: {
    controlId: 'text',
    applicable: 'bool',
    inclusionReasons: 'json',
    exclusionJustification: 'text',
    implementationStatus: 'text',
    notes: 'text',
    updatedAt: 'text',
  },
});

export const listSoa = (db: Db): SoaEntry[] =>
  listRecords(db, soaSpec).sort((a, b) => a.controlId.localeCompare(b.controlId, 'en', { numeric: true }));

export const updateSoa = (db: Db, controlId: string, patch: Partial<Omit<SoaEntry, 'controlId' | 'updatedAt'>>): SoaEntry =>
  updateRecord(db, soaSpec, { controlId }, patch);

export function seedSoa(db: Db, controlId: string, at: string): void {
  writeRecord(db, soaSpec, {
    controlId,
    applicable: null,
    inclusionReasons: [],
    exclusionJustification: '',
    implementationStatus: 'not-started',
    notes: '',
    updatedAt: at,
  });
}
