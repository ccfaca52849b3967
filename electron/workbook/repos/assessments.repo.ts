import type { Assessment, AssessmentPatch } from '../../../shared/schemas/assessment';
import { all, get, sql, type Db } from '../sql';
import { defineTable, getRecord, listRecords, updateRecord, writeRecord } from '../table';

const assessmentSpec = defineTable<Assessment>({
  table: 'assessments',
  entity: 'assessment',
  key: ['itemId'],
  columns: {
    itemId: 'text',
    maturityCurrent: 'int',
    maturityTarget: 'int',
    verdict: 'text',
    finding: 'text',
    interviewee: 'text',
    notes: 'text',
    clientSelfRating: 'int',
    clientAnswer: 'text',
    sessionId: 'text',
    updatedAt: 'text',
  },
});

/** In the catalogue order recorded in the workbook, not by id text (where '10.1' sorts before '4.1'). */
export function listAssessments(db: Db): Assessment[] {
  const order = new Map(
    all<{ item_id: string }>(db, sql`SELECT item_id FROM catalog_items ORDER BY position`).map((row, i) => [row.item_id, i]),
  );
  return listRecords(db, assessmentSpec).sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
}

export const getAssessment = (db: Db, itemId: string): Assessment => getRecord(db, assessmentSpec, { itemId });

export const updateAssessment = (db: Db, itemId: string, patch: AssessmentPatch): Assessment =>
  updateRecord(db, assessmentSpec, { itemId }, patch);

/** One empty assessment per catalogue item, written when the workbook is created (not logged: no edit yet). */
export function seedAssessment(db: Db, itemId: string, at: string): void {
  writeRecord(db, assessmentSpec, {
    itemId,
    maturityCurrent: null,
    maturityTarget: null,
    verdict: 'not-assessed',
    finding: '',
    interviewee: '',
    notes: '',
    clientSelfRating: null,
    clientAnswer: '',
    sessionId: null,
    updatedAt: at,
  });
}

/** Share of items rated so far (a maturity or a verdict recorded), 0–1. */
export function assessmentProgress(db: Db): number {
  const row = get<{ total: number; rated: number | null }>(
    db,
    sql`SELECT count(*) AS total, sum(maturity_current IS NOT NULL OR verdict <> 'not-assessed') AS rated FROM assessments`,
  );
  return !row || row.total === 0 ? 0 : (row.rated ?? 0) / row.total;
}
