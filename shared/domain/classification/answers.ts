import { z } from 'zod';
import {
  AI_ACT_REGIME_IDS,
  ANNEX_I_LEGISLATION_IDS,
  ANNEX_III_POINT_IDS,
  DEROGATION_CONDITION_IDS,
  OPERATOR_ROLE_IDS,
  PROHIBITED_PRACTICE_IDS,
} from '../../catalog/aiact';

/** A list answer without duplicates. An empty list is the explicit answer "none of these applies". */
const pickList = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.array(z.enum(ids)).refine((list) => new Set(list).size === list.length, { message: 'duplicate entries' });

/**
 * Answers to the EU AI Act classification questionnaire, one per AI system and role.
 * Every answer is optional: undefined means "not answered yet", never "no". For list answers an empty
 * list means "none applies" (explicitly answered).
 */
export const ClassificationAnswersSchema = z.object({
  /** Regime the answers were given under; the caller's option overrides it. */
  regime: z.enum(AI_ACT_REGIME_IDS).optional(),

  // Scope and role (Art. 3)
  isAiSystem: z.boolean().optional(),
  operatorRole: z.enum(OPERATOR_ROLE_IDS).optional(),

  // Art. 5
  prohibitedPractices: pickList(PROHIBITED_PRACTICE_IDS).optional(),

  // Art. 6(1) / Annex I
  annexIProduct: z.enum(['product', 'safety-component', 'none']).optional(),
  /** Art. 6(1a)–(1c), amended regime only: used solely for non-safety aspects and failure endangers no one. */
  annexINonSafetyUseOnly: z.boolean().optional(),
  annexILegislation: z.enum(ANNEX_I_LEGISLATION_IDS).optional(),
  annexIThirdPartyAssessment: z.boolean().optional(),

  // Art. 6(2) / Annex III
  annexIIIPoints: pickList(ANNEX_III_POINT_IDS).optional(),

  // Art. 6(3) derogation and the profiling override
  performsProfiling: z.boolean().optional(),
  noSignificantRisk: z.boolean().optional(),
  derogationConditions: pickList(DEROGATION_CONDITION_IDS).optional(),

  // Art. 50
  interactsWithPersons: z.boolean().optional(),
  generatesSyntheticContent: z.boolean().optional(),
  emotionRecognitionOrBiometricCategorisation: z.boolean().optional(),
  deepFake: z.boolean().optional(),
  publicInterestText: z.boolean().optional(),

  // GPAI (Arts. 51–55)
  isGpaiModel: z.boolean().optional(),
  gpaiComputeAbove1e25: z.boolean().optional(),
  gpaiDesignatedSystemic: z.boolean().optional(),

  // Role-specific follow-ups for the obligation pack
  /** Art. 25(1): deployer, importer or distributor rebrands, substantially modifies or repurposes the system. */
  becomesProvider: z.boolean().optional(),
  /** Art. 27(1): body governed by public law or private entity providing public services. */
  publicBodyOrPublicService: z.boolean().optional(),
});

export type ClassificationAnswers = z.infer<typeof ClassificationAnswersSchema>;

/** Question ids: every answer key except the regime. */
export const CLASSIFICATION_QUESTION_IDS = [
  'isAiSystem',
  'operatorRole',
  'prohibitedPractices',
  'annexIProduct',
  'annexINonSafetyUseOnly',
  'annexILegislation',
  'annexIThirdPartyAssessment',
  'annexIIIPoints',
  'performsProfiling',
  'noSignificantRisk',
  'derogationConditions',
  'interactsWithPersons',
  'generatesSyntheticContent',
  'emotionRecognitionOrBiometricCategorisation',
  'deepFake',
  'publicInterestText',
  'isGpaiModel',
  'gpaiComputeAbove1e25',
  'gpaiDesignatedSystemic',
  'becomesProvider',
  'publicBodyOrPublicService',
] as const satisfies readonly Exclude<keyof ClassificationAnswers, 'regime'>[];

export type ClassificationQuestionId = (typeof CLASSIFICATION_QUESTION_IDS)[number];
