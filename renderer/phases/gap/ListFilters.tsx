import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { VERDICT_LABELS, VERDICTS, type Verdict } from '../../../shared/catalog/vocab/assessment';
import { useNavigation } from '../../store/navigation';
import { useGapStore, NO_FILTERS, type GapFilters } from './gapStore';
import type { Formats } from './useFormats';
import { SelectField } from './SelectField';
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
  const { lang, groupTitle } = formats;
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
        label={t('gap.filters.group')}
        value={filters.group}
        onChange={(group) => setFilters({ group })}
      >
        <option value="all">{t('gap.filters.allGroups')}</option>
        <option value="kind:clause">{t('gap.filters.allClauses')}</option>
        <option value="kind:control">{t('gap.filters.allControls')}</option>
        {(['clause', 'control'] as const).map((kind) => (
          <optgroup key={kind} label={t(kind === 'clause' ? 'gap.filters.clauses' : 'gap.filters.controls')}>
            {groupsOf(rows, kind).map((group) => (
              <option key={group} value={group}>
                {group} {groupTitle(group)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="filter-pair">
        <SelectField
          label={t('gap.filters.verdict')}
          value={filters.verdict}
          onChange={(verdict) => setFilters({ verdict: verdict as Verdict | 'any' })}
        >
          <option value="any">{t('gap.filters.anyVerdict')}</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABELS[verdict].label[lang]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('gap.filters.gap')}
          value={filters.minGap}
          onChange={(minGap) => setFilters({ minGap: Number(minGap) })}
        >
          <option value={0}>{t('gap.filters.anyGap')}</option>
          {GAP_STEPS.map((step) => (
            <option key={step} value={step}>
              {t('gap.filters.minGap', { count: step })}
            </option>
          ))}
        </SelectField>
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
