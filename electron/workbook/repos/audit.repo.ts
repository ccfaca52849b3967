import { randomUUID } from 'node:crypto';
import type { Lang } from '../../../shared/catalog/types';
import { documentRegister, type RequiredDocument } from '../../../shared/domain/documents';
import type { Audit, DocumentRecord, ManagementReview, Nonconformity } from '../../../shared/schemas/audit';
import { collection } from '../collection';
import type { Db } from '../sql';
import { defineTable, writeRecord } from '../table';
import { listSoa } from './soa.repo';

export const documents = collection(
  defineTable<DocumentRecord>({
    table: 'documents',
    entity: 'document',
    key: ['id'],
    orderBy: 'itemId',
    columns: {
      id: 'text',
      requirementKey: 'text',
      title: 'text',
      itemId: 'text',
      status: 'text',
      owner: 'text',
      location: 'text',
      version: 'text',
      updatedAt: 'text',
    },
  }),
  { requirementKey: null, title: '', itemId: null, status: 'missing', owner: '', location: '', version: '' },
);

/**
 * The required documents the register still lacks: every clause-level one, and the Annex A ones of the
 * controls the SoA marks applicable. Entries are only ever added; what the client wrote stays.
 */
function missingRequiredDocuments(db: Db): RequiredDocument[] {
  const applicable = new Set(listSoa(db).flatMap((entry) => (entry.applicable ? [entry.controlId] : [])));
  const present = new Set(documents.list(db).map((record) => record.requirementKey));
  return documentRegister(applicable).filter((required) => !present.has(required.id));
}

const fromRequirement = (required: RequiredDocument, lang: Lang) => ({
  requirementKey: required.id,
  title: required.title[lang],
  itemId: required.itemId,
});

/** Pre-fills the register of a new workbook (unlogged: creating a workbook is not an edit to undo). */
export function seedDocumentRegister(db: Db, lang: Lang, at: string): void {
  for (const required of missingRequiredDocuments(db)) {
    writeRecord(db, documents.spec, {
      ...documents.defaults,
      ...fromRequirement(required, lang),
      id: randomUUID(),
      updatedAt: at,
    });
  }
}

/** Adds the documents that became required, as part of the current edit (so undo takes them back too). */
export function completeDocumentRegister(db: Db, lang: Lang): void {
  for (const required of missingRequiredDocuments(db)) documents.create(db, fromRequirement(required, lang));
}

export const audits = collection(
  defineTable<Audit>({
    table: 'audits',
    entity: 'audit',
    key: ['id'],
    orderBy: 'plannedDate',
    columns: {
      id: 'text',
      title: 'text',
      scope: 'text',
      auditor: 'text',
      plannedDate: 'text',
      performedDate: 'text',
      status: 'text',
      summary: 'text',
      updatedAt: 'text',
    },
  }),
  {
    title: '',
    scope: '',
    auditor: '',
    plannedDate: null,
    performedDate: null,
    status: 'planned',
    summary: '',
  },
);

export const managementReviews = collection(
  defineTable<ManagementReview>({
    table: 'management_reviews',
    entity: 'review',
    key: ['id'],
    orderBy: 'plannedDate',
    columns: {
      id: 'text',
      plannedDate: 'text',
      heldDate: 'text',
      participants: 'text',
      inputsCovered: 'json',
      decisions: 'text',
      status: 'text',
      updatedAt: 'text',
    },
  }),
  {
    plannedDate: null,
    heldDate: null,
    participants: '',
    inputsCovered: [],
    decisions: '',
    status: 'planned',
  },
);

export const nonconformities = collection(
  defineTable<Nonconformity>({
    table: 'nonconformities',
    entity: 'nonconformity',
    key: ['id'],
    orderBy: 'ref',
    columns: {
      id: 'text',
      ref: 'text',
      title: 'text',
      description: 'text',
      severity: 'text',
      itemId: 'text',
      source: 'text',
      rootCause: 'text',
      correction: 'text',
      correctiveAction: 'text',
      owner: 'text',
      dueDate: 'text',
      status: 'text',
      updatedAt: 'text',
    },
  }),
  {
    title: '',
    description: '',
    severity: 'minor',
    itemId: null,
    source: '',
    rootCause: '',
    correction: '',
    correctiveAction: '',
    owner: '',
    dueDate: null,
    status: 'open',
  },
  'NC',
);
