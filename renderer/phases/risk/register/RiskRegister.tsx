import { Plus } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_BANDS, type RiskBand } from '../../../../shared/catalog/vocab/risk';
import { heatmap } from '../../../../shared/domain/risk';
import { RiskHeatmap } from '../../../components/RiskHeatmap';
import { useList } from '../../../store/records';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useFormats } from '../../../i18n/formats';
import { useRiskUi } from '../riskUi';
import { useCreateAction } from './createAction';
import { filterRisks } from './filterRisks';
import { NewRiskForm } from './NewRiskForm';
import { riskColumns } from './riskColumns';
import { RiskFilters } from './RiskFilters';
import { RiskForm } from './RiskForm';
import { RiskTable } from './RiskTable';
import './register.css';

/** The AI risk register: heatmap and filters on top, the virtualized table with its side form below. */
export function RiskRegister() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const format = useFormats();
  const risks = useList('risk');
  const systems = useList('aiSystem');
  const { filters, panel, setPanel, toggleCell } = useRiskUi();
  const createAction = useCreateAction();

  const systemNames = useMemo(() => new Map((systems ?? []).map((s) => [s.id, s.name])), [systems]);
  const { mapped, rows } = useMemo(
    () => filterRisks(risks ?? [], filters, systemNames),
    [risks, filters, systemNames],
  );
  const map = useMemo(() => heatmap(mapped), [mapped]);
  const byBand = useMemo(() => {
    const counts = Object.fromEntries(RISK_BANDS.map((b) => [b, 0])) as Record<RiskBand, number>;
    for (const [r, row] of map.bands.entries()) {
      for (const [c, band] of row.entries()) counts[band] += map.counts[r]?.[c] ?? 0;
    }
    return counts;
  }, [map]);
  const columns = useMemo(
    () => riskColumns({ t, lang, format, systemNames }),
    [t, lang, format, systemNames],
  );
  if (!risks || !systems) return <p aria-busy="true">…</p>;

  const open = panel.kind === 'edit' ? risks.find((r) => r.id === panel.id) : undefined;
  const showForm = panel.kind === 'new' || open !== undefined;

  return (
    <div className="register">
      <div className="register-top">
        <section className="card heatmap-card" aria-labelledby="register-heatmap-title">
          <h3 id="register-heatmap-title">{t('risk.register.heatmap')}</h3>
          <div className="heatmap-frame">
            <span className="axis-label likelihood">{t('risk.riskForm.likelihood')}</span>
            <RiskHeatmap
              map={map}
              title={t('risk.register.heatmap')}
              onSelect={toggleCell}
              selected={filters.cell}
            />
            <span className="axis-label impact">{t('risk.riskForm.impact')}</span>
          </div>
        </section>
        <section className="card filters-card" aria-labelledby="register-filters-title">
          <div className="card-head">
            <h3 id="register-filters-title">{t('risk.register.title')}</h3>
            <button type="button" className="primary" onClick={() => setPanel({ kind: 'new' })}>
              <Plus size={16} aria-hidden />{' '}
              {filters.cell ? t('risk.register.newInCell', { ...filters.cell }) : t('risk.register.new')}
            </button>
          </div>
          <RiskFilters systems={systems} shown={rows.length} total={risks.length} byBand={byBand} />
          <p className="muted keyboard-hint">{t('risk.register.keyboardHint')}</p>
        </section>
      </div>
      <div className={showForm ? 'register-body with-form' : 'register-body'}>
        <RiskTable
          rows={rows}
          columns={columns}
          selectedId={open?.id ?? null}
          compact={showForm}
          onOpen={(risk) => setPanel({ kind: 'edit', id: risk.id })}
          onAction={(risk) => void createAction(risk)}
        />
        {panel.kind === 'new' && (
          <NewRiskForm key={`${filters.cell?.likelihood}-${filters.cell?.impact}`} systems={systems} />
        )}
        {open && <RiskForm key={open.id} risk={open} systems={systems} />}
      </div>
    </div>
  );
}
