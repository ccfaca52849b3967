import { riskBand } from '../../../../shared/domain/risk';
import type { Risk } from '../../../../shared/schemas/risk';
import type { RegisterFilters } from '../riskUi';

/** Filter value for risks not linked to any AI system. */
export const NO_SYSTEM = '-';

/**
 * The register's filters. The heatmap counts the risks that pass every filter but its own cell and the
 * band, so it still shows where the other risks of the same selection lie.
 */
export function filterRisks(
  risks: readonly Risk[],
  filters: RegisterFilters,
  systemNames: ReadonlyMap<string, string>,
): { mapped: Risk[]; rows: Risk[] } {
  const query = filters.search.trim().toLocaleLowerCase();
  const mapped = risks.filter((risk) => {
    if (filters.status && risk.status !== filters.status) return false;
    if (
      filters.aiSystemId === NO_SYSTEM
        ? risk.aiSystemId !== null
        : filters.aiSystemId && risk.aiSystemId !== filters.aiSystemId
    )
      return false;
    if (!query) return true;
    const system = risk.aiSystemId ? (systemNames.get(risk.aiSystemId) ?? '') : '';
    return [risk.ref, risk.title, risk.description, risk.owner, system].some((text) =>
      text.toLocaleLowerCase().includes(query),
    );
  });
  const { band, cell } = filters;
  const rows =
    band || cell
      ? mapped.filter(
          (risk) =>
            (!band || riskBand(risk.likelihood, risk.impact) === band) &&
            (!cell || (risk.likelihood === cell.likelihood && risk.impact === cell.impact)),
        )
      : mapped;
  return { mapped, rows };
}
