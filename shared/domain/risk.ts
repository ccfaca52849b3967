/*
 * The 5×5 AI risk matrix: score, band and heatmap. The band comes from the lookup grid documented in
 * shared/catalog/vocab/risk.ts (RISK_BAND_GRID), not from the product, which only serves for sorting.
 */
import {
  IMPACT_LEVELS,
  LIKELIHOOD_LEVELS,
  RISK_BAND_GRID,
  RISK_BANDS,
  type ImpactLevel,
  type LikelihoodLevel,
  type RiskBand,
} from '../catalog/vocab/risk';

export function isLevel(value: unknown): value is LikelihoodLevel & ImpactLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

function level(value: number, axis: 'likelihood' | 'impact'): LikelihoodLevel {
  if (!isLevel(value)) throw new RangeError(`${axis} must be an integer 1–5, got ${value}`);
  return value;
}

/** Likelihood × impact, 1–25. Used to sort risks; the band is read from the grid. */
export function riskScore(likelihood: number, impact: number): number {
  return level(likelihood, 'likelihood') * level(impact, 'impact');
}

export function riskBand(likelihood: number, impact: number): RiskBand {
  const band = RISK_BAND_GRID[level(likelihood, 'likelihood') - 1]?.[level(impact, 'impact') - 1];
  if (band === undefined) throw new RangeError('risk band grid is incomplete');
  return band;
}

/** Position of a band in RISK_BANDS (low = 0 … critical = 3), for comparisons. */
export function bandRank(band: RiskBand): number {
  return RISK_BANDS.indexOf(band);
}

export interface RatedRisk {
  readonly likelihood: number | null;
  readonly impact: number | null;
}

/**
 * Counts per cell, laid out as drawn: rows run from likelihood 5 (top) down to 1, columns from impact 1
 * (left) to 5, so `counts[0][4]` is the top-right cell (likelihood 5, impact 5).
 */
export interface Heatmap {
  /** Likelihood of each row, top to bottom: [5, 4, 3, 2, 1]. */
  readonly likelihoods: readonly LikelihoodLevel[];
  /** Impact of each column, left to right: [1, 2, 3, 4, 5]. */
  readonly impacts: readonly ImpactLevel[];
  readonly counts: readonly (readonly number[])[];
  /** The band of each cell, same layout as `counts`, for colouring. */
  readonly bands: readonly (readonly RiskBand[])[];
  /** Risks placed on the grid. */
  readonly total: number;
  /** Risks without both ratings (e.g. no residual rating yet); not placed. */
  readonly unrated: number;
}

const ROWS: readonly LikelihoodLevel[] = [...LIKELIHOOD_LEVELS].reverse();
const COLUMNS: readonly ImpactLevel[] = IMPACT_LEVELS;

export function heatmap(risks: readonly RatedRisk[]): Heatmap {
  const counts = ROWS.map(() => COLUMNS.map(() => 0));
  let unrated = 0;
  for (const risk of risks) {
    if (risk.likelihood === null || risk.impact === null) {
      unrated += 1;
      continue;
    }
    const row = counts[5 - level(risk.likelihood, 'likelihood')];
    const column = level(risk.impact, 'impact') - 1;
    if (row === undefined) throw new RangeError('heatmap row out of range');
    row[column] = (row[column] ?? 0) + 1;
  }
  return {
    likelihoods: ROWS,
    impacts: COLUMNS,
    counts,
    bands: ROWS.map((l) => COLUMNS.map((i) => riskBand(l, i))),
    total: risks.length - unrated,
    unrated,
  };
}

/** Reads one cell of a heatmap by its ratings rather than by its drawing position. */
export function heatmapCount(map: Heatmap, likelihood: number, impact: number): number {
  return map.counts[5 - level(likelihood, 'likelihood')]?.[level(impact, 'impact') - 1] ?? 0;
}

export interface InherentAndResidualRisk {
  readonly likelihood: number;
  readonly impact: number;
  readonly residualLikelihood?: number | null;
  readonly residualImpact?: number | null;
}

/** Inherent and residual heatmaps of one register; risks without a residual rating count as `unrated` there. */
export function riskHeatmaps(risks: readonly InherentAndResidualRisk[]): {
  inherent: Heatmap;
  residual: Heatmap;
} {
  return {
    inherent: heatmap(risks),
    residual: heatmap(
      risks.map((r) => ({ likelihood: r.residualLikelihood ?? null, impact: r.residualImpact ?? null })),
    ),
  };
}

/** How strongly a requirement is tied to the risk register (input to the gap ranking in scores.ts). */
export interface RiskLinkage {
  readonly count: number;
  /** Highest inherent score (1–25) among the linked risks. */
  readonly maxScore: number;
}

export interface LinkedRisk {
  readonly likelihood: number;
  readonly impact: number;
  /** Annex A controls the risk's treatment relies on. */
  readonly controlIds: readonly string[];
}

/** Per control id: how many risks link it and the highest inherent score among them. */
export function riskLinksByItem(risks: readonly LinkedRisk[]): Map<string, RiskLinkage> {
  const links = new Map<string, RiskLinkage>();
  for (const risk of risks) {
    const score = riskScore(risk.likelihood, risk.impact);
    for (const id of new Set(risk.controlIds)) {
      const seen = links.get(id);
      links.set(id, {
        count: (seen?.count ?? 0) + 1,
        maxScore: Math.max(seen?.maxScore ?? 0, score),
      });
    }
  }
  return links;
}
