import { VERDICT_LABELS } from '../../catalog/vocab/assessment';
import { RISK_BAND_LABELS } from '../../catalog/vocab/risk';
import { bandRank, riskBand, riskScore } from '../../domain/risk';
import type { ReportContext } from '../context';
import { fill, formatDecimal, formatPercent } from '../format';
import type { Block, Kpi, Section, Tone } from '../model';
import { BAND_TONES, VERDICT_TONES } from '../tones';

const GAPS_SHOWN = 8;
const RISKS_SHOWN = 6;

const maturityTone = (index: number | null): Tone =>
  index === null ? 'muted' : index < 2 ? 'bad' : index < 3 ? 'warn' : 'good';

/** Risks in the order a board should read them: highest band, then highest score, then register order. */
export function rankedRisks(ctx: ReportContext) {
  return ctx.data.risks
    .map((risk, order) => ({ risk, order, band: riskBand(risk.likelihood, risk.impact) }))
    .sort(
      (a, b) =>
        bandRank(b.band) - bandRank(a.band) ||
        riskScore(b.risk.likelihood, b.risk.impact) - riskScore(a.risk.likelihood, a.risk.impact) ||
        a.order - b.order,
    );
}

function kpis(ctx: ReportContext): Kpi[] {
  const { s, scores, readiness, data, lang } = ctx;
  const t = s.summary;
  const index = scores.overall.all;
  const ranked = rankedRisks(ctx);
  const high = ranked.filter((r) => r.band === 'high' || r.band === 'critical').length;
  const open = data.actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
  const stage = (label: string, tally: { ready: boolean; met: number; total: number }): Kpi => ({
    label,
    value: tally.ready ? t.ready : t.notReady,
    detail: fill(t.rulesMet, { met: tally.met, total: tally.total }),
    tone: tally.ready ? 'good' : 'bad',
  });
  return [
    {
      label: t.maturity,
      value: index.index === null ? s.none : `${formatDecimal(index.index, lang)} / 5`,
      detail:
        index.index === null
          ? t.notAssessed
          : fill(t.maturityDetail, {
              percent: formatPercent(index.percent, lang),
              assessed: index.assessed,
              total: scores.coverage.all.applicable,
            }),
      tone: maturityTone(index.index),
    },
    stage(t.stage1, readiness.stage1),
    stage(t.stage2, readiness.stage2),
    {
      label: t.risks,
      value: String(data.risks.length),
      detail: fill(t.risksDetail, { high }),
      tone: data.risks.length === 0 ? 'muted' : high > 0 ? 'bad' : 'good',
    },
    {
      label: t.actions,
      value: String(open.length),
      detail: fill(t.actionsDetail, { critical: open.filter((a) => a.priority === 'critical').length }),
      tone: open.length === 0 ? 'muted' : 'neutral',
    },
  ];
}

function recommendation(ctx: ReportContext): string {
  const { readiness, s, data } = ctx;
  if (readiness.stage1.ready && readiness.stage2.ready) return s.summary.recommendReady;
  if (readiness.stage1.ready) return s.summary.recommendStage2;
  return fill(s.summary.recommendStage1, {
    majors: data.assessments.filter((a) => a.verdict === 'major-nc').length,
    critical: data.actions.filter(
      (a) => a.priority === 'critical' && a.status !== 'done' && a.status !== 'cancelled',
    ).length,
  });
}

/** Overall figures, largest gaps, key risks, readiness and the recommendation. */
export function managementSummary(ctx: ReportContext, number: string | null): Section {
  const { s, lang } = ctx;
  const t = s.summary;
  const f = s.findings;
  const gaps = ctx.scores.gaps.slice(0, GAPS_SHOWN);
  const risks = rankedRisks(ctx).slice(0, RISKS_SHOWN);
  const ruleStatus = { met: s.yes, 'not-met': s.no, unknown: s.open } as const;
  const ruleTone: Record<keyof typeof ruleStatus, Tone> = { met: 'good', 'not-met': 'bad', unknown: 'muted' };
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'lead',
      text: fill(t.lead, { client: ctx.data.engagement.clientName, date: ctx.date }),
    },
    { kind: 'kpis', items: kpis(ctx) },
    { kind: 'heading', text: t.gaps },
    {
      kind: 'table',
      columns: [
        { header: f.id, width: 1 },
        { header: f.requirement, width: 4 },
        { header: `${f.current} / ${f.target}`, width: 0.9, align: 'center' },
        { header: f.verdict, width: 2.6 },
      ],
      rows: gaps.map((g) => [
        { text: g.itemId, bold: true },
        { text: ctx.itemTitle(g.itemId) },
        { text: `${g.current ?? s.none} / ${g.target ?? s.none}` },
        { text: ctx.label(VERDICT_LABELS, g.verdict), tone: VERDICT_TONES[g.verdict] },
      ]),
      empty: t.noGaps,
    },
    { kind: 'heading', text: t.keyRisks },
    {
      kind: 'table',
      columns: [
        { header: s.risks.ref, width: 0.9 },
        { header: s.risks.risk, width: 4.4 },
        { header: s.risks.rating, width: 1.7 },
        { header: s.risks.owner, width: 1.8 },
      ],
      rows: risks.map(({ risk, band }) => [
        { text: risk.ref, bold: true },
        { text: risk.title },
        {
          text: `${ctx.label(RISK_BAND_LABELS, band)} (${risk.likelihood}×${risk.impact})`,
          tone: BAND_TONES[band],
        },
        { text: ctx.orNone(risk.owner) },
      ]),
      empty: t.noRisks,
    },
    { kind: 'heading', text: t.readiness },
    {
      kind: 'table',
      columns: [
        { header: t.stage, width: 0.8, align: 'center' },
        { header: t.criterion, width: 4 },
        { header: t.met, width: 0.9, align: 'center' },
        { header: t.missing, width: 3.4 },
      ],
      rows: ctx.readiness.rules.map((rule) => [
        { text: rule.stage === 'stage1' ? '1' : '2' },
        { text: rule.title[lang] },
        { text: ruleStatus[rule.status], tone: ruleTone[rule.status] },
        { text: rule.detail[lang] || s.none },
      ]),
      empty: s.none,
    },
    { kind: 'heading', text: t.recommendation },
    { kind: 'paragraph', text: recommendation(ctx) },
  ];
  return { id: 'summary', number, title: t.title, blocks };
}
