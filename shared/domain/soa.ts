/*
 * Statement of Applicability: a suggestion for each of the 38 Annex A controls, derived from the risk
 * register, the EU AI Act classifications and recorded contracts by the rule table in soaRules.ts, and a
 * completeness check of the SoA the consultant actually decided.
 *
 * Applicability of a suggestion: a risk, legal or contractual reason always makes the control applicable.
 * Best-practice reasons do so unless the gap analysis marked the control 'not-applicable' — the
 * consultant's judgement beats generic good practice but not a duty; that conflict is reported in `note`.
 */
import type { Text } from '../catalog/types';
import type { Verdict } from '../catalog/vocab/assessment';
import type { Treatment } from '../catalog/vocab/risk';
import { INCLUSION_REASONS, type InclusionReason } from '../catalog/vocab/soa';
import { assertNever } from './assertNever';
import { ANNEX_A_CONTROL_IDS, isAnnexAControlId, type AnnexAControlId } from './requirementIds';
import {
  BEST_PRACTICE_RULES,
  LEGAL_RULES,
  type BestPracticeRuleId,
  type LegalRuleId,
  type SoaRuleId,
} from './soaRules';
import { coreText, legalText, noteFor, riskText, roleBestPracticeText } from './soaTexts';

export type AiActTier = 'prohibited' | 'high-risk' | 'transparency' | 'minimal';
export type OperatorRole =
  'provider' | 'deployer' | 'importer' | 'distributor' | 'authorised-representative' | 'product-manufacturer';

export interface SoaRiskInput {
  readonly id: string;
  readonly ref?: string;
  readonly title?: string;
  readonly treatment: Treatment;
  readonly likelihood: number;
  readonly impact: number;
  readonly residualLikelihood?: number | null;
  readonly residualImpact?: number | null;
  /** Annex A controls the treatment relies on (RiskSchema.controlIds). */
  readonly controlIds: readonly string[];
}

/** The AI Act position of one AI system, e.g. from its recorded classification. */
export interface LegalDutyInput {
  /** Id of the AI system (or classification) the duty comes from. */
  readonly sourceId: string;
  readonly name?: string;
  /** null while the classification is incomplete. */
  readonly tier: AiActTier | null;
  readonly role: OperatorRole;
  /** Deployer owes a fundamental rights impact assessment (Art. 27). */
  readonly friaRequired?: boolean;
  /** The organisation provides a general-purpose AI model (Art. 53). */
  readonly gpaiModelProvider?: boolean;
}

export interface ContractualInput {
  readonly id: string;
  readonly name?: string;
  readonly controlIds: readonly string[];
}

export interface SoaInput {
  readonly risks?: readonly SoaRiskInput[];
  readonly legalDuties?: readonly LegalDutyInput[];
  readonly contracts?: readonly ContractualInput[];
  /** Gap-analysis verdicts; 'not-applicable' on a control counts against best-practice inclusion. */
  readonly assessments?: readonly { readonly itemId: string; readonly verdict: Verdict }[];
}

export interface SoaReason {
  readonly kind: InclusionReason;
  readonly ruleId: SoaRuleId;
  /** Risk id, AI system id, contract id, or for best practice the ISO 42001 clause it supports. */
  readonly sourceId: string;
  /** AI Act articles (legal) or ISO 42001 clauses (best practice); empty otherwise. */
  readonly refs: readonly string[];
  readonly text: Text;
}

export interface SoaSuggestion {
  readonly controlId: AnnexAControlId;
  readonly applicable: boolean;
  readonly reasons: readonly SoaReason[];
  readonly assessedNotApplicable: boolean;
  /** A hint for the consultant: why it is excluded, or a conflict with the gap analysis. */
  readonly note: Text | null;
}

function highRiskRule(role: OperatorRole): LegalRuleId {
  switch (role) {
    case 'provider':
    case 'product-manufacturer':
      return 'ai-act-high-risk-provider';
    case 'deployer':
      return 'ai-act-high-risk-deployer';
    case 'importer':
    case 'distributor':
    case 'authorised-representative':
      return 'ai-act-high-risk-supply-chain';
    default:
      return assertNever(role, 'operator role');
  }
}

/** Art. 4 (AI literacy) binds providers and deployers; the role also picks a best-practice rule. */
function roleRules(role: OperatorRole): { literacy: boolean; bestPractice: BestPracticeRuleId | null } {
  switch (role) {
    case 'provider':
    case 'product-manufacturer':
      return { literacy: true, bestPractice: 'provider-development' };
    case 'deployer':
      return { literacy: true, bestPractice: 'deployer-use' };
    case 'importer':
    case 'distributor':
    case 'authorised-representative':
      return { literacy: false, bestPractice: null };
    default:
      return assertNever(role, 'operator role');
  }
}

export function legalRulesFor(duty: LegalDutyInput): LegalRuleId[] {
  const rules: LegalRuleId[] = [];
  switch (duty.tier) {
    case null:
    case 'minimal':
      break;
    case 'prohibited':
      rules.push('ai-act-prohibited');
      break;
    case 'high-risk':
      rules.push(highRiskRule(duty.role));
      break;
    case 'transparency':
      rules.push('ai-act-transparency');
      break;
    default:
      return assertNever(duty.tier, 'AI Act tier');
  }
  if (duty.friaRequired) rules.push('ai-act-fria');
  if (duty.gpaiModelProvider) rules.push('ai-act-gpai');
  if (roleRules(duty.role).literacy) rules.push('ai-act-literacy');
  return rules;
}

/** Treatments that rely on controls; avoidance and retention do not. */
function treatmentUsesControls(treatment: Treatment): boolean {
  switch (treatment) {
    case 'modify':
    case 'share':
      return true;
    case 'avoid':
    case 'retain':
      return false;
    default:
      return assertNever(treatment, 'treatment');
  }
}

const KIND_ORDER = (kind: InclusionReason): number => INCLUSION_REASONS.indexOf(kind);

export function suggestSoa(input: SoaInput): SoaSuggestion[] {
  const reasons = new Map<AnnexAControlId, Map<string, SoaReason>>();
  const add = (controlId: string, reason: SoaReason): void => {
    if (!isAnnexAControlId(controlId)) return;
    const forControl = reasons.get(controlId) ?? new Map<string, SoaReason>();
    forControl.set(`${reason.ruleId}|${reason.sourceId}`, reason);
    reasons.set(controlId, forControl);
  };

  for (const risk of input.risks ?? []) {
    if (!treatmentUsesControls(risk.treatment)) continue;
    const text = riskText(risk);
    for (const id of risk.controlIds)
      add(id, { kind: 'risk', ruleId: 'risk-treatment', sourceId: risk.id, refs: [], text });
  }
  for (const duty of input.legalDuties ?? []) {
    for (const ruleId of legalRulesFor(duty)) {
      for (const d of LEGAL_RULES[ruleId]) {
        add(d.controlId, {
          kind: 'legal',
          ruleId,
          sourceId: duty.sourceId,
          refs: d.refs,
          text: legalText(duty, d),
        });
      }
    }
    const ruleId = roleRules(duty.role).bestPractice;
    if (ruleId === null) continue;
    for (const d of BEST_PRACTICE_RULES[ruleId]) {
      const text = roleBestPracticeText(duty, d);
      add(d.controlId, { kind: 'best-practice', ruleId, sourceId: duty.sourceId, refs: d.refs, text });
    }
  }
  for (const contract of input.contracts ?? []) {
    const name = contract.name || contract.id;
    const text = {
      de: `Vertragliche Anforderung „${name}“ verlangt diese Maßnahme.`,
      en: `Contractual requirement “${name}” calls for this control.`,
    };
    for (const id of contract.controlIds)
      add(id, { kind: 'contractual', ruleId: 'contract', sourceId: contract.id, refs: [], text });
  }
  for (const ruleId of ['governance-core', 'impact-assessment-core'] as const) {
    for (const d of BEST_PRACTICE_RULES[ruleId]) {
      add(d.controlId, {
        kind: 'best-practice',
        ruleId,
        sourceId: d.refs[0] ?? '',
        refs: d.refs,
        text: coreText(d),
      });
    }
  }

  const notApplicable = new Set(
    (input.assessments ?? []).filter((a) => a.verdict === 'not-applicable').map((a) => a.itemId),
  );
  return ANNEX_A_CONTROL_IDS.map((controlId) => {
    const list = [...(reasons.get(controlId)?.values() ?? [])].sort(
      (a, b) => KIND_ORDER(a.kind) - KIND_ORDER(b.kind),
    );
    const binding = list.some((r) => r.kind !== 'best-practice');
    const assessedNotApplicable = notApplicable.has(controlId);
    const applicable = binding || (list.length > 0 && !assessedNotApplicable);
    return {
      controlId,
      applicable,
      reasons: list,
      assessedNotApplicable,
      note: noteFor(applicable, binding, assessedNotApplicable),
    };
  });
}

export { soaCompleteness, type SoaCompleteness, type SoaEntryInput } from './soaCompleteness';
