import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assertNever';
import { Tabs } from '../../components/Tabs';
import { AiActPanel } from './AiActPanel';
import { CrosswalkPanel } from './CrosswalkPanel';
import { SystemsPanel } from './SystemsPanel';
import { useIntegrationView, type IntegrationTab } from './integrationView';
import './integration.css';

const TABS = ['systems', 'crosswalk', 'aiAct'] as const satisfies readonly IntegrationTab[];

function Panel({ tab }: { tab: IntegrationTab }) {
  switch (tab) {
    case 'systems':
      return <SystemsPanel />;
    case 'crosswalk':
      return <CrosswalkPanel />;
    case 'aiAct':
      return <AiActPanel />;
    default:
      return assertNever(tab);
  }
}

/** Phase 4: reuse what the client's existing management systems already do, and map to the AI Act. */
export function Integration() {
  const { t } = useTranslation();
  const { tab, setTab } = useIntegrationView();
  return (
    <section className="integ-phase" aria-labelledby="integration-title">
      <header className="kit-header">
        <h2 id="integration-title">{t('integration.title')}</h2>
        <p>{t('integration.intro')}</p>
      </header>
      <Tabs
        label={t('integration.tabs.label')}
        tabs={TABS.map((id) => ({ id, label: t(`integration.tabs.${id}`) }))}
        selected={tab}
        onSelect={setTab}
      >
        <Panel tab={tab} />
      </Tabs>
    </section>
  );
}
