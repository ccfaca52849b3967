import { CheckCheck } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SOA_FILTERS, useGovernanceView, type SoaFilter } from '../governanceView';
import { acceptSuggestion } from './soaEdits';
import { SoaSummary } from './SoaSummary';
import { SoaTable } from './SoaTable';
import { useSoaRows, type SoaRow } from './useSoaRows';

const MATCHES: Record<SoaFilter, (row: SoaRow) => boolean> = {
  all: () => true,
  open: (row) => row.issue !== null,
  differs: (row) => row.entry.applicable !== null && !row.follows,
};

/**
 * Suggested inclusions of still undecided controls, for one-click adoption. Suggested exclusions are
 * left to the consultant: each needs a justification in their own words.
 */
const adoptable = (rows: SoaRow[]) =>
  rows.filter((r) => r.entry.applicable === null && r.suggestion.applicable);

/** Statement of Applicability for the 38 Annex A controls (ISO 42001 6.1.3). */
export function SoaView() {
  const { t } = useTranslation();
  const data = useSoaRows();
  const filter = useGovernanceView((s) => s.soaFilter);
  const setFilter = useGovernanceView((s) => s.setSoaFilter);
  // The table recomputes its groups whenever it gets a new array, so it gets one only when rows change.
  const shown = useMemo(() => data?.rows.filter(MATCHES[filter]) ?? [], [data, filter]);
  if (!data) return <p aria-busy="true">{t('governance.common.loading')}</p>;
  const toAdopt = adoptable(data.rows);

  return (
    <>
      <SoaSummary completeness={data.completeness} />
      <section className="card" aria-labelledby="gov-soa-title">
        <div className="card-head">
          <h3 id="gov-soa-title">{t('governance.soa.title')}</h3>
          <button
            type="button"
            disabled={toAdopt.length === 0}
            onClick={() => toAdopt.forEach((r) => void acceptSuggestion(r.entry, r.suggestion))}
          >
            <CheckCheck size={16} aria-hidden="true" />
            {t('governance.soa.acceptAll', { count: toAdopt.length })}
          </button>
        </div>
        <p className="hint">{t('governance.soa.intro')}</p>
        <div className="toolbar">
          <div className="segmented" role="radiogroup" aria-label={t('governance.soa.filter')}>
            {SOA_FILTERS.map((f) => (
              <label key={f} className="seg">
                <input type="radio" name="soa-filter" checked={filter === f} onChange={() => setFilter(f)} />
                {t(`governance.soa.filters.${f}`, { count: data.rows.filter(MATCHES[f]).length })}
              </label>
            ))}
          </div>
          <span className="hint">{t('governance.soa.keys')}</span>
        </div>
        <SoaTable rows={shown} />
      </section>
    </>
  );
}
