import { VERDICT_LABELS } from '../../catalog/vocab/assessment';
import type { Assessment, Evidence } from '../../schemas/assessment';
import type { ReportContext } from '../context';
import type { Block, Cell, Section } from '../model';
import { VERDICT_TONES } from '../tones';

/** The finding, evidence, interviewee and notes of one requirement as labelled paragraphs of one cell. */
function findingText(ctx: ReportContext, a: Assessment | undefined, evidence: readonly Evidence[]): string {
  const f = ctx.s.findings;
  const list = (kind: Evidence['kind']) =>
    evidence
      .filter((e) => e.kind === kind)
      .map((e) => (e.reference.trim() ? `${e.title} (${e.reference})` : e.title))
      .join('; ');
  const parts = [
    a?.finding.trim() ?? '',
    list('seen') && `${f.seen}: ${list('seen')}`,
    list('requested') && `${f.requested}: ${list('requested')}`,
    a?.interviewee.trim() ? `${f.interviewee}: ${a.interviewee.trim()}` : '',
    a?.notes.trim() ? `${f.notes}: ${a.notes.trim()}` : '',
  ];
  return parts.filter((p) => p !== '').join('\n') || ctx.s.none;
}

function row(
  ctx: ReportContext,
  itemId: string,
  a: Assessment | undefined,
  evidence: readonly Evidence[],
): Cell[] {
  const verdict = a?.verdict ?? 'not-assessed';
  const level = (value: number | null | undefined) =>
    value === null || value === undefined ? ctx.s.none : String(value);
  return [
    { text: itemId, bold: true },
    { text: ctx.itemTitle(itemId) },
    { text: level(a?.maturityCurrent) },
    { text: level(a?.maturityTarget) },
    { text: ctx.label(VERDICT_LABELS, verdict), tone: VERDICT_TONES[verdict] },
    { text: findingText(ctx, a, evidence) },
  ];
}

/** Every requirement of the catalogue snapshot, grouped by clause and Annex A objective. */
export function findings(ctx: ReportContext, number: string): Section {
  const f = ctx.s.findings;
  const groups = [...new Set(ctx.data.catalog.map((item) => item.group))];
  const assessmentOf = new Map(ctx.data.assessments.map((a) => [a.itemId, a]));
  const evidenceOf = new Map<string, Evidence[]>();
  for (const e of ctx.data.evidence) evidenceOf.set(e.itemId, [...(evidenceOf.get(e.itemId) ?? []), e]);
  const blocks: Block[] = [{ kind: 'paragraph', style: 'lead', text: f.lead }];
  for (const group of groups) {
    blocks.push({ kind: 'heading', text: `${group} ${ctx.groupTitle(group)}` });
    blocks.push({
      kind: 'table',
      columns: [
        { header: f.id, width: 0.95 },
        { header: f.requirement, width: 2.4 },
        { header: f.current, width: 0.4, align: 'center' },
        { header: f.target, width: 0.4, align: 'center' },
        { header: f.verdict, width: 2 },
        { header: f.finding, width: 3.9 },
      ],
      rows: ctx.data.catalog
        .filter((item) => item.group === group)
        .map((item) => row(ctx, item.id, assessmentOf.get(item.id), evidenceOf.get(item.id) ?? [])),
      empty: ctx.s.none,
    });
  }
  return { id: 'findings', number, title: f.title, blocks };
}
