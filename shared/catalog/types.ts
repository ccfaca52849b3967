/** Catalogue data types. Every user-facing text exists in German and English. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Text = Readonly<Record<Lang, string>>;
export type TextList = Readonly<Record<Lang, readonly string[]>>;

/** A heading that groups assessable items: clause 4–10 or an Annex A objective A.2–A.10. */
export interface CatalogGroup {
  readonly id: string; // '4' … '10', 'A.2' … 'A.10'
  readonly kind: 'clause' | 'control';
  readonly title: Text;
  /** One or two sentences on what the group is about (our own words). */
  readonly summary: Text;
}

/** Matching clause numbers in the other harmonized-structure standards, where one exists. */
export interface HsMapping {
  readonly iso27001?: string;
  readonly iso9001?: string;
  readonly iso37301?: string;
}

/** One assessable requirement: a clause leaf (4.1 … 10.2) or an Annex A control (A.2.2 … A.10.4). */
export interface CatalogItem {
  readonly id: string;
  readonly kind: 'clause' | 'control';
  /** Id of the CatalogGroup heading. */
  readonly group: string;
  /** Sub-heading for nested items, e.g. '6.1', '7.5', '9.2', '9.3', 'A.6.1', 'A.6.2'. */
  readonly subgroup?: string;
  readonly title: Text;
  /** What an auditor looks for, 2–4 sentences, paraphrased. */
  readonly auditorFocus: Text;
  /** 3–6 questions a consultant asks in a workshop. */
  readonly guidingQuestions: TextList;
  readonly typicalEvidence: TextList;
  /** Documented information this item implies (may be empty where the item implies none). */
  readonly documentedInformation: TextList;
  /** Ids of related clauses / Annex A controls in this catalogue. */
  readonly related: readonly string[];
  /** EU AI Act articles, written 'Art. 9', 'Art. 26(1)', 'Annex IV'. */
  readonly aiActArticles: readonly string[];
  readonly hs: HsMapping;
  /** GDPR articles, written 'Art. 35'. */
  readonly gdprArticles: readonly string[];
}
