import { FilterX, Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
} from '../../../shared/catalog/vocab/actions';
import { SelectField } from '../../components/form/SelectField';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { vocabularyOptions } from '../../components/form/vocabularyOptions';
import { NO_FILTERS, useActionView } from './actionView';
import { ACTION_SOURCES } from './sources';

interface ActionFilterBarProps {
  owners: readonly string[];
  shown: number;
  total: number;
}

/** Search and the four filters the table and the roadmap share. */
export function ActionFilterBar({ owners, shown, total }: ActionFilterBarProps) {
  const { t, i18n } = useTranslation();
  const lang = useUiLanguage();
  const { filters, setFilter, resetFilters } = useActionView();
  const all = { value: 'all' as const, label: t('actions.filters.all') };
  const number = new Intl.NumberFormat(i18n.language);
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div className="kit-toolbar act-action-filters" role="search" aria-label={t('actions.filters.label')}>
      <div className="kit-field kit-search">
        <label htmlFor="action-search">{t('actions.filters.search')}</label>
        <Search size={16} aria-hidden />
        <input
          id="action-search"
          type="search"
          value={filters.search}
          placeholder={t('actions.filters.searchPlaceholder')}
          onChange={(e) => setFilter('search', e.target.value)}
        />
      </div>
      <SelectField
        label={t('actions.fields.status')}
        value={filters.status}
        options={[all, ...vocabularyOptions(ACTION_STATUSES, ACTION_STATUS_LABELS, lang)]}
        onChange={(value) => setFilter('status', value)}
      />
      <SelectField
        label={t('actions.fields.priority')}
        value={filters.priority}
        options={[all, ...vocabularyOptions(PRIORITIES, PRIORITY_LABELS, lang)]}
        onChange={(value) => setFilter('priority', value)}
      />
      <SelectField
        label={t('actions.fields.owner')}
        value={filters.owner}
        options={[all, ...owners.map((owner) => ({ value: owner, label: owner }))]}
        onChange={(value) => setFilter('owner', value)}
      />
      <SelectField
        label={t('actions.fields.source')}
        value={filters.source}
        options={[all, ...ACTION_SOURCES.map((id) => ({ value: id, label: t(`actions.sources.${id}`) }))]}
        onChange={(value) => setFilter('source', value)}
      />
      {filtered && (
        <button type="button" className="kit-quiet kit-icon-button" onClick={resetFilters}>
          <FilterX size={16} aria-hidden /> {t('actions.filters.reset')}
        </button>
      )}
      <span className="kit-spacer" />
      <p className="kit-figure" role="status" data-shown={shown}>
        {t('actions.filters.count', { shown: number.format(shown), total: number.format(total) })}
      </p>
    </div>
  );
}
