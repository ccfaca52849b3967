import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assertNever';
import { useWorkbook } from '../../store/workbook';
import { Classification } from './classification/Classification';
import { ImpactAssessment } from './impact/ImpactAssessment';
import { Inventory } from './inventory/Inventory';
import { RiskRegister } from './register/RiskRegister';
import { RISK_TABS, useRiskUi, type RiskTab } from './riskUi';
import './risk.css';

const NOTICE_MS = 8000;

function TabPanel({ tab }: { tab: RiskTab }) {
  switch (tab) {
    case 'inventory':
      return <Inventory />;
    case 'classification':
      return <Classification />;
    case 'register':
      return <RiskRegister />;
    case 'impact':
      return <ImpactAssessment />;
    default:
      return assertNever(tab);
  }
}

/** Phase 2: AI system inventory, EU AI Act classification, risk register and impact assessment. */
export function Risks() {
  const { t } = useTranslation();
  const wb = useWorkbook((s) => s.open?.wb);
  const { tab, setTab, notice } = useRiskUi();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (wb) useRiskUi.getState().bind(wb);
  }, [wb]);
  // A confirmation is news for a moment, not a banner to dismiss.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => useRiskUi.getState().announce(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  // The ARIA tabs pattern: arrows move between tabs, Tab moves on into the panel.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = RISK_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % RISK_TABS.length
        : event.key === 'ArrowLeft'
          ? (index + RISK_TABS.length - 1) % RISK_TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? RISK_TABS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setTab(RISK_TABS[next]!);
    tabs.current[next]?.focus();
  };

  return (
    <div className="risks">
      <header className="risks-header">
        <h2>{t('risk.title')}</h2>
        <div role="tablist" aria-label={t('risk.tabs.label')} className="risk-tabs" onKeyDown={onKeyDown}>
          {RISK_TABS.map((id, index) => (
            <button
              key={id}
              ref={(el) => {
                tabs.current[index] = el;
              }}
              type="button"
              role="tab"
              id={`risk-tab-${id}`}
              aria-selected={tab === id}
              aria-controls="risk-tabpanel"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t(`risk.tabs.${id}`)}
            </button>
          ))}
        </div>
      </header>
      <p className="risk-notice" aria-live="polite">
        {notice}
      </p>
      <section id="risk-tabpanel" role="tabpanel" aria-labelledby={`risk-tab-${tab}`} className="risk-panel">
        <TabPanel tab={tab} />
      </section>
    </div>
  );
}
