import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES } from '../../catalog/vocab/audit';
import type { ReportContext } from '../context';
import type { Section } from '../model';
import { DOCUMENT_STATUS_TONES } from '../tones';

/** The documented-information register with a count per status. */
export function documentsStatus(ctx: ReportContext, number: string): Section {
  const { data, s } = ctx;
  const t = s.documents;
  return {
    id: 'documents',
    number,
    title: t.title,
    blocks: [
      { kind: 'paragraph', style: 'lead', text: t.lead },
      {
        kind: 'kpis',
        items: DOCUMENT_STATUSES.map((status) => ({
          label: ctx.label(DOCUMENT_STATUS_LABELS, status),
          value: String(data.documents.filter((d) => d.status === status).length),
          detail: '',
          tone: DOCUMENT_STATUS_TONES[status],
        })),
      },
      {
        kind: 'table',
        columns: [
          { header: t.document, width: 4 },
          { header: t.item, width: 1.1 },
          { header: t.status, width: 1.4 },
          { header: t.owner, width: 1.6 },
          { header: t.location, width: 2 },
        ],
        rows: data.documents.map((d) => [
          { text: d.title },
          { text: d.itemId ?? s.none },
          { text: ctx.label(DOCUMENT_STATUS_LABELS, d.status), tone: DOCUMENT_STATUS_TONES[d.status] },
          { text: ctx.orNone(d.owner) },
          { text: [d.location, d.version].filter((x) => x.trim()).join(' · ') || s.none },
        ]),
        empty: t.empty,
      },
    ],
  };
}
