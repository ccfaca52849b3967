import type {
  AiActRegimeId,
  AnnexIIIPointId,
  AnnexILegislationId,
  AnnexISection,
  DerogationConditionId,
  ObligationScope,
  OperatorRoleId,
  ProhibitedPracticeId,
  TransparencyCaseId,
} from '../../catalog/aiact';
import type { Text } from '../../catalog/types';
import type { ClassificationQuestionId } from './answers';

/**
 * Result of the EU AI Act classification of one AI system for one operator role.
 *
 * Shape:
 * - `incomplete`: an answer the decision needs is still open; `missing` lists the open questions in
 *   questionnaire order. No tier is guessed.
 * - `complete` with `tier: null` and `outOfScope`: not an AI system (Art. 3(1)); nothing else is evaluated.
 *   A null tier keeps the four risk tiers free of a fifth value that is no risk tier at all, and matches
 *   the stored classification record (`tier` nullable, `complete` true).
 * - `complete` with a tier: the full outcome, obligations and dates.
 */

/** The risk tiers; the same values as the `tier` of ClassificationSchema in shared/schemas/risk.ts. */
export const AI_ACT_TIER_IDS = ['prohibited', 'high-risk', 'transparency', 'minimal'] as const;
export type AiActTierId = (typeof AI_ACT_TIER_IDS)[number];

export const RATIONALE_STEP_IDS = [
  'scope',
  'role',
  'art-5',
  'art-6-1',
  'art-6-2',
  'art-6-3',
  'art-50',
  'gpai',
  'art-25',
  'art-27',
  'tier',
] as const;
export type RationaleStepId = (typeof RATIONALE_STEP_IDS)[number];

/** One reasoning step, in decision order, in both languages. */
export interface RationaleStep {
  readonly step: RationaleStepId;
  readonly de: string;
  readonly en: string;
}

export type HighRiskRoute = 'annex-i' | 'annex-iii';

/** A practice ticked under Art. 5(1). */
export interface ProhibitionFinding {
  readonly id: ProhibitedPracticeId;
  readonly ref: string;
  /** Date the prohibition applies from under the regime; null = the point is not part of the regime's text. */
  readonly appliesFrom: string | null;
  /** Only when `asOf` was given: whether the prohibition applies on that date. */
  readonly inForce?: boolean;
}

export interface AnnexIFinding {
  readonly legislation: AnnexILegislationId;
  /** Section under the chosen regime (machinery: A originally, B as amended). */
  readonly section: AnnexISection;
  readonly kind: 'product' | 'safety-component';
}

export interface ClassificationMatches {
  /** Practices prohibited under the regime, whether already applicable or applicable from a later date. */
  readonly prohibited: readonly ProhibitedPracticeId[];
  readonly annexI: AnnexIFinding | null;
  /** Annex III points the intended purpose falls under (also when the Art. 6(3) derogation relieves them). */
  readonly annexIII: readonly AnnexIIIPointId[];
  readonly transparency: readonly TransparencyCaseId[];
  /** Provisions the outcome rests on, as catalogue refs ('Art. 5(1)(f)', 'Art. 6(2)', 'Annex III 4(a)'). */
  readonly articles: readonly string[];
}

export interface DerogationOutcome {
  /** True when the system falls under Annex III and the Art. 6(3) filter had to be checked. */
  readonly considered: boolean;
  readonly applies: boolean;
  readonly conditions: readonly DerogationConditionId[];
  readonly reason: Text;
}

export interface FriaOutcome {
  readonly required: boolean;
  readonly reason: Text;
}

export interface GpaiOutcome {
  readonly isGpai: boolean;
  readonly systemicRisk: boolean;
}

export interface RoleOutcome {
  readonly answered: OperatorRoleId;
  /** Roles whose obligations apply: the answered role, plus 'provider' after an Art. 25(1) role flip. */
  readonly effective: readonly OperatorRoleId[];
  readonly becameProvider: boolean;
}

export interface ClassifiedObligation {
  readonly id: string;
  readonly scope: ObligationScope;
  readonly ref: string;
  readonly text: Text;
  readonly note?: Text;
  /** The effective roles the obligation falls on. */
  readonly roles: readonly OperatorRoleId[];
  /** Date the obligation applies from under the regime; null = no fixed date. */
  readonly appliesFrom: string | null;
  /** Only when `asOf` was given. */
  readonly inForce?: boolean;
}

export interface ApplicableFrom {
  /** When the consequences of the tier apply (minimal: the Art. 4 date). */
  readonly tier: string;
  readonly prohibited?: string;
  readonly highRisk?: string;
  readonly transparency?: string;
  readonly gpai?: string;
  readonly aiLiteracy: string;
}

interface ClassificationCommon {
  readonly regime: AiActRegimeId;
  /** Evaluation date given in the options (YYYY-MM-DD); without it no `inForce` flags are computed. */
  readonly asOf?: string;
  readonly dataVersion: string;
  readonly rationale: readonly RationaleStep[];
}

export interface IncompleteClassification extends ClassificationCommon {
  readonly status: 'incomplete';
  readonly missing: readonly ClassificationQuestionId[];
}

export interface OutOfScopeClassification extends ClassificationCommon {
  readonly status: 'complete';
  readonly tier: null;
  readonly outOfScope: { readonly reason: 'not-ai-system'; readonly ref: string; readonly text: Text };
}

export interface InScopeClassification extends ClassificationCommon {
  readonly status: 'complete';
  readonly tier: AiActTierId;
  readonly outOfScope?: undefined;
  readonly role: RoleOutcome;
  readonly highRiskRoute?: HighRiskRoute;
  readonly matched: ClassificationMatches;
  /** Every ticked Art. 5 practice, including those not part of the regime (appliesFrom null). */
  readonly prohibitions: readonly ProhibitionFinding[];
  readonly derogation: DerogationOutcome;
  readonly fria: FriaOutcome;
  readonly gpai: GpaiOutcome;
  readonly obligations: readonly ClassifiedObligation[];
  readonly applicableFrom: ApplicableFrom;
  /** Only when `asOf` was given: whether the tier's consequences apply on that date. */
  readonly tierInForce?: boolean;
}

export type CompleteClassification = OutOfScopeClassification | InScopeClassification;
export type ClassificationResult = IncompleteClassification | CompleteClassification;

export interface ClassifyOptions {
  /** Overrides the regime stored with the answers; default 'amended-2026'. */
  readonly regime?: AiActRegimeId;
  /** ISO date (YYYY-MM-DD, a longer ISO timestamp is cut to its date) to evaluate `inForce` flags on. */
  readonly asOf?: string;
}
