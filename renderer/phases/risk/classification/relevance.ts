import type { AiActRegimeId } from '../../../../shared/catalog/aiact';
import {
  CLASSIFICATION_QUESTION_IDS,
  ClassificationAnswersSchema,
  classifyUseCase,
  type ClassificationAnswers,
  type ClassificationQuestionId,
} from '../../../../shared/domain/classification';

/**
 * The questions the wizard asks, in questionnaire order: an open one when the classifier needs it, an
 * answered one when the classifier would need it if it were open. The rule itself stays in
 * shared/domain/classification; this only asks it, so the wizard can never ask what the rule ignores.
 */
export function relevantQuestions(
  answers: ClassificationAnswers,
  regime: AiActRegimeId,
): ClassificationQuestionId[] {
  const needed = (given: ClassificationAnswers, question: ClassificationQuestionId) => {
    const result = classifyUseCase(given, { regime });
    return result.status === 'incomplete' && result.missing.includes(question);
  };
  return CLASSIFICATION_QUESTION_IDS.filter((question) => {
    if (answers[question] === undefined) return needed(answers, question);
    const without = { ...answers };
    delete without[question];
    return needed(without, question);
  });
}

/**
 * The answers of a stored classification, without the regime (the engagement decides that). An answer
 * the current catalogue no longer knows is dropped, so it is asked again instead of hiding the others.
 */
export function storedAnswers(raw: Record<string, unknown> | undefined): ClassificationAnswers {
  let parsed = ClassificationAnswersSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    parsed = ClassificationAnswersSchema.safeParse(
      Object.fromEntries(Object.entries(raw ?? {}).filter(([key]) => !bad.has(key))),
    );
  }
  if (!parsed.success) return {};
  const { regime: _regime, ...answers } = parsed.data;
  return answers;
}

/** Whether two sets of answers say the same, whatever the order of their keys. */
export function sameAnswers(a: ClassificationAnswers, b: ClassificationAnswers): boolean {
  return CLASSIFICATION_QUESTION_IDS.every((q) => JSON.stringify(a[q]) === JSON.stringify(b[q]));
}
