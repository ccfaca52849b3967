import { createHash } from 'node:crypto';
import type { Evidence } from '../../../shared/schemas/assessment';
import { AppFailure } from '../../../shared/result';
import { collection } from '../collection';
import { get, sql, type Db } from '../sql';
import { defineTable } from '../table';

/** Attachments are kept inside the workbook; the limit keeps a workbook e-mailable. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

type StoredEvidence = Evidence & { content: Uint8Array | null };

const spec = defineTable<StoredEvidence>({
  table: 'evidence',
  entity: 'evidence',
  key: ['id'],
  orderBy: 'title',
  columns: {
    id: 'text',
    itemId: 'text',
    kind: 'text',
    title: 'text',
    reference: 'text',
    fileName: 'text',
    mimeType: 'text',
    size: 'int',
    sha256: 'text',
    content: 'blob',
    updatedAt: 'text',
  },
});

const stored = collection(spec, {
  itemId: '',
  kind: 'seen',
  title: '',
  reference: '',
  fileName: null,
  mimeType: null,
  size: null,
  sha256: null,
  content: null,
});

const withoutContent = ({ content: _content, ...evidence }: StoredEvidence): Evidence => evidence;

export const evidence = {
  list: (db: Db, itemId?: string): Evidence[] =>
    stored.list(db, itemId === undefined ? undefined : sql`item_id = ${itemId}`).map(withoutContent),
  create: (db: Db, input: Pick<Evidence, 'itemId' | 'kind' | 'title' | 'reference'>): Evidence =>
    withoutContent(stored.create(db, input)),
  update: (db: Db, id: string, patch: Partial<Pick<Evidence, 'kind' | 'title' | 'reference'>>): Evidence =>
    withoutContent(stored.update(db, id, patch)),
  remove: (db: Db, id: string): Evidence => withoutContent(stored.remove(db, id)),
};

/** Stores a file as evidence: size-limited, hashed, the bytes in the workbook itself. */
export function attachEvidenceFile(
  db: Db,
  input: Pick<Evidence, 'itemId' | 'kind'> & { fileName: string; mimeType: string; content: Uint8Array },
): Evidence {
  if (input.content.byteLength > EVIDENCE_MAX_BYTES) {
    throw new AppFailure('file-too-large', `attachments are limited to ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB`);
  }
  const record = stored.create(db, {
    itemId: input.itemId,
    kind: input.kind,
    title: input.fileName.slice(0, 500),
    fileName: input.fileName.slice(0, 500),
    mimeType: input.mimeType,
    size: input.content.byteLength,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    content: input.content,
  });
  return withoutContent(record);
}

export function readEvidenceContent(db: Db, id: string): { fileName: string; mimeType: string; content: Buffer } {
  const row = get<{ file_name: string; mime_type: string; content: Buffer | null }>(
    db,
    sql`SELECT file_name, mime_type, content FROM evidence WHERE id = ${id}`,
  );
  if (!row?.content) throw new AppFailure('not-found', 'this evidence has no attached file');
  return { fileName: row.file_name, mimeType: row.mime_type, content: row.content };
}

