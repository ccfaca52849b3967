import { AI_ACT_DATA_VERSION, getAiActRegime } from '../../catalog/aiact';
import { MATURITY_LABELS, MATURITY_LEVELS, VERDICT_LABELS, VERDICTS } from '../../catalog/vocab/assessment';
import type { ReportContext } from '../context';
import { fill, formatDate, formatPeriod } from '../format';
import type { Section } from '../model';
import { VERDICT_TONES } from '../tones';

/** Engagement, basis of assessment (standard, catalogue, AI Act regime and dates), approach and scales. */
export function scopeAndMethod(ctx: ReportContext, number: string): Section {
  const { data, s, lang } = ctx;
  const m = s.method;
  const e = data.engagement;
  const regime = getAiActRegime(e.aiActRegime);
  const participants = new Set(data.attendees.map((a) => a.name)).size;
  return {
    id: 'method',
    number,
    title: m.title,
    blocks: [
      { kind: 'heading', text: m.engagement },
      {
        kind: 'facts',
        facts: [
          { label: m.client, value: e.clientName },
          { label: m.sector, value: ctx.orNone(e.sector) },
          { label: m.scope, value: ctx.orNone(e.scopeStatement) },
          { label: m.period, value: formatPeriod(e.startDate, e.endDate, lang) },
          {
            label: m.consultant,
            value: ctx.orNone([e.consultant, e.firm].filter((x) => x.trim()).join(', ')),
          },
        ],
      },
      { kind: 'heading', text: m.basis },
      {
        kind: 'facts',
        facts: [
          { label: m.standard, value: s.standard },
          { label: m.catalogue, value: data.catalogVersion },
          { label: m.regime, value: regime.label[lang] },
          { label: m.aiActData, value: AI_ACT_DATA_VERSION },
        ],
      },
      ...(regime.caveat
        ? [{ kind: 'paragraph' as const, style: 'note' as const, text: regime.caveat[lang] }]
        : []),
      { kind: 'heading', text: m.approach },
      {
        kind: 'paragraph',
        text: fill(m.approachText, { sessions: data.sessions.length, people: participants }),
      },
      { kind: 'heading', text: m.maturityScale },
      {
        kind: 'table',
        columns: [
          { header: m.level, width: 0.8, align: 'center' },
          { header: m.label, width: 2.2 },
          { header: m.meaning, width: 7 },
        ],
        rows: MATURITY_LEVELS.map((level) => [
          { text: String(level), bold: true },
          { text: MATURITY_LABELS[level].label[lang] },
          { text: MATURITY_LABELS[level].description?.[lang] ?? '' },
        ]),
        empty: s.none,
      },
      { kind: 'heading', text: m.verdicts },
      {
        kind: 'table',
        columns: [
          { header: m.verdict, width: 3 },
          { header: m.meaning, width: 7 },
        ],
        rows: VERDICTS.map((verdict) => [
          { text: VERDICT_LABELS[verdict].label[lang], tone: VERDICT_TONES[verdict] },
          { text: VERDICT_LABELS[verdict].description?.[lang] ?? '' },
        ]),
        empty: s.none,
      },
      { kind: 'heading', text: m.timeline },
      {
        kind: 'table',
        columns: [
          { header: m.date, width: 1.6 },
          { header: m.milestone, width: 8.4 },
        ],
        rows: regime.milestones.map((milestone) => [
          { text: formatDate(milestone.date, lang), bold: true },
          { text: milestone.label[lang] },
        ]),
        empty: s.none,
      },
    ],
  };
}
