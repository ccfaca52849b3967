import { FilterX, Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  RISK_BAND_LABELS,
  RISK_BANDS,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  type RiskBand,
} from '../../../../shared/catalog/vocab/risk';
import type { AiSystem } from '../../../../shared/schemas/risk';
import { SelectField } from '../../../components/form/SelectField';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useFormats } from '../../../i18n/formats';
import { vocabularyOptions } from '../../../components/form/vocabularyOptions';
import { NO_FILTERS, useRiskUi, type RegisterFilters } from '../riskUi';
import { NO_SYSTEM } from './filterRisks';

/** Band, status, AI system and free-text filters; the heatmap adds the cell filter. */
export function RiskFilters({
  systems,
  shown,
  total,
  byBand,
}: {
  systems: readonly AiSystem[];
  shown: number;
  total: number;
  /** Risks per band among those the other filters let through. */
  byBand: Readonly<Record<RiskBand, number>>;
}) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const format = useFormats();
  const { filters, setFilters, clearFilters } = useRiskUi();
  const all = { value: '', label: t('risk.register.filters.all') };
  const active = (Object.keys(NO_FILTERS) as (keyof RegisterFilters)[]).some(
    (k) => filters[k] !== NO_FILTERS[k],
  );

  return (
    <div className="register-filters" role="search" aria-label={t('risk.register.filters.label')}>
      <div className="kit-field search">
        <label htmlFor="risk-search">{t('risk.register.filters.search')}</label>
        <span className="with-icon">
          <Search size={16} aria-hidden />
          <input
            id="risk-search"
            type="search"
            value={filters.search}
            placeholder={t('risk.register.filters.searchHint')}
            onChange={(e) => setFilters({ search: e.target.value })}
          />
        </span>
      </div>
      <SelectField
        label={t('risk.register.filters.status')}
        value={filters.status ?? ''}
        options={[all, ...vocabularyOptions(RISK_STATUSES, RISK_STATUS_LABELS, lang)]}
        onChange={(v) => setFilters({ status: v === '' ? null : (v as RegisterFilters['status']) })}
      />
      <SelectField
        label={t('risk.register.filters.aiSystem')}
        value={filters.aiSystemId ?? ''}
        options={[
          all,
          ...systems.map((s) => ({ value: s.id, label: s.name })),
          { value: NO_SYSTEM, label: t('risk.register.noSystem') },
        ]}
        onChange={(v) => setFilters({ aiSystemId: v === '' ? null : v })}
      />
      <div className="band-filter" role="group" aria-label={t('risk.register.filters.byBand')}>
        {[...RISK_BANDS].reverse().map((band) => (
          <button
            key={band}
            type="button"
            aria-pressed={filters.band === band}
            onClick={() => setFilters({ band: filters.band === band ? null : band })}
          >
            <span className="band" data-band={band}>
              {RISK_BAND_LABELS[band].label[lang]}
            </span>
            <strong>{format.number(byBand[band])}</strong>
          </button>
        ))}
      </div>
      <div className="filter-summary">
        <span aria-live="polite">
          {t('risk.register.shown', { shown: format.number(shown), total: format.number(total) })}
        </span>
        {filters.cell && (
          <span className="chip">
            {t('risk.register.cellFilter', { ...filters.cell })}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('risk.register.clearCell')}
              onClick={() => setFilters({ cell: null })}
            >
              ×
            </button>
          </span>
        )}
        {active && (
          <button type="button" className="link" onClick={clearFilters}>
            <FilterX size={14} aria-hidden /> {t('risk.register.filters.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
