import { IMPLEMENTATION_STATUS_LABELS, INCLUSION_REASON_LABELS } from '../../catalog/vocab/soa';
import { ANNEX_A_CONTROL_IDS } from '../../domain/requirementIds';
import type { ReportContext } from '../context';
import { fill } from '../format';
import type { Block, Cell, Section } from '../model';
import { IMPLEMENTATION_TONES } from '../tones';

/** The group of an Annex A control: 'A.6.2.4' → 'A.6'. */
const domainOf = (controlId: string) => controlId.split('.').slice(0, 2).join('.');

function row(ctx: ReportContext, controlId: string, riskRefs: readonly string[]): Cell[] {
  const { s } = ctx;
  const entry = ctx.data.soa.find((e) => e.controlId === controlId);
  const decision: Cell =
    entry?.applicable === true
      ? { text: s.yes, tone: 'good' }
      : entry?.applicable === false
        ? { text: s.no, tone: 'muted' }
        : { text: s.soa.undecided, tone: 'warn' };
  const reasons =
    entry?.applicable === true
      ? entry.inclusionReasons.map((r) => ctx.label(INCLUSION_REASON_LABELS, r)).join(', ')
      : entry?.applicable === false
        ? entry.exclusionJustification.trim()
        : '';
  const reason = [reasons, entry?.notes.trim() ?? ''].filter((p) => p !== '').join('\n') || s.none;
  const status = entry?.implementationStatus ?? 'not-started';
  return [
    { text: controlId, bold: true },
    { text: ctx.itemTitle(controlId) },
    decision,
    { text: reason },
    entry?.applicable === false
      ? { text: s.none }
      : { text: ctx.label(IMPLEMENTATION_STATUS_LABELS, status), tone: IMPLEMENTATION_TONES[status] },
    { text: riskRefs.join(', ') || s.none },
  ];
}

/** All 38 Annex A controls, whether or not the workbook holds an entry for each, grouped by objective. */
export function statementOfApplicability(ctx: ReportContext, number: string): Section {
  const { s } = ctx;
  const t = s.soa;
  const state = ctx.soa;
  const risksByControl = new Map<string, string[]>();
  for (const risk of ctx.data.risks) {
    for (const id of new Set(risk.controlIds)) {
      const refs = risksByControl.get(id) ?? [];
      refs.push(risk.ref);
      risksByControl.set(id, refs);
    }
  }
  const of = (count: number) => fill(t.ofTotal, { count, total: state.total });
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'lead', text: t.lead },
    {
      kind: 'kpis',
      items: [
        {
          label: t.decided,
          value: of(state.decided),
          detail: state.complete ? t.complete : t.incomplete,
          tone: state.complete ? 'good' : 'warn',
        },
        {
          label: t.applicable,
          value: String(state.applicable),
          detail: of(state.applicable),
          tone: 'neutral',
        },
        { label: t.excluded, value: String(state.excluded), detail: of(state.excluded), tone: 'neutral' },
        {
          label: t.undecided,
          value: String(state.undecided.length),
          detail: of(state.undecided.length),
          tone: state.undecided.length > 0 ? 'warn' : 'good',
        },
      ],
    },
  ];
  for (const domain of [...new Set(ANNEX_A_CONTROL_IDS.map(domainOf))]) {
    blocks.push({ kind: 'heading', text: `${domain} ${ctx.groupTitle(domain)}` });
    blocks.push({
      kind: 'table',
      columns: [
        { header: t.control, width: 1.05 },
        { header: t.titleColumn, width: 2.6 },
        { header: t.decision, width: 1.05 },
        { header: t.reason, width: 2.5 },
        { header: t.status, width: 1.8 },
        { header: t.risks, width: 0.9 },
      ],
      rows: ANNEX_A_CONTROL_IDS.filter((id) => domainOf(id) === domain).map((id) =>
        row(ctx, id, risksByControl.get(id) ?? []),
      ),
      empty: s.none,
    });
  }
  return { id: 'soa', number, title: t.title, blocks };
}
