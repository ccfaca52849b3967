import type { Text } from '../types';
import type { AiActMilestoneId, AiActRegimeId, ByRegime } from './types';
import { AI_ACT_REGIME_IDS } from './types';

/**
 * Dates of application of the EU AI Act as versioned data, one timeline per legal regime.
 *
 * Sources (fact sheet §5.13): the original dates come from Art. 113 / Art. 111 of Regulation (EU) 2024/1689
 * as packaged in S7 [V]. The amended dates come from consistent secondary sources on Regulation (EU) 2026/1744
 * (S8, S9, S10) [S]: the OJ text of 2026/1744 itself was NOT read. Confirm on
 * https://eur-lex.europa.eu/eli/reg/2026/1744/oj before relying on a date in a client deliverable.
 */
export interface AiActMilestone {
  readonly id: AiActMilestoneId;
  /** ISO date YYYY-MM-DD. */
  readonly date: string;
  readonly label: Text;
  readonly articles: readonly string[];
}

export interface AiActRegime {
  readonly id: AiActRegimeId;
  readonly label: Text;
  /** Where the dates come from, as a citation. */
  readonly legalSource: string;
  /** Date the text of this regime is in force. */
  readonly inForceFrom: string;
  /** 'primary' = checked against the regulation text; 'secondary' = consistent secondary sources only. */
  readonly verification: 'primary' | 'secondary';
  readonly caveat?: Text;
  readonly milestones: readonly AiActMilestone[];
}

const HIGH_RISK_ARTICLES = ['Art. 6', 'Art. 8', 'Art. 9', 'Art. 16', 'Art. 17', 'Art. 26', 'Art. 27'];

const ORIGINAL_2024: AiActRegime = {
  id: 'original-2024',
  label: {
    de: 'KI-VO in der Ursprungsfassung (Verordnung (EU) 2024/1689)',
    en: 'AI Act as originally adopted (Regulation (EU) 2024/1689)',
  },
  legalSource: 'Regulation (EU) 2024/1689, Art. 113 and Art. 111 (OJ L, 12.7.2024)',
  inForceFrom: '2024-08-01',
  verification: 'primary',
  caveat: {
    de: 'Ursprünglicher Zeitplan, durch die Verordnung (EU) 2026/1744 überholt; nur noch zum Vergleich.',
    en: 'Original timeline, superseded by Regulation (EU) 2026/1744; kept for comparison.',
  },
  milestones: [
    {
      id: 'entry-into-force',
      date: '2024-08-01',
      label: { de: 'Inkrafttreten der KI-VO', en: 'AI Act enters into force' },
      articles: ['Art. 113'],
    },
    {
      id: 'prohibitions-and-literacy',
      date: '2025-02-02',
      label: {
        de: 'Kapitel I und II: Begriffsbestimmungen, KI-Kompetenz (Art. 4), verbotene Praktiken (Art. 5)',
        en: 'Chapters I and II: definitions, AI literacy (Art. 4), prohibited practices (Art. 5)',
      },
      articles: ['Art. 3', 'Art. 4', 'Art. 5'],
    },
    {
      id: 'gpai-and-governance',
      date: '2025-08-02',
      label: {
        de: 'Notifizierte Stellen (Kap. III Abschn. 4), KI-Modelle mit allgemeinem Verwendungszweck (Kap. V), Governance (Kap. VII), Sanktionen (Kap. XII ohne Art. 101)',
        en: 'Notified bodies (Ch. III Sec. 4), general-purpose AI models (Ch. V), governance (Ch. VII), penalties (Ch. XII except Art. 101)',
      },
      articles: ['Art. 51', 'Art. 52', 'Art. 53', 'Art. 54', 'Art. 55', 'Art. 99'],
    },
    {
      id: 'general-application',
      date: '2026-08-02',
      label: {
        de: 'Allgemeiner Geltungsbeginn, einschließlich Hochrisiko-KI-Systeme nach Anhang III, Transparenzpflichten (Art. 50) und Art. 101',
        en: 'General application, including Annex III high-risk systems, transparency obligations (Art. 50) and Art. 101',
      },
      articles: ['Art. 50', 'Art. 101', 'Art. 113'],
    },
    {
      id: 'annex-iii-high-risk',
      date: '2026-08-02',
      label: {
        de: 'Pflichten für Hochrisiko-KI-Systeme nach Anhang III (Art. 6 Abs. 2) gelten',
        en: 'Obligations for Annex III high-risk AI systems (Art. 6(2)) apply',
      },
      articles: ['Annex III', ...HIGH_RISK_ARTICLES],
    },
    {
      id: 'legacy-gpai-models',
      date: '2027-08-02',
      label: {
        de: 'Vor dem 2. August 2025 in Verkehr gebrachte GPAI-Modelle müssen die Pflichten erfüllen (Art. 111 Abs. 3)',
        en: 'GPAI models placed on the market before 2 August 2025 must comply (Art. 111(3))',
      },
      articles: ['Art. 111', 'Art. 53'],
    },
    {
      id: 'annex-i-high-risk',
      date: '2027-08-02',
      label: {
        de: 'Pflichten für Hochrisiko-KI-Systeme nach Art. 6 Abs. 1 / Anhang I gelten',
        en: 'Obligations for high-risk AI systems under Art. 6(1) / Annex I apply',
      },
      articles: ['Annex I', ...HIGH_RISK_ARTICLES],
    },
    // National sandboxes: the original Art. 57 date is not in the fact sheet ("moved from 2026"), so it is left out.
    {
      id: 'legacy-public-authorities',
      date: '2030-08-02',
      label: {
        de: 'Bestands-Hochrisiko-KI-Systeme im Einsatz bei Behörden müssen konform sein (Art. 111 Abs. 2)',
        en: 'Legacy high-risk AI systems used by public authorities must comply (Art. 111(2))',
      },
      articles: ['Art. 111'],
    },
    {
      id: 'large-scale-it-systems',
      date: '2030-12-31',
      label: {
        de: 'KI-Komponenten der IT-Großsysteme nach Anhang X (vor dem 2. August 2027 in Verkehr gebracht) müssen konform sein',
        en: 'AI components of the Annex X large-scale IT systems (placed before 2 August 2027) must comply',
      },
      articles: ['Art. 111', 'Annex X'],
    },
  ],
};

const at = (id: AiActMilestoneId): AiActMilestone => {
  const m = ORIGINAL_2024.milestones.find((x) => x.id === id);
  if (!m) throw new Error(`milestone ${id} missing in the original regime`);
  return m;
};

// [S] All amended dates: S8 (timeline.md, status 2026-08-05), S9, S10 — the OJ text of 2026/1744 was not read.
const AMENDED_2026: AiActRegime = {
  id: 'amended-2026',
  label: {
    de: 'KI-VO in der Fassung der Verordnung (EU) 2026/1744 („Digital-Omnibus“)',
    en: 'AI Act as amended by Regulation (EU) 2026/1744 ("Digital Omnibus")',
  },
  legalSource:
    'Regulation (EU) 2024/1689, Art. 113 and Art. 111, as amended by Regulation (EU) 2026/1744 (OJ L, 24.7.2026; in force 27.7.2026)',
  inForceFrom: '2026-07-27',
  verification: 'secondary',
  caveat: {
    de: 'Termine nach übereinstimmenden Sekundärquellen; der Amtsblatttext der VO (EU) 2026/1744 ist vor Verwendung in Mandantenunterlagen auf EUR-Lex zu prüfen.',
    en: 'Dates per consistent secondary sources; check the Official Journal text of Reg. (EU) 2026/1744 on EUR-Lex before using them in client deliverables.',
  },
  milestones: [
    at('entry-into-force'),
    {
      id: 'prohibitions-and-literacy',
      date: '2025-02-02',
      label: {
        de: 'Kapitel I und II: Begriffsbestimmungen, KI-Kompetenz (Art. 4, vom Omnibus abgeschwächt), verbotene Praktiken (Art. 5 Abs. 1 lit. a–h)',
        en: 'Chapters I and II: definitions, AI literacy (Art. 4, softened by the Omnibus), prohibited practices (Art. 5(1)(a)–(h))',
      },
      articles: ['Art. 3', 'Art. 4', 'Art. 5'],
    },
    at('gpai-and-governance'),
    {
      id: 'omnibus-in-force',
      date: '2026-07-27',
      label: {
        de: 'Digital-Omnibus (VO (EU) 2026/1744) tritt in Kraft; Art. 102–110 gelten',
        en: 'Digital Omnibus (Reg. (EU) 2026/1744) enters into force; Arts. 102–110 apply',
      },
      articles: ['Art. 113'],
    },
    {
      id: 'general-application',
      date: '2026-08-02',
      label: {
        de: 'Allgemeiner Geltungsbeginn: Transparenzpflichten (Art. 50), Kap. III Abschn. 5 (Art. 40–49), Rahmen für Reallabore (Kap. VI), Art. 101; Hochrisiko nach Anhang III verschoben',
        en: 'General application: transparency obligations (Art. 50), Ch. III Sec. 5 (Arts. 40–49), sandbox framework (Ch. VI), Art. 101; Annex III high-risk deferred',
      },
      articles: ['Art. 40', 'Art. 43', 'Art. 49', 'Art. 50', 'Art. 101', 'Art. 113'],
    },
    {
      id: 'omnibus-prohibitions',
      date: '2026-12-02',
      label: {
        de: 'Neue Verbote nach Art. 5 Abs. 1 lit. ba und bb gelten',
        en: 'New prohibitions under Art. 5(1)(ba) and (bb) apply',
      },
      articles: ['Art. 5'],
    },
    {
      id: 'art-50-2-transition-end',
      date: '2026-12-02',
      label: {
        de: 'Ende der Übergangsfrist für die Kennzeichnung nach Art. 50 Abs. 2 bei generativen Systemen, die vor dem 2. August 2026 in Verkehr gebracht wurden',
        en: 'End of the Art. 50(2) marking transition for generative systems placed on the market before 2 August 2026',
      },
      articles: ['Art. 50', 'Art. 111'],
    },
    at('legacy-gpai-models'),
    {
      id: 'national-sandboxes',
      date: '2027-08-02',
      label: {
        de: 'Nationale KI-Reallabore einsatzbereit (Art. 57 Abs. 1; vom Omnibus aus 2026 verschoben)',
        en: 'National AI regulatory sandboxes operational (Art. 57(1); moved from 2026 by the Omnibus)',
      },
      articles: ['Art. 57'],
    },
    {
      id: 'pmm-guidance',
      date: '2027-09-02',
      label: {
        de: 'Leitlinien der Kommission mit freiwilliger Vorlage für den Plan zur Beobachtung nach dem Inverkehrbringen',
        en: 'Commission guidance with a voluntary template for the post-market monitoring plan',
      },
      articles: ['Art. 72'],
    },
    {
      id: 'annex-iii-high-risk',
      date: '2027-12-02',
      label: {
        de: 'Hochrisiko-KI-Systeme nach Anhang III: Kap. III Abschn. 1–3 gelten',
        en: 'Annex III high-risk AI systems: Ch. III Secs. 1–3 apply',
      },
      articles: ['Annex III', ...HIGH_RISK_ARTICLES],
    },
    {
      id: 'annex-i-high-risk',
      date: '2028-08-02',
      label: {
        de: 'Hochrisiko-KI-Systeme nach Art. 6 Abs. 1 / Anhang I: Kap. III Abschn. 1–3 gelten',
        en: 'High-risk AI systems under Art. 6(1) / Annex I: Ch. III Secs. 1–3 apply',
      },
      articles: ['Annex I', ...HIGH_RISK_ARTICLES],
    },
    // Per S8 the Art. 111(2) legacy cut-off now refers to the Chapter III date; the 2030 backstop is unchanged.
    at('legacy-public-authorities'),
    at('large-scale-it-systems'),
  ],
};

export const AI_ACT_REGIMES: ByRegime<AiActRegime> = {
  'amended-2026': AMENDED_2026,
  'original-2024': ORIGINAL_2024,
};

/** The law as it stands since 27 July 2026 (fact sheet §5.13: default to "as amended"). */
export const DEFAULT_AI_ACT_REGIME: AiActRegimeId = 'amended-2026';

export function getAiActRegime(id: AiActRegimeId = DEFAULT_AI_ACT_REGIME): AiActRegime {
  return AI_ACT_REGIMES[id];
}

/** The date of a milestone under a regime, or undefined where the regime does not have it. */
export function milestoneDate(regime: AiActRegimeId, milestone: AiActMilestoneId): string | undefined {
  return AI_ACT_REGIMES[regime].milestones.find((m) => m.id === milestone)?.date;
}

/** The date of one milestone under every regime (null where a regime does not have it). */
export function milestoneDates(milestone: AiActMilestoneId): ByRegime<string | null> {
  return Object.fromEntries(
    AI_ACT_REGIME_IDS.map((r) => [r, milestoneDate(r, milestone) ?? null]),
  ) as Record<AiActRegimeId, string | null>;
}
