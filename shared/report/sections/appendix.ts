import type { ReportContext } from '../context';
import { formatDate } from '../format';
import { GLOSSARY } from '../glossary';
import type { Block, Section } from '../model';

export function glossary(ctx: ReportContext, number: string): Section {
  const t = ctx.s.appendix;
  return {
    id: 'glossary',
    number,
    title: t.glossary,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: t.term, width: 2.6 },
          { header: t.definition, width: 7.4 },
        ],
        rows: GLOSSARY.map((entry) => [
          { text: entry.term[ctx.lang], bold: true },
          { text: entry.definition[ctx.lang] },
        ]),
        empty: ctx.s.none,
      },
    ],
  };
}

/** One heading per workshop with its date, place and attendees. */
export function sessionBlocks(ctx: ReportContext, sessionId: string): Block[] {
  const { data, s } = ctx;
  const t = s.minutes;
  const session = data.sessions.find((x) => x.id === sessionId);
  if (!session) return [];
  return [
    { kind: 'heading', text: session.title },
    {
      kind: 'facts',
      facts: [
        { label: t.date, value: formatDate(session.date, ctx.lang) },
        { label: t.location, value: ctx.orNone(session.location) },
      ],
    },
    {
      kind: 'table',
      columns: [
        { header: s.control.name, width: 2 },
        { header: s.control.role, width: 2.5 },
        { header: s.control.organisation, width: 2.5 },
      ],
      rows: data.attendees
        .filter((a) => a.sessionId === session.id)
        .map((a) => [{ text: a.name }, { text: ctx.orNone(a.role) }, { text: ctx.orNone(a.organisation) }]),
      empty: t.noAttendees,
    },
  ];
}

/** Sessions in date order (undated last). */
export function sessionsByDate(ctx: ReportContext) {
  return [...ctx.data.sessions].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

export function sessionsAppendix(ctx: ReportContext, number: string): Section {
  const sessions = sessionsByDate(ctx);
  return {
    id: 'sessions',
    number,
    title: ctx.s.appendix.sessions,
    blocks:
      sessions.length === 0
        ? [{ kind: 'paragraph', text: ctx.s.appendix.noSessions }]
        : sessions.flatMap((session) => sessionBlocks(ctx, session.id)),
  };
}
