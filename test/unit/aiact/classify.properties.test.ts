import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AI_ACT_REGIME_IDS,
  ANNEX_I_LEGISLATION_IDS,
  ANNEX_III_POINT_IDS,
  DEFAULT_AI_ACT_REGIME,
  DEROGATION_CONDITION_IDS,
  OPERATOR_ROLE_IDS,
  PROHIBITED_PRACTICE_IDS,
  prohibitedPractice,
} from '../../../shared/catalog/aiact';
import type { ProhibitedPracticeId } from '../../../shared/catalog/aiact';
import {
  CLASSIFICATION_QUESTION_IDS,
  classifyUseCase,
  ClassificationAnswersSchema,
  RATIONALE_STEP_IDS,
} from '../../../shared/domain/classification';
import type {
  ClassificationAnswers,
  ClassificationQuestionId,
  ClassificationResult,
  ClassifyOptions,
} from '../../../shared/domain/classification';

/** Lists biased towards "none" and short picks, so that every branch of the tree is reached often. */
const pick = <T>(ids: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constant([] as T[]), weight: 2 },
    { arbitrary: fc.subarray([...ids], { maxLength: 3 }), weight: 1 },
  );

/** A "yes" that is the exception, so that "nothing applies" outcomes (minimal risk) come up often. */
const rarely = fc.oneof(
  { arbitrary: fc.constant(false), weight: 3 },
  { arbitrary: fc.constant(true), weight: 1 },
);

const fields = {
  regime: fc.constantFrom(...AI_ACT_REGIME_IDS),
  isAiSystem: fc.boolean(),
  operatorRole: fc.constantFrom(...OPERATOR_ROLE_IDS),
  prohibitedPractices: fc.oneof(
    { arbitrary: fc.constant<ProhibitedPracticeId[]>([]), weight: 4 },
    { arbitrary: fc.subarray([...PROHIBITED_PRACTICE_IDS], { maxLength: 2 }), weight: 1 },
  ),
  annexIProduct: fc.constantFrom('product' as const, 'safety-component' as const, 'none' as const),
  annexINonSafetyUseOnly: fc.boolean(),
  annexILegislation: fc.constantFrom(...ANNEX_I_LEGISLATION_IDS),
  annexIThirdPartyAssessment: fc.boolean(),
  annexIIIPoints: pick(ANNEX_III_POINT_IDS),
  performsProfiling: fc.boolean(),
  noSignificantRisk: fc.boolean(),
  derogationConditions: pick(DEROGATION_CONDITION_IDS),
  interactsWithPersons: rarely,
  generatesSyntheticContent: rarely,
  emotionRecognitionOrBiometricCategorisation: rarely,
  deepFake: rarely,
  publicInterestText: rarely,
  isGpaiModel: fc.boolean(),
  gpaiComputeAbove1e25: fc.boolean(),
  gpaiDesignatedSystemic: fc.boolean(),
  becomesProvider: fc.boolean(),
  publicBodyOrPublicService: fc.boolean(),
};

/** Any schema-valid answers: every key may be unanswered. */
const partialAnswers = fc.record(fields, { requiredKeys: [] }).map((a): ClassificationAnswers => a);
/** A questionnaire with every question answered. */
const fullAnswers = fc.record(fields).map((a): ClassificationAnswers => a);
/** Schema-valid answers, half of them nearly complete (a few answers left open) so complete results are common. */
const anyAnswers: fc.Arbitrary<ClassificationAnswers> = fc.oneof(
  partialAnswers,
  fc
    .tuple(fullAnswers, fc.subarray([...CLASSIFICATION_QUESTION_IDS], { maxLength: 3 }))
    .map(([full, open]) => {
      const answers: ClassificationAnswers = { ...full };
      for (const q of open) delete answers[q];
      return answers;
    }),
);

const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const options: fc.Arbitrary<ClassifyOptions> = fc.record(
  { regime: fc.constantFrom(...AI_ACT_REGIME_IDS), asOf: isoDate },
  { requiredKeys: [] },
);

/** What a complete result decides, without its wording. */
const outcome = (r: ClassificationResult) =>
  r.status === 'complete' && r.tier !== null
    ? {
        tier: r.tier,
        route: r.highRiskRoute,
        matched: r.matched,
        prohibitions: r.prohibitions.map(({ id, appliesFrom }) => ({ id, appliesFrom })),
        derogation: { considered: r.derogation.considered, applies: r.derogation.applies },
        fria: r.fria.required,
        gpai: r.gpai,
        role: r.role,
        obligations: r.obligations.map((o) => o.id),
        applicableFrom: r.applicableFrom,
      }
    : { status: r.status, tier: r.status === 'complete' ? r.tier : undefined };

const RUNS = { numRuns: 400 };

describe('classifyUseCase properties', () => {
  it('the generators reach every outcome', () => {
    const seen = new Set<string>();
    for (const [answers, opts] of fc.sample(fc.tuple(anyAnswers, options), { numRuns: 3000, seed: 42 })) {
      const r = classifyUseCase(answers, opts);
      seen.add(r.status === 'complete' ? String(r.tier) : r.status);
    }
    expect([...seen].sort()).toEqual([
      'high-risk',
      'incomplete',
      'minimal',
      'null',
      'prohibited',
      'transparency',
    ]);
  });

  it('(a) never throws for schema-valid answers, and the result survives JSON storage', () => {
    fc.assert(
      fc.property(anyAnswers, options, (answers, opts) => {
        expect(ClassificationAnswersSchema.safeParse(answers).success).toBe(true);
        const r = classifyUseCase(answers, opts);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        expect(r.regime).toBe(opts.regime ?? answers.regime ?? DEFAULT_AI_ACT_REGIME);
      }),
      RUNS,
    );
  });

  it('(b) a fully answered questionnaire is always complete', () => {
    fc.assert(
      fc.property(fullAnswers, options, (answers, opts) => {
        expect(classifyUseCase(answers, opts).status).toBe('complete');
      }),
      RUNS,
    );
  });

  it('(b) missing lists only unanswered questions, in questionnaire order', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const r = classifyUseCase(answers);
        if (r.status !== 'incomplete') return;
        expect(r.missing.length).toBeGreaterThan(0);
        for (const q of r.missing) expect(answers[q]).toBeUndefined();
        const order = r.missing.map((q) => CLASSIFICATION_QUESTION_IDS.indexOf(q));
        expect(order).toEqual([...order].sort((x, y) => x - y));
      }),
      RUNS,
    );
  });

  it('(b) removing a needed answer yields incomplete with that question missing; an unneeded one changes nothing', () => {
    let inScope = 0;
    fc.assert(
      fc.property(anyAnswers, options, (answers, opts) => {
        const r = classifyUseCase(answers, opts);
        if (r.status !== 'complete') return;
        if (r.tier !== null) inScope += 1;
        const answeredIds = CLASSIFICATION_QUESTION_IDS.filter((q) => answers[q] !== undefined);
        for (const q of answeredIds) {
          const reduced: ClassificationAnswers = { ...answers };
          delete reduced[q as ClassificationQuestionId];
          const r2 = classifyUseCase(reduced, opts);
          if (r2.status === 'incomplete') expect(r2.missing).toContain(q);
          else expect(outcome(r2)).toEqual(outcome(r));
        }
      }),
      RUNS,
    );
    // About 15 % of the samples are complete in-scope results; make sure the property really ran on them.
    expect(inScope).toBeGreaterThan(15);
  });

  it('(c) adding a prohibited practice of the regime to complete answers always yields prohibited', () => {
    fc.assert(
      fc.property(
        fullAnswers,
        options,
        fc.constantFrom(...PROHIBITED_PRACTICE_IDS),
        (answers, opts, practice) => {
          const regime = opts.regime ?? answers.regime ?? DEFAULT_AI_ACT_REGIME;
          const inRegime = prohibitedPractice(practice).appliesFrom[regime] !== null;
          // Art. 5 applies to AI systems only: the out-of-scope outcome stays as it is.
          const inScope = { ...answers, isAiSystem: true };
          const before = classifyUseCase(inScope, opts);
          const added = [...new Set([...(inScope.prohibitedPractices ?? []), practice])];
          const after = classifyUseCase({ ...inScope, prohibitedPractices: added }, opts);
          expect(before.status).toBe('complete');
          expect(after.status).toBe('complete');
          if (inRegime) expect(after.status === 'complete' && after.tier).toBe('prohibited');
        },
      ),
      RUNS,
    );
  });

  it('(d) every rationale step has non-empty German and English text', () => {
    fc.assert(
      fc.property(anyAnswers, options, (answers, opts) => {
        const r = classifyUseCase(answers, opts);
        for (const s of r.rationale) {
          expect(RATIONALE_STEP_IDS).toContain(s.step);
          expect(s.de.trim()).not.toBe('');
          expect(s.en.trim()).not.toBe('');
          expect(`${s.de} ${s.en}`).not.toMatch(/undefined|NaN|\[object/);
        }
        if (r.status === 'complete') expect(r.rationale.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('asOf never changes the tier, only the inForce flags', () => {
    fc.assert(
      fc.property(anyAnswers, isoDate, (answers, asOf) => {
        const plain = classifyUseCase(answers);
        const dated = classifyUseCase(answers, { asOf });
        expect(outcome(dated)).toEqual(outcome(plain));
        if (dated.status === 'complete' && dated.tier !== null) {
          expect(dated.tierInForce).toBe(dated.applicableFrom.tier <= asOf);
          for (const o of dated.obligations) {
            expect(o.inForce).toBe(o.appliesFrom === null ? undefined : o.appliesFrom <= asOf);
          }
        }
      }),
      RUNS,
    );
  });
});
