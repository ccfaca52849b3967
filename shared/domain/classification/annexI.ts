import { annexILegislation, annexISection, SAFETY_COMPONENT_NARROWING } from '../../catalog/aiact';
import { cite, dateOf, dateText, need, say } from './context';
import type { Evaluation } from './context';
import type { AnnexIFinding } from './result';

/**
 * Q5, Art. 6(1) / Annex I: high-risk if the AI system is a product, or a safety component of a product,
 * covered by Annex I AND that product needs third-party conformity assessment.
 *
 * As amended (Art. 6(1a)–(1c)), a safety component used solely for non-safety aspects is none; the
 * question is not asked under the original text. Machinery sits in Section A originally and in Section B
 * as amended. A Section B product is still high-risk under Art. 6(1), but only Art. 2(2) provisions
 * apply directly: the requirements reach it through the sectoral legislation, not the Chapter III pack.
 *
 * Returns the finding, null when the route does not apply, undefined while an answer is open.
 */
export function annexIStep(ev: Evaluation): AnnexIFinding | null | undefined {
  const kind = need(ev, 'annexIProduct');
  if (kind === undefined) return undefined;
  if (kind === 'none') {
    say(ev, 'art-6-1', {
      de: 'Weder Produkt noch Sicherheitsbauteil eines Produkts nach Anhang I: kein Hochrisiko nach Art. 6 Abs. 1.',
      en: 'Neither a product nor a safety component of a product under Annex I: not high-risk under Art. 6(1).',
    });
    return null;
  }

  const a = ev.answers;
  const narrowed = ev.regime === 'amended-2026' && kind === 'safety-component';
  // An answer that already rules the route out makes the other Annex I questions unnecessary.
  if (narrowed && a.annexINonSafetyUseOnly === true) {
    say(ev, 'art-6-1', {
      de: `Kein Sicherheitsbauteil im Sinne von Art. 6 Abs. 1a–1c: ${SAFETY_COMPONENT_NARROWING.de} Kein Hochrisiko nach Art. 6 Abs. 1.`,
      en: `No safety component within Art. 6(1a)–(1c): ${SAFETY_COMPONENT_NARROWING.en} Not high-risk under Art. 6(1).`,
    });
    return null;
  }
  if (a.annexIThirdPartyAssessment === false) {
    say(ev, 'art-6-1', {
      de: 'Das Produkt braucht keine Konformitätsbewertung durch Dritte (Art. 6 Abs. 1 lit. b nicht erfüllt): kein Hochrisiko nach Art. 6 Abs. 1.',
      en: 'The product needs no third-party conformity assessment (Art. 6(1)(b) not met): not high-risk under Art. 6(1).',
    });
    return null;
  }

  const nonSafety = narrowed ? need(ev, 'annexINonSafetyUseOnly') : false;
  const thirdParty = need(ev, 'annexIThirdPartyAssessment');
  const legislationId = need(ev, 'annexILegislation');
  if (nonSafety === undefined || thirdParty === undefined || legislationId === undefined) return undefined;

  const legislation = annexILegislation(legislationId);
  const section = annexISection(legislationId, ev.regime);
  const date = dateOf(ev, 'annex-i-high-risk');
  const from = date ? dateText(date) : { de: '–', en: '–' };
  const what =
    kind === 'product'
      ? { de: 'Produkt', en: 'Product' }
      : { de: 'Sicherheitsbauteil eines Produkts', en: 'Safety component of a product' };
  cite(ev, 'Art. 6(1)', 'Annex I');
  say(ev, 'art-6-1', {
    de: `${what.de} nach Anhang I Abschnitt ${section} (${legislation.title.de}, ${legislation.act}) mit Konformitätsbewertung durch Dritte: Hochrisiko nach Art. 6 Abs. 1; gilt ab dem ${from.de}.`,
    en: `${what.en} under Annex I Section ${section} (${legislation.title.en}, ${legislation.act}) needing third-party conformity assessment: high-risk under Art. 6(1); applies from ${from.en}.`,
  });
  if (legislationId === 'machinery') {
    say(
      ev,
      'art-6-1',
      ev.regime === 'amended-2026'
        ? {
            de: 'Maschinen (VO (EU) 2023/1230) wurden durch die VO (EU) 2026/1744 von Anhang I Abschnitt A nach Abschnitt B verschoben.',
            en: 'Machinery (Reg. (EU) 2023/1230) was moved from Annex I Section A to Section B by Reg. (EU) 2026/1744.',
          }
        : {
            de: 'In der Ursprungsfassung stehen Maschinen in Anhang I Abschnitt A; die VO (EU) 2026/1744 verschiebt sie nach Abschnitt B.',
            en: 'In the original text machinery is in Annex I Section A; Reg. (EU) 2026/1744 moves it to Section B.',
          },
    );
  }
  if (section === 'B') {
    cite(ev, 'Art. 2(2)');
    say(ev, 'art-6-1', {
      de: 'Abschnitt B: Von der KI-VO gelten unmittelbar nur die in Art. 2 Abs. 2 genannten Vorschriften; die Hochrisiko-Anforderungen wirken über das sektorale Recht. Anhang III wird nicht mehr geprüft.',
      en: 'Section B: only the provisions named in Art. 2(2) apply directly from the AI Act; the high-risk requirements take effect through the sectoral legislation. Annex III is not checked.',
    });
  } else {
    say(ev, 'art-6-1', {
      de: 'Abschnitt A: Die Anforderungen an Hochrisiko-KI-Systeme gelten in vollem Umfang, die Konformität wird im sektoralen Verfahren bewertet. Anhang III wird nicht mehr geprüft.',
      en: 'Section A: the high-risk requirements apply in full, conformity is assessed in the sectoral procedure. Annex III is not checked.',
    });
  }
  return { legislation: legislationId, section, kind };
}
