import { operatorRole } from '../../catalog/aiact';
import type { OperatorRoleId } from '../../catalog/aiact';
import type { Text } from '../../catalog/types';
import { assertNever } from '../assertNever';
import { dateOf, dateText } from './context';
import type { Evaluation } from './context';
import type { AiActTierId, ApplicableFrom, HighRiskRoute } from './result';

/** The dates a complete classification reports; `tier` is when the tier's own consequences apply. */
export function datesOf(
  ev: Evaluation,
  tier: AiActTierId,
  route: HighRiskRoute | undefined,
  found: { prohibited: string | undefined; transparency: boolean; gpai: boolean },
): ApplicableFrom {
  const aiLiteracy = dateOf(ev, 'prohibitions-and-literacy') ?? '';
  const highRisk = route
    ? dateOf(ev, route === 'annex-i' ? 'annex-i-high-risk' : 'annex-iii-high-risk')
    : undefined;
  const transparency = found.transparency ? dateOf(ev, 'general-application') : undefined;
  const gpai = found.gpai ? dateOf(ev, 'gpai-and-governance') : undefined;
  const byTier = (): string | undefined => {
    switch (tier) {
      case 'prohibited':
        return found.prohibited;
      case 'high-risk':
        return highRisk;
      case 'transparency':
        return transparency;
      case 'minimal':
        return aiLiteracy;
      default:
        return assertNever(tier, 'tier');
    }
  };
  return {
    tier: byTier() ?? aiLiteracy,
    ...(found.prohibited ? { prohibited: found.prohibited } : {}),
    ...(highRisk ? { highRisk } : {}),
    ...(transparency ? { transparency } : {}),
    ...(gpai ? { gpai } : {}),
    aiLiteracy,
  };
}

const TIER_NAMES: Readonly<Record<AiActTierId, Text>> = {
  prohibited: { de: 'verbotene Praxis', en: 'prohibited practice' },
  'high-risk': { de: 'Hochrisiko-KI-System', en: 'high-risk AI system' },
  transparency: {
    de: 'begrenztes Risiko (Transparenzpflichten)',
    en: 'limited risk (transparency obligations)',
  },
  minimal: { de: 'minimales Risiko', en: 'minimal risk' },
};

/** The closing rationale step: tier, route, date and how many obligations the role carries. */
export function summary(
  tier: AiActTierId,
  route: HighRiskRoute | undefined,
  derogated: boolean,
  from: string,
  count: number,
  roles: readonly OperatorRoleId[],
): Text {
  const name = TIER_NAMES[tier];
  const via =
    route === 'annex-i'
      ? { de: ' nach Anhang I', en: ' under Annex I' }
      : route === 'annex-iii'
        ? { de: ' nach Anhang III', en: ' under Annex III' }
        : derogated
          ? {
              de: ' (Anhang III, aber Ausnahme nach Art. 6 Abs. 3)',
              en: ' (Annex III, but Art. 6(3) derogation)',
            }
          : { de: '', en: '' };
  const date = dateText(from);
  const who = roles.map((r) => operatorRole(r).name);
  return {
    de: `Ergebnis: ${name.de}${via.de}; maßgeblich ab dem ${date.de}. ${count} Pflichten für die Rolle ${who.map((w) => w.de).join(' + ')}.`,
    en: `Result: ${name.en}${via.en}; relevant from ${date.en}. ${count} obligations for the role ${who.map((w) => w.en).join(' + ')}.`,
  };
}
