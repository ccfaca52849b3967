import { AI_ACT_DATA_VERSION, DEFAULT_AI_ACT_REGIME } from '../../catalog/aiact';
import type { ObligationScope, OperatorRoleId, TransparencyCaseId } from '../../catalog/aiact';
import { annexIStep } from './annexI';
import { annexIIIStep, DEROGATION_NOT_CONSIDERED } from './annexIII';
import type { AnnexIIIOutcome } from './annexIII';
import { CLASSIFICATION_QUESTION_IDS } from './answers';
import type { ClassificationAnswers } from './answers';
import { inForceOn, normaliseAsOf, say } from './context';
import type { Evaluation } from './context';
import { gpaiStep } from './gpai';
import { selectObligations } from './obligations';
import { prohibitedStep } from './prohibited';
import { FRIA_NOT_APPLICABLE, friaStep, roleFlipStep, roleQuestion } from './roles';
import { NOT_AN_AI_SYSTEM, scopeStep } from './scope';
import { datesOf, summary } from './tier';
import { transparencyStep } from './transparency';
import type {
  AiActTierId,
  AnnexIFinding,
  ClassificationResult,
  ClassifyOptions,
  HighRiskRoute,
} from './result';

/**
 * Classifies one AI system for one operator role under the EU AI Act (fact sheet §5.14):
 * Art. 3(1) scope → Art. 5 → Art. 6(1)/Annex I → Art. 6(2)/Annex III with the Art. 6(3) filter and the
 * profiling override → Art. 50 → GPAI overlay → role follow-ups (Art. 25(1), Art. 27) → obligations.
 *
 * Regime: options.regime, else answers.regime, else 'amended-2026'.
 *
 * Open answers are never guessed. A question is needed when the answers given so far lead to it and no
 * answer given already makes it irrelevant; follow-up questions (Annex I details, the Art. 6(3) filter,
 * GPAI systemic risk, Art. 25(1), Art. 27) are only asked once the answer they follow up is given. While
 * a needed question is open the result is `incomplete` and lists them in questionnaire order.
 *
 * asOf never changes the tier: the tier is the classification under the regime's text, and dates say
 * when its consequences apply (as for a high-risk system before its obligations apply). With asOf the
 * result also carries `inForce` flags; a prohibition that applies only later is reported as "prohibited
 * from <date>" (see prohibitedStep).
 *
 * Not an AI system: `status: 'complete'`, `tier: null` and an `outOfScope` record.
 */
export function classifyUseCase(
  answers: ClassificationAnswers,
  options: ClassifyOptions = {},
): ClassificationResult {
  const regime = options.regime ?? answers.regime ?? DEFAULT_AI_ACT_REGIME;
  const asOf = normaliseAsOf(options.asOf);
  const ev: Evaluation = { answers, regime, asOf, missing: new Set(), rationale: [], articles: [] };
  const common = { regime, ...(asOf === undefined ? {} : { asOf }), dataVersion: AI_ACT_DATA_VERSION };

  const inScope = scopeStep(ev);
  if (inScope === false) {
    return {
      ...common,
      status: 'complete',
      tier: null,
      outOfScope: { reason: 'not-ai-system', ref: NOT_AN_AI_SYSTEM.ref, text: NOT_AN_AI_SYSTEM.text },
      rationale: ev.rationale,
    };
  }

  const role = roleQuestion(ev);
  const art5 = prohibitedStep(ev);
  const prohibited = art5.prohibited === true;

  let annexI: AnnexIFinding | null | undefined = null;
  let annexIII: AnnexIIIOutcome = { points: [], highRisk: false, derogation: DEROGATION_NOT_CONSIDERED };
  let transparency: TransparencyCaseId[] | undefined = [];
  if (!prohibited) {
    annexI = annexIStep(ev);
    if (!annexI) annexIII = annexIIIStep(ev);
    transparency = transparencyStep(ev);
  }
  const gpai = gpaiStep(ev);

  const route: HighRiskRoute | undefined = annexI ? 'annex-i' : annexIII.highRisk ? 'annex-iii' : undefined;
  // Known once a route applies, or once Annex I is ruled out and Annex III has decided.
  const highRisk = prohibited
    ? false
    : route !== undefined
      ? true
      : annexI === null
        ? annexIII.highRisk
        : undefined;
  const flip =
    role !== undefined && !prohibited ? roleFlipStep(ev, role, highRisk) : { becameProvider: false };
  const fria =
    role === undefined
      ? undefined
      : annexI === null
        ? friaStep(ev, role, route, annexIII.points)
        : { fria: FRIA_NOT_APPLICABLE, publicBody: false };

  if (
    ev.missing.size > 0 ||
    inScope === undefined ||
    role === undefined ||
    art5.prohibited === undefined ||
    annexI === undefined ||
    annexIII.highRisk === undefined ||
    transparency === undefined ||
    gpai === undefined ||
    flip.becameProvider === undefined ||
    fria === undefined
  ) {
    return {
      ...common,
      status: 'incomplete',
      missing: CLASSIFICATION_QUESTION_IDS.filter((q) => ev.missing.has(q)),
      rationale: ev.rationale,
    };
  }

  const tier: AiActTierId = prohibited
    ? 'prohibited'
    : highRisk
      ? 'high-risk'
      : transparency.length > 0
        ? 'transparency'
        : 'minimal';
  const roles: OperatorRoleId[] = flip.becameProvider && role !== 'provider' ? [role, 'provider'] : [role];
  const inRegime = art5.findings.filter((f) => f.appliesFrom !== null);

  const scopes = new Set<ObligationScope>(['all']);
  const reach = (...reached: ObligationScope[]) => reached.forEach((scope) => scopes.add(scope));
  if (prohibited) reach('prohibited', ...inRegime.map((f) => `prohibited:${f.id}` as const));
  if (annexI?.section === 'A') reach('high-risk', 'high-risk-annex-i');
  if (annexI?.section === 'B') reach('annex-i-section-b');
  if (route === 'annex-iii') reach('high-risk', 'high-risk-annex-iii');
  if (fria.fria.required) reach('fria');
  if (fria.publicBody) reach('public-authority');
  if (annexIII.derogation.applies) reach('derogated');
  if (flip.becameProvider) reach('role-flip');
  reach(...transparency.map((c) => `transparency:${c}` as const));
  if (gpai.isGpai) reach('gpai');
  if (gpai.systemicRisk) reach('gpai-systemic');
  const obligations = selectObligations(ev, scopes, roles, route);

  if (gpai.isGpai && !roles.includes('provider')) {
    say(ev, 'gpai', {
      de: 'Die Pflichten nach Art. 53–55 treffen den Anbieter des Modells; für die erfasste Rolle entstehen daraus keine eigenen Pflichten.',
      en: 'The obligations of Arts. 53–55 fall on the model provider; they create no duties of their own for the recorded role.',
    });
  }

  const applicableFrom = datesOf(ev, tier, route, {
    prohibited: inRegime.map((f) => f.appliesFrom ?? '').sort()[0],
    transparency: transparency.length > 0,
    gpai: gpai.isGpai,
  });
  const tierInForce = inForceOn(ev, applicableFrom.tier);
  say(
    ev,
    'tier',
    summary(tier, route, annexIII.derogation.applies, applicableFrom.tier, obligations.length, roles),
  );

  return {
    ...common,
    status: 'complete',
    tier,
    role: { answered: role, effective: roles, becameProvider: flip.becameProvider },
    ...(route === undefined ? {} : { highRiskRoute: route }),
    matched: {
      prohibited: inRegime.map((f) => f.id),
      annexI,
      annexIII: annexIII.points,
      transparency,
      articles: ev.articles,
    },
    prohibitions: art5.findings,
    derogation: annexIII.derogation,
    fria: fria.fria,
    gpai,
    obligations,
    applicableFrom,
    ...(tierInForce === undefined ? {} : { tierInForce }),
    rationale: ev.rationale,
  };
}
