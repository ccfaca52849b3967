import {
  IMPACT_LABELS,
  LIKELIHOOD_LABELS,
  RISK_BAND_LABELS,
  RISK_BANDS,
  RISK_STATUS_LABELS,
  TREATMENT_LABELS,
} from '../../catalog/vocab/risk';
import { riskBand, type Heatmap } from '../../domain/risk';
import type { ReportContext } from '../context';
import { fill } from '../format';
import type { Block, HeatmapChart, Section } from '../model';
import { BAND_TONES } from '../tones';
import { rankedRisks } from './summary';

function chart(ctx: ReportContext, title: string, map: Heatmap): HeatmapChart {
  return {
    title,
    rowLabels: map.likelihoods.map((l) => `${l} ${ctx.label(LIKELIHOOD_LABELS, l)}`),
    columnLabels: map.impacts.map((i) => `${i} ${ctx.label(IMPACT_LABELS, i)}`),
    cells: map.counts.map((row, r) =>
      row.map((count, c) => ({ count, tone: BAND_TONES[map.bands[r]?.[c] ?? 'low'] })),
    ),
    note: map.unrated > 0 ? fill(ctx.s.risks.unrated, { count: map.unrated }) : '',
  };
}

/** Inherent and residual 5×5 heatmaps with the band legend. */
export function heatmapBlock(ctx: ReportContext): Block {
  const t = ctx.s.risks;
  return {
    kind: 'heatmaps',
    maps: [chart(ctx, t.inherent, ctx.heatmaps.inherent), chart(ctx, t.residual, ctx.heatmaps.residual)],
    legend: RISK_BANDS.map((band) => ({ label: ctx.label(RISK_BAND_LABELS, band), tone: BAND_TONES[band] })),
    xAxis: t.impact,
    yAxis: t.likelihood,
  };
}

/** Heatmaps, then the register ordered by band and score. */
export function riskRegister(ctx: ReportContext, number: string): Section {
  const { data, s } = ctx;
  const t = s.risks;
  const systemName = new Map(data.aiSystems.map((a) => [a.id, a.name]));
  const rating = (l: number, i: number) => {
    const band = riskBand(l, i);
    return { text: `${ctx.label(RISK_BAND_LABELS, band)} (${l}×${i})`, tone: BAND_TONES[band] };
  };
  return {
    id: 'risks',
    number,
    title: t.title,
    blocks: [
      { kind: 'paragraph', style: 'lead', text: fill(t.lead, { count: data.risks.length }) },
      heatmapBlock(ctx),
      {
        kind: 'table',
        columns: [
          { header: t.ref, width: 0.75 },
          { header: t.risk, width: 3.1 },
          { header: t.rating, width: 1.45 },
          { header: t.treatment, width: 1.7 },
          { header: t.residualShort, width: 1.3 },
          { header: t.owner, width: 1.55 },
          { header: t.controls, width: 1.25 },
        ],
        rows: rankedRisks(ctx).map(({ risk }) => [
          { text: risk.ref, bold: true },
          {
            text: [
              risk.title,
              risk.aiSystemId ? systemName.get(risk.aiSystemId) : '',
              risk.description.trim(),
            ]
              .filter((part) => part)
              .join('\n'),
          },
          rating(risk.likelihood, risk.impact),
          {
            text: `${ctx.label(TREATMENT_LABELS, risk.treatment)}\n${ctx.label(RISK_STATUS_LABELS, risk.status)}`,
          },
          risk.residualLikelihood && risk.residualImpact
            ? rating(risk.residualLikelihood, risk.residualImpact)
            : { text: s.none },
          { text: ctx.orNone(risk.owner) },
          { text: risk.controlIds.join(', ') || s.none },
        ]),
        empty: t.empty,
      },
    ],
  };
}
