import { AI_ACT_OBLIGATIONS } from '../../catalog/aiact';
import type { AiActObligation, ObligationScope, ObligationTiming, OperatorRoleId } from '../../catalog/aiact';
import { dateOf, inForceOn } from './context';
import type { Evaluation } from './context';
import type { ClassifiedObligation, HighRiskRoute } from './result';

/** The date an obligation applies from under the regime; 'high-risk-route' follows the route reached. */
function appliesFrom(
  ev: Evaluation,
  timing: ObligationTiming,
  route: HighRiskRoute | undefined,
): string | null {
  if (timing === null) return null;
  if (timing === 'high-risk-route') {
    if (route === undefined) return null;
    return dateOf(ev, route === 'annex-i' ? 'annex-i-high-risk' : 'annex-iii-high-risk') ?? null;
  }
  return dateOf(ev, timing) ?? null;
}

/**
 * The catalogue's obligations for the scopes the use case reached and the effective roles, in catalogue
 * order, with the regime's wording and dates.
 */
export function selectObligations(
  ev: Evaluation,
  scopes: ReadonlySet<ObligationScope>,
  roles: readonly OperatorRoleId[],
  route: HighRiskRoute | undefined,
): ClassifiedObligation[] {
  return AI_ACT_OBLIGATIONS.filter((o) => scopes.has(o.scope) && o.roles.some((r) => roles.includes(r))).map(
    (o: AiActObligation): ClassifiedObligation => {
      const date = appliesFrom(ev, o.timing, route);
      const inForce = inForceOn(ev, date);
      const note = o.noteByRegime?.[ev.regime] ?? o.note;
      return {
        id: o.id,
        scope: o.scope,
        ref: o.ref,
        text: o.textByRegime?.[ev.regime] ?? o.text,
        ...(note === undefined ? {} : { note }),
        roles: roles.filter((r) => o.roles.includes(r)),
        appliesFrom: date,
        ...(inForce === undefined ? {} : { inForce }),
      };
    },
  );
}
