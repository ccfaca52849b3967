import type { Audit, DocumentRecord, ManagementReview, Nonconformity } from '../../../shared/schemas/audit';
import { collection } from '../collection';
import { defineTable } from '../table';

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
  { title: '', scope: '', auditor: '', plannedDate: null, performedDate: null, status: 'planned', summary: '' },
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
  { plannedDate: null, heldDate: null, participants: '', inputsCovered: [], decisions: '', status: 'planned' },
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
