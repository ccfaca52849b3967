import { ACTION_STATUS_LABELS, PRIORITIES, PRIORITY_LABELS } from '../../catalog/vocab/actions';
import type { Action } from '../../schemas/action';
import type { ReportContext } from '../context';
import { dayNumber, formatDate, formatDecimal, formatMonth } from '../format';
import type { Block, GanttRow, Section } from '../model';
import { ACTION_STATUS_TONES, PRIORITY_TONES } from '../tones';

const byPlan = (a: Action, b: Action) =>
  PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority) ||
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
  a.ref.localeCompare(b.ref, undefined, { numeric: true });

/** First day of each month from the month of `from` to the month after `to`, as 'YYYY-MM-01'. */
function monthStarts(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const end = to.slice(0, 7);
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    months.push(start);
    if (start.slice(0, 7) > end) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * Actions with a start or due date on a month axis, in start order. An action with only one date is drawn
 * as a short bar at that date; the PDF marks done actions so they read apart from open ones.
 */
export function ganttBlock(ctx: ReportContext): Block {
  const dated = ctx.data.actions
    .filter((a) => a.status !== 'cancelled' && (a.startDate || a.dueDate))
    .map((a) => ({ a, from: (a.startDate ?? a.dueDate)!, to: (a.dueDate ?? a.startDate)! }))
    .map((x) => (x.from > x.to ? { ...x, from: x.to, to: x.from } : x))
    .sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to) || byPlan(x.a, y.a));
  const legend = PRIORITIES.map((p) => ({
    label: ctx.label(PRIORITY_LABELS, p),
    tone: PRIORITY_TONES[p],
  })).reverse();
  if (dated.length === 0)
    return {
      kind: 'gantt',
      ticks: [],
      rows: [],
      legend,
      done: ctx.s.roadmap.done,
      empty: ctx.s.roadmap.noDates,
    };
  const months = monthStarts(
    dated.reduce((m, x) => (x.from < m ? x.from : m), dated[0]!.from),
    dated.reduce((m, x) => (x.to > m ? x.to : m), dated[0]!.to),
  );
  const axisStart = dayNumber(months[0]!)!;
  const span = dayNumber(months[months.length - 1]!)! - axisStart;
  const at = (iso: string) => Math.min(1, Math.max(0, ((dayNumber(iso) ?? axisStart) - axisStart) / span));
  const rows: GanttRow[] = dated.map(({ a, from, to }) => ({
    label: `${a.ref} ${a.title}`,
    from: at(from),
    to: Math.max(at(to), at(from) + 1 / (span / 7)),
    tone: PRIORITY_TONES[a.priority],
    done: a.status === 'done',
  }));
  return {
    kind: 'gantt',
    ticks: months.slice(0, -1).map((m) => ({ label: formatMonth(m, ctx.lang), at: at(m) })),
    rows,
    legend,
    done: ctx.s.roadmap.done,
    empty: ctx.s.roadmap.noDates,
  };
}

/** The action plan as a table, most urgent first. */
export function actionTable(ctx: ReportContext): Block {
  const { s, lang } = ctx;
  const t = s.roadmap;
  return {
    kind: 'table',
    columns: [
      { header: t.ref, width: 0.8 },
      { header: t.action, width: 3.3 },
      { header: t.owner, width: 1.6 },
      { header: t.priority, width: 1.2 },
      { header: t.start, width: 1.15 },
      { header: t.due, width: 1.15 },
      { header: t.effort, width: 0.55, align: 'right' },
      { header: t.status, width: 1.3 },
    ],
    rows: [...ctx.data.actions].sort(byPlan).map((a) => [
      { text: a.ref, bold: true },
      {
        text: [a.title, a.sourceId ? `${t.sources[a.sourceKind]} ${a.sourceId}` : '', a.description.trim()]
          .filter((x) => x)
          .join('\n'),
      },
      { text: ctx.orNone(a.owner) },
      { text: ctx.label(PRIORITY_LABELS, a.priority), tone: PRIORITY_TONES[a.priority] },
      { text: formatDate(a.startDate, lang) },
      { text: formatDate(a.dueDate, lang) },
      {
        text:
          a.effortDays === null ? s.none : formatDecimal(a.effortDays, lang, a.effortDays % 1 === 0 ? 0 : 1),
      },
      { text: ctx.label(ACTION_STATUS_LABELS, a.status), tone: ACTION_STATUS_TONES[a.status] },
    ]),
    empty: t.empty,
  };
}

export function roadmap(ctx: ReportContext, number: string): Section {
  const t = ctx.s.roadmap;
  return {
    id: 'roadmap',
    number,
    title: t.title,
    blocks: [
      { kind: 'paragraph', style: 'lead', text: t.lead },
      { kind: 'heading', text: t.gantt },
      ganttBlock(ctx),
      { kind: 'heading', text: t.plan },
      actionTable(ctx),
    ],
  };
}
