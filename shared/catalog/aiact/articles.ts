import type { Lang, Text } from '../types';

/**
 * Registry of the EU AI Act provisions the catalogue cites, keyed by the ref string used everywhere
 * ('Art. 9', 'Annex IV'). Titles are the official headings, shortened where they are long.
 * Refs with paragraphs or points ('Art. 26(1)', 'Art. 5(1)(f)') resolve to their article via aiActArticle().
 */
export interface AiActArticle {
  readonly ref: string;
  readonly kind: 'article' | 'annex';
  readonly title: Text;
}

const ENTRIES = [
  ['Art. 2', 'Anwendungsbereich', 'Scope'],
  ['Art. 3', 'Begriffsbestimmungen', 'Definitions'],
  ['Art. 4', 'KI-Kompetenz', 'AI literacy'],
  ['Art. 5', 'Verbotene Praktiken im KI-Bereich', 'Prohibited AI practices'],
  ['Art. 6', 'Einstufungsvorschriften für Hochrisiko-KI-Systeme', 'Classification rules for high-risk AI systems'],
  ['Art. 7', 'Änderungen des Anhangs III', 'Amendments to Annex III'],
  ['Art. 8', 'Einhaltung der Anforderungen', 'Compliance with the requirements'],
  ['Art. 9', 'Risikomanagementsystem', 'Risk management system'],
  ['Art. 10', 'Daten und Daten-Governance', 'Data and data governance'],
  ['Art. 11', 'Technische Dokumentation', 'Technical documentation'],
  ['Art. 12', 'Aufzeichnungspflichten', 'Record-keeping'],
  [
    'Art. 13',
    'Transparenz und Bereitstellung von Informationen für die Betreiber',
    'Transparency and provision of information to deployers',
  ],
  ['Art. 14', 'Menschliche Aufsicht', 'Human oversight'],
  ['Art. 15', 'Genauigkeit, Robustheit und Cybersicherheit', 'Accuracy, robustness and cybersecurity'],
  [
    'Art. 16',
    'Pflichten der Anbieter von Hochrisiko-KI-Systemen',
    'Obligations of providers of high-risk AI systems',
  ],
  ['Art. 17', 'Qualitätsmanagementsystem', 'Quality management system'],
  ['Art. 18', 'Aufbewahrung der Dokumentation', 'Documentation keeping'],
  ['Art. 19', 'Automatisch erzeugte Protokolle', 'Automatically generated logs'],
  ['Art. 20', 'Korrekturmaßnahmen und Informationspflicht', 'Corrective actions and duty of information'],
  ['Art. 21', 'Zusammenarbeit mit den zuständigen Behörden', 'Cooperation with competent authorities'],
  [
    'Art. 22',
    'Bevollmächtigte der Anbieter von Hochrisiko-KI-Systemen',
    'Authorised representatives of providers of high-risk AI systems',
  ],
  ['Art. 23', 'Pflichten der Einführer', 'Obligations of importers'],
  ['Art. 24', 'Pflichten der Händler', 'Obligations of distributors'],
  ['Art. 25', 'Verantwortlichkeiten entlang der KI-Wertschöpfungskette', 'Responsibilities along the AI value chain'],
  [
    'Art. 26',
    'Pflichten der Betreiber von Hochrisiko-KI-Systemen',
    'Obligations of deployers of high-risk AI systems',
  ],
  [
    'Art. 27',
    'Grundrechte-Folgenabschätzung für Hochrisiko-KI-Systeme',
    'Fundamental rights impact assessment for high-risk AI systems',
  ],
  ['Art. 40', 'Harmonisierte Normen und Normungsdokumente', 'Harmonised standards and standardisation deliverables'],
  ['Art. 43', 'Konformitätsbewertung', 'Conformity assessment'],
  ['Art. 47', 'EU-Konformitätserklärung', 'EU declaration of conformity'],
  ['Art. 48', 'CE-Kennzeichnung', 'CE marking'],
  ['Art. 49', 'Registrierung', 'Registration'],
  [
    'Art. 50',
    'Transparenzpflichten für Anbieter und Betreiber bestimmter KI-Systeme',
    'Transparency obligations for providers and deployers of certain AI systems',
  ],
  [
    'Art. 51',
    'Einstufung von KI-Modellen mit allgemeinem Verwendungszweck mit systemischem Risiko',
    'Classification of general-purpose AI models with systemic risk',
  ],
  ['Art. 52', 'Verfahren', 'Procedure'],
  [
    'Art. 53',
    'Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck',
    'Obligations for providers of general-purpose AI models',
  ],
  [
    'Art. 54',
    'Bevollmächtigte der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck',
    'Authorised representatives of providers of general-purpose AI models',
  ],
  [
    'Art. 55',
    'Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck mit systemischem Risiko',
    'Obligations of providers of general-purpose AI models with systemic risk',
  ],
  ['Art. 56', 'Praxisleitfäden', 'Codes of practice'],
  ['Art. 57', 'KI-Reallabore', 'AI regulatory sandboxes'],
  ['Art. 72', 'Beobachtung nach dem Inverkehrbringen durch die Anbieter', 'Post-market monitoring by providers'],
  ['Art. 73', 'Meldung schwerwiegender Vorfälle', 'Reporting of serious incidents'],
  ['Art. 99', 'Sanktionen', 'Penalties'],
  [
    'Art. 101',
    'Geldbußen für Anbieter von KI-Modellen mit allgemeinem Verwendungszweck',
    'Fines for providers of general-purpose AI models',
  ],
  [
    'Art. 111',
    'Bereits in Verkehr gebrachte KI-Systeme und KI-Modelle (Übergangsregeln)',
    'AI systems and models already placed on the market (transitional rules)',
  ],
  ['Art. 113', 'Inkrafttreten und Geltungsbeginn', 'Entry into force and application'],
  ['Annex I', 'Liste der Harmonisierungsrechtsvorschriften der Union', 'List of Union harmonisation legislation'],
  [
    'Annex II',
    'Liste der Straftaten gemäß Art. 5 Abs. 1 UAbs. 1 lit. h Ziff. iii',
    'List of criminal offences referred to in Art. 5(1)(h)(iii)',
  ],
  ['Annex III', 'Hochrisiko-KI-Systeme gemäß Art. 6 Abs. 2', 'High-risk AI systems referred to in Art. 6(2)'],
  ['Annex IV', 'Technische Dokumentation gemäß Art. 11 Abs. 1', 'Technical documentation referred to in Art. 11(1)'],
  [
    'Annex VI',
    'Konformitätsbewertungsverfahren auf der Grundlage einer internen Kontrolle',
    'Conformity assessment procedure based on internal control',
  ],
  [
    'Annex VII',
    'Konformität auf der Grundlage einer Bewertung des Qualitätsmanagementsystems und der technischen Dokumentation',
    'Conformity based on an assessment of the quality management system and the technical documentation',
  ],
  [
    'Annex X',
    'Rechtsvorschriften der Union über IT-Großsysteme im Raum der Freiheit, der Sicherheit und des Rechts',
    'Union legislative acts on large-scale IT systems in the area of freedom, security and justice',
  ],
  [
    'Annex XI',
    'Technische Dokumentation für Anbieter von KI-Modellen mit allgemeinem Verwendungszweck',
    'Technical documentation for providers of general-purpose AI models',
  ],
  [
    'Annex XII',
    'Transparenzinformationen für nachgelagerte Anbieter',
    'Transparency information for downstream providers',
  ],
  [
    'Annex XIII',
    'Kriterien für die Benennung von KI-Modellen mit allgemeinem Verwendungszweck mit systemischem Risiko',
    'Criteria for the designation of general-purpose AI models with systemic risk',
  ],
] as const;

export type AiActArticleRef = (typeof ENTRIES)[number][0];

export const AI_ACT_ARTICLES: Readonly<Record<AiActArticleRef, AiActArticle>> = Object.fromEntries(
  ENTRIES.map(([ref, de, en]) => [
    ref,
    { ref, kind: ref.startsWith('Annex') ? 'annex' : 'article', title: { de, en } },
  ]),
) as Record<AiActArticleRef, AiActArticle>;

const BASE_REF = /^(Art\. \d+[a-z]?|Annex [IVX]+)(?![IVX\d])/;

/** The article or annex part of a ref: 'Art. 26(1)' → 'Art. 26', 'Annex III 4(a)' → 'Annex III'. */
export function aiActBaseRef(ref: string): string | undefined {
  return BASE_REF.exec(ref.trim())?.[1];
}

/** Looks a ref up, ignoring paragraphs and points ('Art. 5(1)(f)' finds Art. 5). */
export function aiActArticle(ref: string): AiActArticle | undefined {
  const base = aiActBaseRef(ref);
  return base !== undefined && Object.hasOwn(AI_ACT_ARTICLES, base)
    ? AI_ACT_ARTICLES[base as AiActArticleRef]
    : undefined;
}

const ROMAN = /^[ivx]+$/;

/**
 * Writes a ref the way each language cites it: 'Art. 5(1)(f)' stays in English and becomes
 * 'Art. 5 Abs. 1 lit. f' in German; 'Annex III 4(a)' becomes 'Anhang III Nr. 4 lit. a'.
 */
export function formatAiActRef(ref: string, lang: Lang): string {
  if (lang === 'en') return ref;
  const m = /^(Art\.|Annex) ([0-9]+[a-z]?|[IVX]+)(?: (\d+))?((?:\([0-9a-z]+\))*)$/.exec(ref.trim());
  if (!m) return ref;
  const [, kind, num, annexPoint, parens = ''] = m;
  const parts = [...parens.matchAll(/\(([0-9a-z]+)\)/g)].map((p) => p[1] ?? '');
  const out: string[] = [kind === 'Annex' ? `Anhang ${num}` : `Art. ${num}`];
  let numbered = annexPoint !== undefined;
  if (annexPoint !== undefined) out.push(`Nr. ${annexPoint}`);
  for (const part of parts) {
    if (/^\d+[a-z]?$/.test(part) && !numbered) {
      // Art. 3 consists of numbered definitions ("Nr."), every other article of paragraphs ("Abs.").
      out.push(num === '3' && kind === 'Art.' ? `Nr. ${part}` : `Abs. ${part}`);
      numbered = true;
    } else if (ROMAN.test(part) && out.some((o) => o.startsWith('lit.'))) {
      out.push(`Ziff. ${part}`);
    } else {
      out.push(`lit. ${part}`);
    }
  }
  return out.join(' ');
}
