/** Id vocabularies shared by the EU AI Act catalogue and the classifier. */

/**
 * Legal regimes of the AI Act the tool can apply. 'amended-2026' is the text as amended by
 * Regulation (EU) 2026/1744 ("Digital Omnibus on AI"); 'original-2024' the text as adopted in 2024.
 * The ids match the `aiActRegime` stored in an engagement and a classification.
 */
export const AI_ACT_REGIME_IDS = ['amended-2026', 'original-2024'] as const;
export type AiActRegimeId = (typeof AI_ACT_REGIME_IDS)[number];

/** Operator roles (Art. 3(3)–(7), Art. 25(3)); the same values as OperatorRoleSchema in shared/schemas/enums.ts. */
export const OPERATOR_ROLE_IDS = [
  'provider',
  'deployer',
  'importer',
  'distributor',
  'authorised-representative',
  'product-manufacturer',
] as const;
export type OperatorRoleId = (typeof OPERATOR_ROLE_IDS)[number];

/** Milestones of the application timeline; a regime gives each the date it has under that regime (or leaves it out). */
export const AI_ACT_MILESTONE_IDS = [
  'entry-into-force',
  'prohibitions-and-literacy',
  'gpai-and-governance',
  'omnibus-in-force',
  'general-application',
  'omnibus-prohibitions',
  'art-50-2-transition-end',
  'legacy-gpai-models',
  'national-sandboxes',
  'pmm-guidance',
  'annex-iii-high-risk',
  'annex-i-high-risk',
  'legacy-public-authorities',
  'large-scale-it-systems',
] as const;
export type AiActMilestoneId = (typeof AI_ACT_MILESTONE_IDS)[number];

/** A value that differs between the two regimes. */
export type ByRegime<T> = Readonly<Record<AiActRegimeId, T>>;
