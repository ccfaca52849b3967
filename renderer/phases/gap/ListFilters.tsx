import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../../shared/catalog/vocab/assessment';
import { useNavigation } from '../../store/navigation';
import { useGapStore, NO_FILTERS, type GapFilters } from './gapStore';
import { groupTitle } from './groupTitle';
import type { Formats } from '../../i18n/formats';
import { SelectField } from '../../components/form/SelectField';
import { filterRows, type GapRow } from './useGapRows';

const GAP_STEPS = [1, 2, 3] as const;

/** The groups of the workbook's own catalogue, clauses and Annex A objectives apart, in catalogue order. */
function groupsOf(rows: readonly GapRow[], kind: 'clause' | 'control'): string[] {
  return [...new Set(rows.filter((r) => r.item.kind === kind).map((r) => r.item.group))];
}

/** Search, group, verdict, gap size and "open only" over the item list. */
export function ListFilters({ rows, formats }: { rows: readonly GapRow[]; formats: Formats }) {
  const { t } = useTranslation();
  const { filters, setFilters: store } = useGapStore();
  const { itemId, selectItem } = useNavigation();
  const { lang } = formats;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  /** Narrowing the list moves the selection into it, so the keys go on from what is visible. */
  const setFilters = (patch: Partial<GapFilters>) => {
    const next = { ...filters, ...patch };
    store(next);
    const shown = filterRows(rows, next, lang);
    if (shown[0] && !shown.some((r) => r.item.id === itemId)) selectItem(shown[0].item.id);
  };

  return (
    <div className="filters" role="search" aria-label={t('gap.filters.label')}>
      <label className="search-field">
        <Search size={16} aria-hidden="true" />
        <span className="visually-hidden">{t('gap.filters.search')}</span>
        <input
          type="search"
          value={filters.search}
          placeholder={t('gap.filters.searchHint')}
          aria-keyshortcuts="Control+F"
          data-key-target="search"
          onChange={(e) => setFilters({ search: e.target.value })}
        />
      </label>
      <SelectField
        className="select-field"
        label={t('gap.filters.group')}
        value={filters.group}
        options={[
          { value: 'all', label: t('gap.filters.allGroups') },
          { value: 'kind:clause', label: t('gap.filters.allClauses') },
          { value: 'kind:control', label: t('gap.filters.allControls') },
          ...(['clause', 'control'] as const).flatMap((kind) =>
            groupsOf(rows, kind).map((group) => ({
              value: group,
              label: `${group} ${groupTitle(group, lang)}`,
              group: t(kind === 'clause' ? 'gap.filters.clauses' : 'gap.filters.controls'),
            })),
          ),
        ]}
        onChange={(group) => setFilters({ group })}
      />
      <div className="filter-pair">
        <SelectField<Verdict | 'any'>
          className="select-field"
          label={t('gap.filters.verdict')}
          value={filters.verdict}
          options={[
            { value: 'any', label: t('gap.filters.anyVerdict') },
            ...VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict].label[lang] })),
          ]}
          onChange={(verdict) => setFilters({ verdict })}
        />
        <SelectField
          className="select-field"
          label={t('gap.filters.gap')}
          value={String(filters.minGap)}
          options={[
            { value: '0', label: t('gap.filters.anyGap') },
            ...GAP_STEPS.map((step) => ({
              value: String(step),
              label: t('gap.filters.minGap', { count: step }),
            })),
          ]}
          onChange={(minGap) => setFilters({ minGap: Number(minGap) })}
        />
      </div>
      <div className="filter-check">
        <label>
          <input
            type="checkbox"
            checked={filters.unanswered}
            onChange={(e) => setFilters({ unanswered: e.target.checked })}
          />
          {t('gap.filters.unanswered')}
        </label>
        {filtered && (
          <button type="button" className="link" onClick={() => setFilters(NO_FILTERS)}>
            {t('gap.filters.reset')}
          </button>
        )}
      </div>
    </div>
  );
}
