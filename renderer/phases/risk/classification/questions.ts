import {
  ANNEX_I_LEGISLATION,
  ANNEX_III_AREAS,
  ANNEX_III_POINTS,
  DEROGATION_CONDITIONS,
  DEROGATION_PRECONDITION,
  GPAI_SYSTEMIC_RISK_RULE,
  OPERATOR_ROLES,
  PROFILING_OVERRIDE,
  PROHIBITED_PRACTICES,
  SAFETY_COMPONENT_NARROWING,
  transparencyCase,
  type AiActRegimeId,
  type AnnexISection,
  type TransparencyCaseId,
} from '../../../../shared/catalog/aiact';
import type { Text } from '../../../../shared/catalog/types';
import type { ClassificationQuestionId } from '../../../../shared/domain/classification';

/**
 * How each classification question is asked. The wording of the questions is ours (messages.ts, under
 * risk.questions.<id>); options, legal explanations and refs come from the AI Act catalogue.
 */
export interface ChoiceOption {
  readonly id: string;
  /** From the catalogue; without it the label is the message risk.questions.<question>.options.<id>. */
  readonly label?: Text;
  readonly description?: Text;
  readonly ref?: string;
  /** Annex I acts: the section the act sits in under the regime (machinery moved from A to B). */
  readonly section?: AnnexISection;
}

export interface OptionGroup {
  readonly id: string;
  readonly title?: Text;
  readonly options: readonly ChoiceOption[];
}

interface Common {
  readonly id: ClassificationQuestionId;
  /** The provision the question tests. */
  readonly ref?: string;
  /** The catalogue's explanation of the rule behind the question. */
  readonly context?: Text;
}

export type QuestionDef =
  | (Common & { readonly kind: 'boolean' })
  | (Common & { readonly kind: 'choice'; readonly options: readonly ChoiceOption[] })
  | (Common & { readonly kind: 'multi'; readonly groups: readonly OptionGroup[] });

const transparency = (id: ClassificationQuestionId, caseId: TransparencyCaseId): QuestionDef => {
  const c = transparencyCase(caseId);
  return { id, kind: 'boolean', ref: c.ref, context: c.duty };
};

/** Every question, keyed by id; the regime decides the Annex I section shown beside each act. */
export function questionDefs(regime: AiActRegimeId): Readonly<Record<ClassificationQuestionId, QuestionDef>> {
  return {
    isAiSystem: { id: 'isAiSystem', kind: 'boolean', ref: 'Art. 3(1)' },
    operatorRole: {
      id: 'operatorRole',
      kind: 'choice',
      options: OPERATOR_ROLES.map((r) => ({
        id: r.id,
        label: r.name,
        description: r.definition,
        ref: r.ref,
      })),
    },
    prohibitedPractices: {
      id: 'prohibitedPractices',
      kind: 'multi',
      ref: 'Art. 5(1)',
      groups: [
        {
          id: 'art-5',
          options: PROHIBITED_PRACTICES.map((p) => ({
            id: p.id,
            label: p.title,
            description: p.description,
            ref: p.ref,
          })),
        },
      ],
    },
    annexIProduct: {
      id: 'annexIProduct',
      kind: 'choice',
      ref: 'Art. 6(1)',
      options: [{ id: 'product' }, { id: 'safety-component' }, { id: 'none' }],
    },
    annexINonSafetyUseOnly: {
      id: 'annexINonSafetyUseOnly',
      kind: 'boolean',
      ref: 'Art. 6(1a)',
      context: SAFETY_COMPONENT_NARROWING,
    },
    annexILegislation: {
      id: 'annexILegislation',
      kind: 'choice',
      ref: 'Annex I',
      options: ANNEX_I_LEGISLATION.map((l) => ({
        id: l.id,
        label: l.title,
        ref: l.act,
        section: l.section[regime],
      })),
    },
    annexIThirdPartyAssessment: { id: 'annexIThirdPartyAssessment', kind: 'boolean', ref: 'Art. 6(1)(b)' },
    annexIIIPoints: {
      id: 'annexIIIPoints',
      kind: 'multi',
      ref: 'Art. 6(2)',
      groups: ANNEX_III_AREAS.map((area) => ({
        id: area.id,
        title: area.title,
        options: ANNEX_III_POINTS.filter((p) => p.area === area.id).map((p) => ({
          id: p.id,
          label: p.description,
          ref: p.ref,
        })),
      })),
    },
    performsProfiling: {
      id: 'performsProfiling',
      kind: 'boolean',
      ref: PROFILING_OVERRIDE.ref,
      context: PROFILING_OVERRIDE.text,
    },
    noSignificantRisk: {
      id: 'noSignificantRisk',
      kind: 'boolean',
      ref: DEROGATION_PRECONDITION.ref,
      context: DEROGATION_PRECONDITION.text,
    },
    derogationConditions: {
      id: 'derogationConditions',
      kind: 'multi',
      ref: 'Art. 6(3)',
      groups: [
        {
          id: 'art-6-3',
          options: DEROGATION_CONDITIONS.map((c) => ({
            id: c.id,
            label: c.title,
            description: c.description,
            ref: c.ref,
          })),
        },
      ],
    },
    interactsWithPersons: transparency('interactsWithPersons', 'interaction'),
    generatesSyntheticContent: transparency('generatesSyntheticContent', 'synthetic-content'),
    emotionRecognitionOrBiometricCategorisation: transparency(
      'emotionRecognitionOrBiometricCategorisation',
      'emotion-or-biometric-categorisation',
    ),
    deepFake: transparency('deepFake', 'deep-fake'),
    publicInterestText: transparency('publicInterestText', 'public-interest-text'),
    isGpaiModel: { id: 'isGpaiModel', kind: 'boolean', ref: 'Art. 3(63)' },
    gpaiComputeAbove1e25: {
      id: 'gpaiComputeAbove1e25',
      kind: 'boolean',
      ref: 'Art. 51(2)',
      context: GPAI_SYSTEMIC_RISK_RULE.text,
    },
    gpaiDesignatedSystemic: { id: 'gpaiDesignatedSystemic', kind: 'boolean', ref: 'Art. 51(1)(b)' },
    becomesProvider: { id: 'becomesProvider', kind: 'boolean', ref: 'Art. 25(1)' },
    publicBodyOrPublicService: { id: 'publicBodyOrPublicService', kind: 'boolean', ref: 'Art. 27(1)' },
  };
}
