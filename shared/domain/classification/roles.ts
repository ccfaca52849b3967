import {
  annexIIIPoint,
  FRIA_ALWAYS_POINTS,
  FRIA_EXCLUDED_AREAS,
  operatorRole,
  ROLE_FLIP,
} from '../../catalog/aiact';
import type { AnnexIIIPointId, OperatorRoleId } from '../../catalog/aiact';
import type { Text } from '../../catalog/types';
import { cite, need, refText, say } from './context';
import type { Evaluation } from './context';
import type { FriaOutcome, HighRiskRoute } from './result';

/** Q3: the role the obligations are selected for. */
export function roleQuestion(ev: Evaluation): OperatorRoleId | undefined {
  const role = need(ev, 'operatorRole');
  if (role !== undefined) {
    const r = operatorRole(role);
    say(ev, 'role', {
      de: `Rolle: ${r.name.de} (${refText(r.ref).de}). Die Pflichten werden für diese Rolle ausgewählt.`,
      en: `Role: ${r.name.en} (${r.ref}). Obligations are selected for this role.`,
    });
  }
  return role;
}

export interface RoleFlip {
  readonly becameProvider: boolean | undefined;
}

/**
 * Art. 25(1): a deployer, importer or distributor that rebrands, substantially modifies or repurposes a
 * high-risk system becomes its provider. Only asked once the system is known to be high-risk; a "yes"
 * for a system that is not high-risk changes nothing and is explained.
 */
export function roleFlipStep(ev: Evaluation, role: OperatorRoleId, highRisk: boolean | undefined): RoleFlip {
  if (!ROLE_FLIP.appliesTo.includes(role)) return { becameProvider: false };
  if (highRisk === undefined) return { becameProvider: undefined };
  if (!highRisk) {
    if (ev.answers.becomesProvider === true) {
      say(ev, 'art-25', {
        de: 'Art. 25 Abs. 1 gilt nur für Hochrisiko-KI-Systeme und ändert hier nichts. Wer ein System unter eigenem Namen oder eigener Marke in Verkehr bringt, ist nach Art. 3 Nr. 3 ohnehin Anbieter – dann die Rolle „Anbieter“ erfassen.',
        en: 'Art. 25(1) applies to high-risk AI systems only and changes nothing here. Whoever places a system on the market under its own name or trademark is its provider under Art. 3(3) anyway; record the role as provider then.',
      });
    }
    return { becameProvider: false };
  }
  const flips = need(ev, 'becomesProvider');
  if (flips === true) {
    cite(ev, ROLE_FLIP.ref);
    say(ev, 'art-25', {
      de: 'Art. 25 Abs. 1: Durch eigene Marke, wesentliche Veränderung oder geänderte Zweckbestimmung werden Sie Anbieter des Hochrisiko-KI-Systems; die Anbieterpflichten gelten zusätzlich.',
      en: 'Art. 25(1): by own branding, substantial modification or a changed intended purpose you become the provider of the high-risk AI system; the provider obligations apply in addition.',
    });
  } else if (flips === false) {
    say(ev, 'art-25', {
      de: 'Kein Fall von Art. 25 Abs. 1: es bleibt bei den Pflichten der erfassten Rolle.',
      en: 'No Art. 25(1) case: the obligations of the recorded role apply.',
    });
  }
  return { becameProvider: flips };
}

export const FRIA_NOT_APPLICABLE: FriaOutcome = {
  required: false,
  reason: {
    de: 'Keine Grundrechte-Folgenabschätzung: Art. 27 verpflichtet nur Betreiber von Hochrisiko-KI-Systemen nach Anhang III.',
    en: 'No fundamental rights impact assessment: Art. 27 binds only deployers of Annex III high-risk AI systems.',
  },
};

/**
 * Art. 27(1): deployers that are bodies governed by public law or private entities providing public
 * services, and every deployer of Annex III 5(b) or 5(c), assess fundamental rights before first use,
 * except for systems of area 2 (critical infrastructure). The public-body question is also what decides
 * the Art. 26(8) registration, so it is asked for every such deployer.
 * Returns the outcome, whether the deployer is a public body (for Art. 26(8)), or undefined while open.
 */
export function friaStep(
  ev: Evaluation,
  role: OperatorRoleId,
  route: HighRiskRoute | undefined,
  points: readonly AnnexIIIPointId[],
): { fria: FriaOutcome; publicBody: boolean } | undefined {
  if (role !== 'deployer' || route !== 'annex-iii') return { fria: FRIA_NOT_APPLICABLE, publicBody: false };
  const covered = points.filter((p) => !FRIA_EXCLUDED_AREAS.includes(annexIIIPoint(p).area));
  if (covered.length === 0) {
    const reason: Text = {
      de: 'Keine Grundrechte-Folgenabschätzung: Systeme nach Anhang III Nr. 2 (kritische Infrastruktur) sind nach Art. 27 Abs. 1 ausgenommen.',
      en: 'No fundamental rights impact assessment: Annex III point 2 systems (critical infrastructure) are excepted by Art. 27(1).',
    };
    say(ev, 'art-27', reason);
    return { fria: { required: false, reason }, publicBody: false };
  }
  const publicBody = need(ev, 'publicBodyOrPublicService');
  if (publicBody === undefined) return undefined;
  const always = covered.filter((p) => FRIA_ALWAYS_POINTS.includes(p));
  let reason: Text;
  if (always.length > 0) {
    const refs = always.map((p) => refText(annexIIIPoint(p).ref));
    reason = {
      de: `Grundrechte-Folgenabschätzung vor der ersten Verwendung erforderlich (Art. 27 Abs. 1): jeder Betreiber eines Systems nach ${refs.map((r) => r.de).join(', ')}.`,
      en: `Fundamental rights impact assessment required before first use (Art. 27(1)): any deployer of a system under ${refs.map((r) => r.en).join(', ')}.`,
    };
  } else if (publicBody) {
    reason = {
      de: 'Grundrechte-Folgenabschätzung vor der ersten Verwendung erforderlich (Art. 27 Abs. 1): Einrichtung des öffentlichen Rechts oder privater Erbringer öffentlicher Dienste.',
      en: 'Fundamental rights impact assessment required before first use (Art. 27(1)): body governed by public law or private entity providing public services.',
    };
  } else {
    reason = {
      de: 'Keine Grundrechte-Folgenabschätzung: weder öffentliche Stelle noch Erbringer öffentlicher Dienste, und kein System nach Anhang III Nr. 5 lit. b oder c.',
      en: 'No fundamental rights impact assessment: neither a public body nor a provider of public services, and no Annex III 5(b) or 5(c) system.',
    };
  }
  const required = always.length > 0 || publicBody;
  if (required) cite(ev, 'Art. 27');
  say(ev, 'art-27', reason);
  return { fria: { required, reason }, publicBody };
}
