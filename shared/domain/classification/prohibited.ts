import { milestoneDate, PROHIBITED_PRACTICES } from '../../catalog/aiact';
import { cite, dateText, inForceOn, need, refText, say } from './context';
import type { Evaluation } from './context';
import type { ProhibitionFinding } from './result';

export interface ProhibitedOutcome {
  /** Every ticked practice, in the order of Art. 5(1). */
  readonly findings: readonly ProhibitionFinding[];
  /** true = at least one ticked practice is prohibited under the regime; undefined = not answered. */
  readonly prohibited: boolean | undefined;
}

/**
 * Q4, Art. 5(1). A practice of the regime makes the system prohibited whatever its date: a point that
 * applies only later (Art. 5(1)(ba), (bb) from 2 Dec 2026 as amended) is reported as "prohibited from
 * <date>", and with `asOf` its `inForce` flag says whether that date has come. This matches how a
 * high-risk tier is reported before its obligations apply. A ticked point the regime does not contain
 * ((ba), (bb) under the original 2024 text) prohibits nothing there; the rationale says so and gives the
 * date it would apply under the amended text, and the classification carries on with Art. 6.
 */
export function prohibitedStep(ev: Evaluation): ProhibitedOutcome {
  const ticked = need(ev, 'prohibitedPractices');
  if (ticked === undefined) return { findings: [], prohibited: undefined };

  const findings: ProhibitionFinding[] = PROHIBITED_PRACTICES.filter((p) => ticked.includes(p.id)).map(
    (p) => {
      const appliesFrom = p.appliesFrom[ev.regime];
      const inForce = inForceOn(ev, appliesFrom);
      return { id: p.id, ref: p.ref, appliesFrom, ...(inForce === undefined ? {} : { inForce }) };
    },
  );

  for (const f of findings) {
    const practice = PROHIBITED_PRACTICES.find((p) => p.id === f.id);
    const title = practice?.title ?? { de: f.id, en: f.id };
    const ref = refText(f.ref);
    if (f.appliesFrom === null) {
      const amended = milestoneDate('amended-2026', practice?.milestone ?? 'omnibus-prohibitions');
      const later = amended ? dateText(amended) : { de: 'später', en: 'later' };
      say(ev, 'art-5', {
        de: `${ref.de} – ${title.de} – gehört nicht zur gewählten Fassung der KI-VO und verbietet hier nichts; nach der Fassung der VO (EU) 2026/1744 wäre die Praxis ab dem ${later.de} verboten. Die Einstufung wird nach Art. 6 fortgesetzt.`,
        en: `${ref.en} – ${title.en} – is not part of the chosen version of the AI Act and prohibits nothing here; under the text as amended by Reg. (EU) 2026/1744 the practice is prohibited from ${later.en}. Classification continues with Art. 6.`,
      });
      continue;
    }
    cite(ev, f.ref);
    const from = dateText(f.appliesFrom);
    say(ev, 'art-5', {
      de: `${ref.de} – ${title.de}: verbotene Praxis, verboten ab dem ${from.de}.`,
      en: `${ref.en} – ${title.en}: prohibited practice, prohibited from ${from.en}.`,
    });
    if (f.inForce === false && ev.asOf !== undefined) {
      const asOf = dateText(ev.asOf);
      say(ev, 'art-5', {
        de: `Am ${asOf.de} gilt das Verbot noch nicht; es gilt ab dem ${from.de}. Das System ist als verboten eingestuft, damit Inverkehrbringen und Nutzung rechtzeitig beendet werden.`,
        en: `On ${asOf.en} the prohibition does not apply yet; it applies from ${from.en}. The system is classified as prohibited so that placing on the market and use end in time.`,
      });
    }
  }

  const prohibited = findings.some((f) => f.appliesFrom !== null);
  if (!prohibited) {
    say(ev, 'art-5', {
      de: 'Keine verbotene Praxis nach Art. 5 Abs. 1 der gewählten Fassung.',
      en: 'No prohibited practice under Art. 5(1) of the chosen version.',
    });
  } else {
    say(ev, 'art-5', {
      de: 'Verbotene Praxis: die Prüfung endet hier (Art. 6 und Art. 50 werden nicht mehr geprüft); Geldbuße bis 35 Mio. EUR oder 7 % (Art. 99 Abs. 3).',
      en: 'Prohibited practice: the assessment stops here (Art. 6 and Art. 50 are not checked); fines up to EUR 35 million or 7 % (Art. 99(3)).',
    });
  }
  return { findings, prohibited };
}
