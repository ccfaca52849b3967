import { VERDICT_LABELS } from '../../catalog/vocab/assessment';
import type { ReportContext } from '../context';
import type { Block, Section } from '../model';
import { VERDICT_TONES } from '../tones';
import { sessionBlocks, sessionsByDate } from './appendix';

/** One section per workshop: who took part, the notes, and the requirements discussed with their verdicts. */
export function minutesSections(ctx: ReportContext): Section[] {
  const { data, s } = ctx;
  const t = s.minutes;
  return sessionsByDate(ctx).map((session, index) => {
    const discussed = data.assessments.filter((a) => a.sessionId === session.id);
    const [, facts, attendees] = sessionBlocks(ctx, session.id);
    const blocks: Block[] = [
      ...(facts ? [facts] : []),
      { kind: 'heading', text: t.attendees },
      ...(attendees ? [attendees] : []),
    ];
    if (session.notes.trim() !== '') {
      blocks.push({ kind: 'heading', text: t.notes }, { kind: 'paragraph', text: session.notes.trim() });
    }
    blocks.push({ kind: 'heading', text: t.discussed });
    blocks.push({
      kind: 'table',
      columns: [
        { header: s.findings.id, width: 0.9 },
        { header: s.findings.requirement, width: 2.8 },
        { header: s.findings.verdict, width: 2.1 },
        { header: s.findings.finding, width: 4 },
      ],
      rows: discussed.map((a) => [
        { text: a.itemId, bold: true },
        { text: ctx.itemTitle(a.itemId) },
        { text: ctx.label(VERDICT_LABELS, a.verdict), tone: VERDICT_TONES[a.verdict] },
        { text: ctx.orNone(a.finding) },
      ]),
      empty: t.noneDiscussed,
    });
    return { id: `session-${index + 1}`, number: String(index + 1), title: session.title, blocks };
  });
}

/** What the client is asked to provide: every evidence item recorded as requested, in catalogue order. */
export function evidenceRequests(ctx: ReportContext, number: string): Section {
  const { data, s } = ctx;
  const t = s.minutes;
  const order = new Map(data.catalog.map((item, index) => [item.id, index]));
  const requested = data.evidence
    .filter((e) => e.kind === 'requested')
    .sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
  return {
    id: 'evidence-requests',
    number,
    title: t.requests,
    blocks: [
      { kind: 'paragraph', style: 'lead', text: t.requestsLead },
      {
        kind: 'table',
        columns: [
          { header: t.number, width: 0.6, align: 'right' },
          { header: s.findings.requirement, width: 3.4 },
          { header: t.requested, width: 3.6 },
          { header: t.reference, width: 2 },
        ],
        rows: requested.map((e, index) => [
          { text: String(index + 1) },
          { text: `${e.itemId} ${ctx.itemTitle(e.itemId)}` },
          { text: e.title, bold: true },
          { text: ctx.orNone(e.reference) },
        ]),
        empty: t.noRequests,
      },
    ],
  };
}
