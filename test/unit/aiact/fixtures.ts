import type { ClassificationAnswers } from '../../../shared/domain/classification';

/**
 * A fully answered questionnaire where nothing applies: an AI system, no Art. 5 practice, no Annex I
 * product, no Annex III point, no Art. 50 case, no GPAI model. Use cases override what applies to them.
 */
export function answered(overrides: ClassificationAnswers = {}): ClassificationAnswers {
  return {
    isAiSystem: true,
    operatorRole: 'provider',
    prohibitedPractices: [],
    annexIProduct: 'none',
    annexIIIPoints: [],
    interactsWithPersons: false,
    generatesSyntheticContent: false,
    emotionRecognitionOrBiometricCategorisation: false,
    deepFake: false,
    publicInterestText: false,
    isGpaiModel: false,
    ...overrides,
  };
}

/** An Annex III system that keeps its high-risk status: no profiling, but no Art. 6(3) condition met. */
export const NO_DEROGATION = {
  performsProfiling: false,
  noSignificantRisk: false,
  derogationConditions: [],
} as const satisfies ClassificationAnswers;
