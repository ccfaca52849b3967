import { useMemo } from 'react';
import type { Lang } from '../../../shared/catalog/types';
import { assessmentCoverage, type Coverage } from '../../../shared/domain/scores';
import type { Assessment } from '../../../shared/schemas/assessment';
import { useCatalog, type CatalogItems } from '../../store/catalog';
import { useList } from '../../store/records';
import { useGapStore, type GapFilters } from './gapStore';

export type CatalogItem = CatalogItems[number];

/** One catalogue item of the workbook's snapshot with its assessment. */
export interface GapRow {
  readonly item: CatalogItem;
  readonly assessment: Assessment | null;
  /** target − current; null until both are rated. */
  readonly gap: number | null;
  /** Still to be rated, by the same counting rule as the overview's coverage. */
  readonly open: boolean;
}

const scoreInput = (item: CatalogItem, a: Assessment | null) => ({
  structure: [item],
  assessments: a
    ? [{ itemId: item.id, current: a.maturityCurrent, target: a.maturityTarget, verdict: a.verdict }]
    : [],
});

function toRow(item: CatalogItem, assessment: Assessment | null): GapRow {
  const current = assessment?.maturityCurrent ?? null;
  const target = assessment?.maturityTarget ?? null;
  const coverage = assessmentCoverage(scoreInput(item, assessment));
  return {
    item,
    assessment,
    gap: current !== null && target !== null ? target - current : null,
    open: coverage.applicable === 1 && coverage.assessed === 0,
  };
}

const matchesGroup = (item: CatalogItem, group: GapFilters['group']): boolean =>
  group === 'all' || group === `kind:${item.kind}` || group === item.group;

function matchesSearch(row: GapRow, needle: string, lang: Lang): boolean {
  if (!needle) return true;
  const a = row.assessment;
  const haystack = [row.item.id, row.item.title[lang], a?.finding, a?.notes, a?.interviewee].join('\n');
  return haystack.toLocaleLowerCase(lang).includes(needle);
}

export function filterRows(rows: readonly GapRow[], filters: GapFilters, lang: Lang): GapRow[] {
  const needle = filters.search.trim().toLocaleLowerCase(lang);
  return rows.filter(
    (row) =>
      matchesGroup(row.item, filters.group) &&
      (filters.verdict === 'any' || (row.assessment?.verdict ?? 'not-assessed') === filters.verdict) &&
      (filters.minGap === 0 || (row.gap ?? 0) >= filters.minGap) &&
      (!filters.unanswered || row.open) &&
      matchesSearch(row, needle, lang),
  );
}

/**
 * Every item of the workbook's catalogue with its assessment, the ones the filters let through, and how
 * many are rated.
 */
export function useGapRows(lang: Lang): { all: GapRow[]; shown: GapRow[]; coverage: Coverage } | null {
  const catalog = useCatalog();
  const assessments = useList('assessment');
  const filters = useGapStore((s) => s.filters);
  const joined = useMemo(() => {
    if (!catalog || !assessments) return null;
    const byItem = new Map(assessments.map((a) => [a.itemId, a]));
    const rows = catalog.map((item) => toRow(item, byItem.get(item.id) ?? null));
    const coverage = assessmentCoverage({
      structure: catalog,
      assessments: rows.flatMap((r) => scoreInput(r.item, r.assessment).assessments),
    });
    return { rows, coverage };
  }, [catalog, assessments]);
  const shown = useMemo(
    () => (joined ? filterRows(joined.rows, filters, lang) : null),
    [joined, filters, lang],
  );
  return joined && shown ? { all: joined.rows, shown, coverage: joined.coverage } : null;
}
