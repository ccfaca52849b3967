import { describe, expect, it } from 'vitest';
import { aiActArticle } from '../../../shared/catalog/aiact';
import { classifyUseCase } from '../../../shared/domain/classification';
import type {
  AiActTierId,
  ClassificationAnswers,
  ClassifyOptions,
  HighRiskRoute,
  InScopeClassification,
} from '../../../shared/domain/classification';
import { answered, NO_DEROGATION } from './fixtures';

/** One documented use case: the answers a consultant would give and what the law says about them. */
interface UseCase {
  readonly name: string;
  readonly answers: ClassificationAnswers;
  readonly options?: ClassifyOptions;
  readonly tier: AiActTierId;
  readonly route?: HighRiskRoute;
  /** Provisions that must be among matched.articles. */
  readonly articles: readonly string[];
  readonly notArticles?: readonly string[];
  /** Refs of obligations that must / must not be in the role's list. */
  readonly obligations?: readonly string[];
  readonly notObligations?: readonly string[];
  readonly check?: (r: InScopeClassification) => void;
}

const USE_CASES: readonly UseCase[] = [
  // Art. 6(2) + Annex III 4(a): filtering applications and ranking candidates profiles the applicants.
  {
    name: 'CV screening and candidate ranking',
    answers: answered({ annexIIIPoints: ['4(a)'], performsProfiling: true }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Art. 6(2)', 'Annex III 4(a)', 'Art. 6(3)'],
    obligations: ['Art. 9', 'Art. 10', 'Art. 17', 'Art. 43', 'Art. 49(1)', 'Art. 4'],
    check: (r) => {
      expect(r.derogation).toMatchObject({ considered: true, applies: false });
      expect(r.applicableFrom.highRisk).toBe('2027-12-02');
    },
  },
  // Annex III 5(b): credit scoring of natural persons; Art. 27(1) makes every deployer of 5(b) do a FRIA.
  {
    name: 'credit scoring by a private bank (deployer)',
    answers: answered({
      operatorRole: 'deployer',
      becomesProvider: false,
      annexIIIPoints: ['5(b)'],
      performsProfiling: true,
      publicBodyOrPublicService: false,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 5(b)', 'Art. 27'],
    obligations: ['Art. 26(1)', 'Art. 26(11)', 'Art. 27', 'Art. 4'],
    notObligations: ['Art. 9', 'Art. 26(8)'],
    check: (r) => expect(r.fria.required).toBe(true),
  },
  // Annex III 3(d): monitoring and detecting prohibited behaviour of students during tests.
  {
    name: 'online exam proctoring',
    answers: answered({ annexIIIPoints: ['3(d)'], ...NO_DEROGATION }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 3(d)'],
  },
  // Art. 5(1)(f): inferring emotions of employees at the workplace (no medical or safety reason).
  {
    name: 'emotion recognition of call-centre staff',
    answers: answered({ operatorRole: 'deployer', prohibitedPractices: ['f'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(f)'],
    obligations: ['Art. 5(1)(f)', 'Art. 99(3)', 'Art. 4'],
    check: (r) => expect(r.applicableFrom.tier).toBe('2025-02-02'),
  },
  // Art. 5(1)(c): social scoring leading to detrimental treatment in unrelated contexts.
  {
    name: 'municipal social scoring of residents',
    answers: answered({ prohibitedPractices: ['c'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(c)'],
  },
  // Art. 5(1)(e): building a face database by untargeted scraping of the internet.
  {
    name: 'untargeted facial image scraping',
    answers: answered({ prohibitedPractices: ['e'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(e)'],
  },
  // Art. 5(1)(h): real-time remote biometric identification in public spaces for law enforcement.
  {
    name: 'real-time remote biometric identification by the police',
    answers: answered({ operatorRole: 'deployer', prohibitedPractices: ['h'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(h)'],
  },
  // Art. 50(1): a provider designs a customer-service chatbot so people know they talk to an AI.
  {
    name: 'customer service chatbot',
    answers: answered({ interactsWithPersons: true }),
    tier: 'transparency',
    articles: ['Art. 50(1)'],
    obligations: ['Art. 50(1)', 'Art. 4'],
    check: (r) => expect(r.applicableFrom.transparency).toBe('2026-08-02'),
  },
  // Art. 50(4): a deployer publishing deep fakes must disclose them; 50(2) marking is the provider's.
  {
    name: 'deepfake video generation by a marketing agency (deployer)',
    answers: answered({ operatorRole: 'deployer', generatesSyntheticContent: true, deepFake: true }),
    tier: 'transparency',
    articles: ['Art. 50(2)', 'Art. 50(4)'],
    obligations: ['Art. 50(4)'],
    notObligations: ['Art. 50(2)'],
  },
  // Nothing in Art. 5, 6 or 50 applies: minimal risk, only Art. 4 AI literacy.
  {
    name: 'e-mail spam filter',
    answers: answered(),
    tier: 'minimal',
    articles: [],
    check: (r) => expect(r.obligations.map((o) => o.ref)).toEqual(['Art. 4']),
  },
  // Art. 6(3)(d): translating application files is a preparatory task → not high-risk, but Art. 6(4) file
  // and Art. 49(2) registration for the provider.
  {
    name: 'translating application files for HR (preparatory task)',
    answers: answered({
      annexIIIPoints: ['4(a)'],
      performsProfiling: false,
      noSignificantRisk: true,
      derogationConditions: ['d'],
    }),
    tier: 'minimal',
    articles: ['Annex III 4(a)', 'Art. 6(3)', 'Art. 6(3)(d)', 'Art. 6(4)', 'Art. 49(2)'],
    obligations: ['Art. 6(4)', 'Art. 49(2)'],
    notObligations: ['Art. 9'],
    check: (r) => {
      expect(r.highRiskRoute).toBeUndefined();
      expect(r.derogation).toMatchObject({ considered: true, applies: true, conditions: ['d'] });
    },
  },
  // Art. 6(3) third subparagraph: profiling of natural persons always stays high-risk.
  {
    name: 'preparatory task that profiles applicants (override)',
    answers: answered({
      annexIIIPoints: ['4(a)'],
      performsProfiling: true,
      noSignificantRisk: true,
      derogationConditions: ['d'],
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 4(a)', 'Art. 6(3)'],
    notArticles: ['Art. 6(3)(d)'],
    check: (r) => expect(r.derogation).toMatchObject({ considered: true, applies: false }),
  },
  // Art. 6(1) + Annex I: machinery moved to Section B by Reg. (EU) 2026/1744; Art. 2(2) only; 2 Aug 2028.
  {
    name: 'safety component of a machine (amended: Section B)',
    answers: answered({
      annexIProduct: 'safety-component',
      annexINonSafetyUseOnly: false,
      annexILegislation: 'machinery',
      annexIThirdPartyAssessment: true,
    }),
    tier: 'high-risk',
    route: 'annex-i',
    articles: ['Art. 6(1)', 'Annex I', 'Art. 2(2)'],
    obligations: ['Art. 2(2)'],
    notObligations: ['Art. 9', 'Art. 43'],
    check: (r) => {
      expect(r.matched.annexI).toEqual({ legislation: 'machinery', section: 'B', kind: 'safety-component' });
      expect(r.applicableFrom.highRisk).toBe('2028-08-02');
    },
  },
  // Original 2024 text: machinery in Annex I Section A, full Chapter III pack from 2 Aug 2027.
  {
    name: 'safety component of a machine (original: Section A)',
    answers: answered({
      annexIProduct: 'safety-component',
      annexILegislation: 'machinery',
      annexIThirdPartyAssessment: true,
    }),
    options: { regime: 'original-2024' },
    tier: 'high-risk',
    route: 'annex-i',
    articles: ['Art. 6(1)', 'Annex I'],
    notArticles: ['Art. 2(2)'],
    obligations: ['Art. 9', 'Art. 43'],
    check: (r) => {
      expect(r.matched.annexI?.section).toBe('A');
      expect(r.applicableFrom.highRisk).toBe('2027-08-02');
      expect(r.obligations.find((o) => o.ref === 'Art. 9')?.appliesFrom).toBe('2027-08-02');
    },
  },
  // Art. 6(1a)–(1c) as amended: a component used only for convenience is no safety component.
  {
    name: 'machine comfort feature, non-safety use only (amended)',
    answers: answered({ annexIProduct: 'safety-component', annexINonSafetyUseOnly: true }),
    tier: 'minimal',
    articles: [],
    notArticles: ['Art. 6(1)'],
  },
  // Art. 6(1) + Annex I Section A (MDR 2017/745): AI software that is itself a class IIa+ medical device.
  {
    name: 'diagnostic software as a medical device with notified body',
    answers: answered({
      annexIProduct: 'product',
      annexILegislation: 'medical-devices',
      annexIThirdPartyAssessment: true,
    }),
    tier: 'high-risk',
    route: 'annex-i',
    articles: ['Art. 6(1)', 'Annex I'],
    obligations: ['Art. 9', 'Art. 43', 'Art. 73'],
    notObligations: ['Art. 49(1)'],
    check: (r) => expect(r.obligations.find((o) => o.ref === 'Art. 9')?.appliesFrom).toBe('2028-08-02'),
  },
  // Art. 6(1)(b) not met: a product without third-party conformity assessment is not high-risk via Annex I.
  {
    name: 'toy with self-assessed AI feature (no third party)',
    answers: answered({ annexIProduct: 'product', annexIThirdPartyAssessment: false }),
    tier: 'minimal',
    articles: [],
  },
  // Annex III 5(c): risk assessment and pricing in life and health insurance; FRIA for every deployer.
  {
    name: 'life insurance pricing',
    answers: answered({
      operatorRole: 'deployer',
      becomesProvider: false,
      annexIIIPoints: ['5(c)'],
      performsProfiling: true,
      publicBodyOrPublicService: false,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 5(c)', 'Art. 27'],
    obligations: ['Art. 27'],
  },
  // Annex III 5(d): evaluating and classifying emergency calls, dispatch and triage.
  {
    name: 'emergency call triage',
    answers: answered({ annexIIIPoints: ['5(d)'], ...NO_DEROGATION }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 5(d)'],
  },
  // Annex III 7(b): risk assessment of persons entering the EU; public deployer → FRIA, Art. 26(8).
  {
    name: 'migration risk assessment at the border',
    answers: answered({
      operatorRole: 'deployer',
      becomesProvider: false,
      annexIIIPoints: ['7(b)'],
      performsProfiling: true,
      publicBodyOrPublicService: true,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 7(b)', 'Art. 27'],
    obligations: ['Art. 26(8)', 'Art. 27'],
  },
  // Annex III 8(a): assisting judicial authorities in researching and interpreting facts and the law.
  {
    name: 'judicial research assistant',
    answers: answered({ annexIIIPoints: ['8(a)'], ...NO_DEROGATION }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 8(a)'],
  },
  // Annex III 8(b): influencing the outcome of elections or voting behaviour; chat interface → 50(1) too.
  {
    name: 'voter micro-targeting and persuasion',
    answers: answered({ annexIIIPoints: ['8(b)'], performsProfiling: true, interactsWithPersons: true }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 8(b)', 'Art. 50(1)'],
    obligations: ['Art. 9', 'Art. 50(1)'],
  },
  // Annex III 2: safety component of the electricity grid; Art. 27(1) excepts area 2 from the FRIA.
  {
    name: 'grid load control at a municipal utility (deployer)',
    answers: answered({
      operatorRole: 'deployer',
      becomesProvider: false,
      annexIIIPoints: ['2'],
      ...NO_DEROGATION,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 2'],
    notArticles: ['Art. 27'],
    obligations: ['Art. 26(1)'],
    notObligations: ['Art. 27', 'Art. 26(8)'],
    check: (r) => expect(r.fria.required).toBe(false),
  },
  // Annex III 4(a): targeted job advertisements are part of recruitment.
  {
    name: 'targeting job ads to candidates',
    answers: answered({ annexIIIPoints: ['4(a)'], performsProfiling: true }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 4(a)'],
  },
  // Annex III 4(b): task allocation and performance monitoring of workers; Art. 26(7) informs workers.
  {
    name: 'warehouse worker monitoring and task allocation (employer)',
    answers: answered({
      operatorRole: 'deployer',
      becomesProvider: false,
      annexIIIPoints: ['4(b)'],
      performsProfiling: true,
      publicBodyOrPublicService: false,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 4(b)'],
    obligations: ['Art. 26(7)', 'Art. 26(2)'],
    notObligations: ['Art. 27'],
  },
  // Art. 5(1)(d): predicting crime solely from profiling or personality traits.
  {
    name: 'predictive policing based on profiling',
    answers: answered({ operatorRole: 'deployer', prohibitedPractices: ['d'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(d)'],
  },
  // Art. 5(1)(g): biometric categorisation inferring sexual orientation or religion.
  {
    name: 'biometric categorisation inferring sensitive traits',
    answers: answered({ prohibitedPractices: ['g'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(g)'],
  },
  // Art. 5(1)(a): subliminal techniques materially distorting behaviour with significant harm.
  {
    name: 'subliminal manipulation in a game',
    answers: answered({ prohibitedPractices: ['a'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(a)'],
  },
  // Art. 5(1)(b): exploiting vulnerabilities due to age or economic situation.
  {
    name: 'loan app exploiting financial distress',
    answers: answered({ prohibitedPractices: ['b'] }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(b)'],
  },
  // Arts. 51–55: a GPAI model above 10^25 FLOP is presumed to carry systemic risk; chat front end → 50(1)/(2).
  {
    name: 'frontier GPAI model with systemic risk',
    answers: answered({
      isGpaiModel: true,
      gpaiComputeAbove1e25: true,
      interactsWithPersons: true,
      generatesSyntheticContent: true,
    }),
    tier: 'transparency',
    articles: ['Art. 53', 'Art. 55', 'Art. 51'],
    obligations: ['Art. 53(1)(a)', 'Art. 52(1)', 'Art. 55(1)(a)', 'Art. 50(2)'],
    check: (r) => {
      expect(r.gpai).toEqual({ isGpai: true, systemicRisk: true });
      expect(r.applicableFrom.gpai).toBe('2025-08-02');
    },
  },
  // Art. 53 only: a GPAI model below the threshold and not designated has no Art. 55 duties.
  {
    name: 'GPAI model below the systemic-risk threshold',
    answers: answered({ isGpaiModel: true, gpaiComputeAbove1e25: false, gpaiDesignatedSystemic: false }),
    tier: 'minimal',
    articles: ['Art. 53'],
    notArticles: ['Art. 55'],
    obligations: ['Art. 53(1)(c)', 'Art. 53(1)(d)'],
    notObligations: ['Art. 55(1)(a)', 'Art. 52(1)'],
    check: (r) => expect(r.gpai).toEqual({ isGpai: true, systemicRisk: false }),
  },
  // Art. 51(1)(b): designation by the Commission makes the compute question unnecessary.
  {
    name: 'GPAI model designated by the Commission',
    answers: answered({ isGpaiModel: true, gpaiDesignatedSystemic: true }),
    tier: 'minimal',
    articles: ['Art. 55'],
    check: (r) => expect(r.gpai.systemicRisk).toBe(true),
  },
  // Annex III 5(a): public benefits eligibility run by a public authority → FRIA and Art. 26(8).
  {
    name: 'benefit eligibility check by a public authority (deployer)',
    answers: answered({
      operatorRole: 'deployer',
      becomesProvider: false,
      annexIIIPoints: ['5(a)'],
      ...NO_DEROGATION,
      publicBodyOrPublicService: true,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 5(a)', 'Art. 27'],
    obligations: ['Art. 27', 'Art. 26(8)', 'Art. 26(11)'],
    check: (r) => expect(r.fria.required).toBe(true),
  },
  // Art. 25(1)(a): a distributor that puts its own brand on a high-risk system becomes its provider.
  {
    name: 'distributor rebranding a recruitment tool',
    answers: answered({
      operatorRole: 'distributor',
      annexIIIPoints: ['4(a)'],
      performsProfiling: true,
      becomesProvider: true,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Art. 25(1)'],
    obligations: ['Art. 24', 'Art. 25(1)', 'Art. 9', 'Art. 16', 'Art. 43'],
    check: (r) =>
      expect(r.role).toEqual({
        answered: 'distributor',
        effective: ['distributor', 'provider'],
        becameProvider: true,
      }),
  },
  // Art. 24 only: a distributor that does not rebrand keeps its own duties.
  {
    name: 'distributor reselling a recruitment tool unchanged',
    answers: answered({
      operatorRole: 'distributor',
      annexIIIPoints: ['4(a)'],
      performsProfiling: true,
      becomesProvider: false,
    }),
    tier: 'high-risk',
    route: 'annex-iii',
    articles: ['Annex III 4(a)'],
    obligations: ['Art. 24'],
    notObligations: ['Art. 9', 'Art. 4'],
  },
  // Art. 5(1)(ba) as amended: nudifier apps are prohibited from 2 Dec 2026.
  {
    name: 'nudifier app (amended, no asOf)',
    answers: answered({ prohibitedPractices: ['ba'], generatesSyntheticContent: true }),
    tier: 'prohibited',
    articles: ['Art. 5(1)(ba)'],
    check: (r) => {
      expect(r.applicableFrom.tier).toBe('2026-12-02');
      expect(r.tierInForce).toBeUndefined();
    },
  },
  // Art. 5(1)(ba) before 2 Dec 2026: still "prohibited", but reported as prohibited from that date.
  {
    name: 'nudifier app (amended, asOf before 2 Dec 2026)',
    answers: answered({ prohibitedPractices: ['ba'] }),
    options: { asOf: '2026-10-01' },
    tier: 'prohibited',
    articles: ['Art. 5(1)(ba)'],
    check: (r) => {
      expect(r.tierInForce).toBe(false);
      expect(r.prohibitions).toEqual([
        { id: 'ba', ref: 'Art. 5(1)(ba)', appliesFrom: '2026-12-02', inForce: false },
      ]);
      expect(r.obligations.find((o) => o.ref === 'Art. 5(1)(ba)')).toMatchObject({ inForce: false });
      expect(r.rationale.some((s) => s.en.includes('prohibited from 2 Dec 2026'))).toBe(true);
      expect(r.rationale.some((s) => s.de.includes('ab dem 2. Dezember 2026'))).toBe(true);
    },
  },
  // Art. 5(1)(bb) on and after 2 Dec 2026: in force.
  {
    name: 'CSAM generation (amended, asOf 2 Dec 2026)',
    answers: answered({ prohibitedPractices: ['bb'] }),
    options: { asOf: '2026-12-02T09:00:00Z' },
    tier: 'prohibited',
    articles: ['Art. 5(1)(bb)'],
    check: (r) => {
      expect(r.asOf).toBe('2026-12-02');
      expect(r.tierInForce).toBe(true);
      expect(r.prohibitions[0]?.inForce).toBe(true);
    },
  },
  // Original 2024 text has no point (ba): not prohibited there, classification continues with Art. 6 and 50.
  {
    name: 'nudifier app (original 2024 text)',
    answers: answered({
      operatorRole: 'deployer',
      prohibitedPractices: ['ba'],
      generatesSyntheticContent: true,
      deepFake: true,
    }),
    options: { regime: 'original-2024' },
    tier: 'transparency',
    articles: ['Art. 50(4)'],
    notArticles: ['Art. 5(1)(ba)'],
    check: (r) => {
      expect(r.matched.prohibited).toEqual([]);
      expect(r.prohibitions).toEqual([{ id: 'ba', ref: 'Art. 5(1)(ba)', appliesFrom: null }]);
      expect(r.rationale.some((s) => s.step === 'art-5' && s.en.includes('2 Dec 2026'))).toBe(true);
    },
  },
  // The regime stored with the answers applies unless the caller overrides it.
  {
    name: 'CSAM generation with answers stored under the original text',
    answers: answered({ regime: 'original-2024', prohibitedPractices: ['bb'] }),
    tier: 'minimal',
    articles: [],
    check: (r) => expect(r.regime).toBe('original-2024'),
  },
  // An older in-force practice with a pending one: the tier applies from the earlier date.
  {
    name: 'manipulative deepfake app with (a) and (ba)',
    answers: answered({ prohibitedPractices: ['a', 'ba'] }),
    options: { asOf: '2026-09-01' },
    tier: 'prohibited',
    articles: ['Art. 5(1)(a)', 'Art. 5(1)(ba)'],
    check: (r) => {
      expect(r.applicableFrom.tier).toBe('2025-02-02');
      expect(r.tierInForce).toBe(true);
    },
  },
];

describe('classifyUseCase: documented use cases', () => {
  it('has at least 32 use cases', () => expect(USE_CASES.length).toBeGreaterThanOrEqual(32));

  it.each(USE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = classifyUseCase(c.answers, c.options);
    if (r.status !== 'complete' || r.tier === null)
      throw new Error(`expected a tier, got ${JSON.stringify(r)}`);
    expect(r.tier).toBe(c.tier);
    expect(r.highRiskRoute).toBe(c.route);
    for (const a of c.articles) expect(r.matched.articles).toContain(a);
    for (const a of c.notArticles ?? []) expect(r.matched.articles).not.toContain(a);
    const refs = r.obligations.map((o) => o.ref);
    for (const o of c.obligations ?? []) expect(refs).toContain(o);
    for (const o of c.notObligations ?? []) expect(refs).not.toContain(o);
    for (const a of r.matched.articles) expect(aiActArticle(a), a).toBeDefined();
    for (const o of r.obligations) expect(aiActArticle(o.ref), o.ref).toBeDefined();
    c.check?.(r);
  });
});

describe('classifyUseCase: out of scope and incomplete', () => {
  // Art. 3(1): a rule-based system is no AI system; the Act does not apply and nothing else is asked.
  it('not an AI system → complete, tier null, outOfScope', () => {
    const r = classifyUseCase({ isAiSystem: false });
    expect(r).toMatchObject({
      status: 'complete',
      tier: null,
      outOfScope: { reason: 'not-ai-system', ref: 'Art. 3(1)' },
    });
    expect(r.rationale.length).toBeGreaterThan(0);
  });

  it('empty answers → every main question is missing, follow-ups are not', () => {
    const r = classifyUseCase({});
    expect(r.status).toBe('incomplete');
    if (r.status !== 'incomplete') return;
    expect(r.missing).toEqual([
      'isAiSystem',
      'operatorRole',
      'prohibitedPractices',
      'annexIProduct',
      'annexIIIPoints',
      'interactsWithPersons',
      'generatesSyntheticContent',
      'emotionRecognitionOrBiometricCategorisation',
      'deepFake',
      'publicInterestText',
      'isGpaiModel',
    ]);
  });

  // Annex III 4(a) ticked: the Art. 6(3) filter and the role follow-ups become needed.
  it('Annex III point without the filter answers → the filter questions are missing', () => {
    const r = classifyUseCase({
      isAiSystem: true,
      operatorRole: 'deployer',
      prohibitedPractices: [],
      annexIProduct: 'none',
      annexIIIPoints: ['4(a)'],
      interactsWithPersons: false,
    });
    expect(r).toMatchObject({
      status: 'incomplete',
      missing: [
        'performsProfiling',
        'noSignificantRisk',
        'derogationConditions',
        'generatesSyntheticContent',
        'emotionRecognitionOrBiometricCategorisation',
        'deepFake',
        'publicInterestText',
        'isGpaiModel',
      ],
    });
    expect(r.rationale.map((s) => s.step)).toEqual(['scope', 'role', 'art-5', 'art-6-1', 'art-6-2']);
  });

  // Once high-risk is settled, a deployer is asked about Art. 25(1) and Art. 27(1).
  it('deployer of a high-risk system → Art. 25 and Art. 27 follow-ups', () => {
    const r = classifyUseCase(
      answered({ operatorRole: 'deployer', annexIIIPoints: ['3(a)'], performsProfiling: true }),
    );
    expect(r).toMatchObject({
      status: 'incomplete',
      missing: ['becomesProvider', 'publicBodyOrPublicService'],
    });
  });

  it('derogation questions are not asked without an Annex III point', () => {
    const r = classifyUseCase(answered({ annexIIIPoints: undefined }));
    expect(r).toMatchObject({ status: 'incomplete', missing: ['annexIIIPoints'] });
  });

  it('a prohibited practice makes the Art. 6 and Art. 50 questions unnecessary, not the GPAI overlay', () => {
    const r = classifyUseCase({ isAiSystem: true, operatorRole: 'provider', prohibitedPractices: ['f'] });
    expect(r).toMatchObject({ status: 'incomplete', missing: ['isGpaiModel'] });
  });

  it('Annex I: an answer ruling the route out makes the other Annex I questions unnecessary', () => {
    const partial = classifyUseCase(answered({ annexIProduct: 'safety-component' }));
    expect(partial).toMatchObject({
      status: 'incomplete',
      missing: ['annexINonSafetyUseOnly', 'annexILegislation', 'annexIThirdPartyAssessment'],
    });
    const original = classifyUseCase(answered({ annexIProduct: 'safety-component' }), {
      regime: 'original-2024',
    });
    expect(original).toMatchObject({ missing: ['annexILegislation', 'annexIThirdPartyAssessment'] });
    expect(
      classifyUseCase(answered({ annexIProduct: 'product', annexIThirdPartyAssessment: false })).status,
    ).toBe('complete');
  });

  it('rejects a malformed asOf', () => {
    expect(() => classifyUseCase({}, { asOf: 'next week' })).toThrow(RangeError);
  });
});
