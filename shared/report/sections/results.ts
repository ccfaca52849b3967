import type { ReportContext } from '../context';
import { formatDecimal } from '../format';
import type { Block, LegendEntry, MaturitySeries, Section } from '../model';

/** Maturity per clause / Annex A objective: group averages from the scoring rules, as series for the charts. */
export function maturitySeries(ctx: ReportContext, kind: 'clause' | 'control'): MaturitySeries[] {
  return ctx.scores.groups
    .filter((g) => g.kind === kind)
    .map((g) => ({
      label: g.group,
      title: ctx.groupTitle(g.group),
      current: g.averageCurrent,
      target: g.averageTarget,
    }));
}

export function maturityLegend(ctx: ReportContext): LegendEntry[] {
  return [
    { label: ctx.s.results.current, tone: 'info' },
    { label: ctx.s.results.target, tone: 'neutral' },
  ];
}

/** The two radar charts side by side: clauses 4–10 and Annex A objectives. */
export function radarBlock(ctx: ReportContext): Block {
  return {
    kind: 'radar',
    charts: [
      { title: ctx.s.results.radarClauses, axes: maturitySeries(ctx, 'clause') },
      { title: ctx.s.results.radarControls, axes: maturitySeries(ctx, 'control') },
    ],
    legend: maturityLegend(ctx),
  };
}

function groupTable(ctx: ReportContext, kind: 'clause' | 'control'): Block {
  const { s, lang } = ctx;
  const r = s.results;
  return {
    kind: 'table',
    columns: [
      { header: r.group, width: 0.9 },
      { header: r.titleColumn, width: 4.6 },
      { header: r.assessed, width: 1.2, align: 'center' },
      { header: r.avgCurrent, width: 1, align: 'right' },
      { header: r.avgTarget, width: 1, align: 'right' },
      { header: r.gap, width: 1, align: 'right' },
    ],
    rows: ctx.scores.groups
      .filter((g) => g.kind === kind)
      .map((g) => [
        { text: g.group, bold: true },
        { text: ctx.groupTitle(g.group) },
        { text: `${g.assessed} / ${g.total - g.notApplicable}` },
        { text: formatDecimal(g.averageCurrent, lang) },
        { text: formatDecimal(g.averageTarget, lang) },
        { text: formatDecimal(g.gap, lang), bold: g.gap !== null && g.gap >= 2 },
      ]),
    empty: s.none,
  };
}

/** Radar and bar charts with the group figures underneath, for clauses and for Annex A. */
export function results(ctx: ReportContext, number: string): Section {
  const r = ctx.s.results;
  return {
    id: 'results',
    number,
    title: r.title,
    blocks: [
      { kind: 'paragraph', style: 'lead', text: r.lead },
      radarBlock(ctx),
      { kind: 'heading', text: r.barsClauses },
      {
        kind: 'bars',
        title: r.barsClauses,
        bars: maturitySeries(ctx, 'clause'),
        legend: maturityLegend(ctx),
      },
      groupTable(ctx, 'clause'),
      { kind: 'heading', text: r.barsControls },
      {
        kind: 'bars',
        title: r.barsControls,
        bars: maturitySeries(ctx, 'control'),
        legend: maturityLegend(ctx),
      },
      groupTable(ctx, 'control'),
    ],
  };
}
