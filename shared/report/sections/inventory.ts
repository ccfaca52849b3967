import { getAiActRegime, OPERATOR_ROLES } from '../../catalog/aiact';
import { LIFECYCLE_STAGE_LABELS } from '../../catalog/vocab/lifecycle';
import type {
  ClassificationResult,
  InScopeClassification,
  RationaleStep,
} from '../../domain/classification/result';
import type { Classification } from '../../schemas/risk';
import type { ReportContext } from '../context';
import { fill, formatDate } from '../format';
import type { Block, Section, Tone } from '../model';

const TIER_TONES: Readonly<Record<NonNullable<Classification['tier']>, Tone>> = {
  prohibited: 'critical',
  'high-risk': 'bad',
  transparency: 'warn',
  minimal: 'good',
};

/** The tier label of a recorded classification, or why there is none. */
function tierOf(ctx: ReportContext, c: Classification | undefined): { text: string; tone: Tone } {
  const t = ctx.s.inventory;
  if (!c) return { text: t.notClassified, tone: 'muted' };
  if (!c.complete) return { text: t.incomplete, tone: 'muted' };
  if (c.tier === null) return { text: t.outOfScope, tone: 'muted' };
  return { text: t.tiers[c.tier], tone: TIER_TONES[c.tier] };
}

/*
 * The stored result is the classifier's output (ClassificationResult); a record written by an older
 * version may lack parts, so each part is checked before it is read.
 */
function inScopeResult(c: Classification | undefined): InScopeClassification | null {
  const result = c?.result as Partial<ClassificationResult> | undefined;
  return result?.status === 'complete' && typeof result.tier === 'string'
    ? (result as InScopeClassification)
    : null;
}

function rationaleSteps(c: Classification | undefined): readonly RationaleStep[] {
  const steps = (c?.result as { rationale?: unknown } | undefined)?.rationale;
  return Array.isArray(steps) ? (steps as RationaleStep[]) : [];
}

function rationaleBlocks(ctx: ReportContext, c: Classification | undefined): Block[] {
  const { lang, s } = ctx;
  const steps = rationaleSteps(c);
  const blocks: Block[] = [];
  if (steps.length > 0) blocks.push({ kind: 'bullets', items: steps.map((step) => step[lang]) });
  if (c && c.rationaleNote.trim() !== '') {
    blocks.push({ kind: 'paragraph', style: 'note', text: `${s.inventory.note}: ${c.rationaleNote.trim()}` });
  }
  return blocks;
}

/** Inventory table, then per system its facts and the recorded reasoning of its classification. */
export function inventory(ctx: ReportContext, number: string): Section {
  const { data, s, lang } = ctx;
  const t = s.inventory;
  const classificationOf = new Map(data.classifications.map((c) => [c.aiSystemId, c]));
  const impactOf = new Map(data.impactAssessments.map((i) => [i.aiSystemId, i]));
  const roleName = (id: string) => OPERATOR_ROLES.find((r) => r.id === id)?.name[lang] ?? id;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      style: 'lead',
      text: fill(t.lead, { regime: getAiActRegime(data.engagement.aiActRegime).label[lang] }),
    },
    {
      kind: 'table',
      columns: [
        { header: t.system, width: 2.4 },
        { header: t.purpose, width: 3.6 },
        { header: t.role, width: 1.3 },
        { header: t.stage, width: 1.5 },
        { header: t.tier, width: 1.8 },
      ],
      rows: data.aiSystems.map((system) => [
        { text: system.name, bold: true },
        { text: ctx.orNone(system.purpose) },
        { text: roleName(system.operatorRole) },
        { text: ctx.label(LIFECYCLE_STAGE_LABELS, system.lifecycleStage) },
        tierOf(ctx, classificationOf.get(system.id)),
      ]),
      empty: t.empty,
    },
  ];
  for (const system of data.aiSystems) {
    const c = classificationOf.get(system.id);
    const result = inScopeResult(c);
    const impact = impactOf.get(system.id);
    const fria = result?.fria;
    const from = result?.applicableFrom?.tier;
    blocks.push({ kind: 'heading', text: `${t.rationale}: ${system.name}` });
    blocks.push({
      kind: 'facts',
      facts: [
        { label: t.tier, value: tierOf(ctx, c).text },
        { label: t.role, value: roleName(system.operatorRole) },
        { label: t.owner, value: ctx.orNone(system.owner) },
        { label: t.model, value: ctx.orNone(system.modelType) },
        { label: t.data, value: ctx.orNone(system.dataCategories) },
        ...(fria ? [{ label: t.fria, value: fria.required ? t.friaRequired : t.friaNotRequired }] : []),
        ...(from ? [{ label: t.applicableFrom, value: formatDate(from, lang) }] : []),
        {
          label: t.impact,
          value: impact ? fill(t.impactDone, { assessor: ctx.orNone(impact.assessor) }) : t.impactMissing,
        },
      ],
    });
    blocks.push(...rationaleBlocks(ctx, c));
  }
  return { id: 'inventory', number, title: t.title, blocks };
}
