import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assertNever';
import { Tabs } from '../../components/Tabs';
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
  useEffect(() => {
    if (wb) useRiskUi.getState().bind(wb);
  }, [wb]);
  // A confirmation is news for a moment, not a banner to dismiss.
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => useRiskUi.getState().announce(null), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  return (
    <div className="risks">
      <h2>{t('risk.title')}</h2>
      <Tabs
        label={t('risk.tabs.label')}
        tabs={RISK_TABS.map((id) => ({ id, label: t(`risk.tabs.${id}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        <p className="risk-notice" aria-live="polite">
          {notice}
        </p>
        <TabPanel tab={tab} />
      </Tabs>
    </div>
  );
}
