import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assertNever';
import { Tabs } from '../../components/Tabs';
import { CompetenceRegister } from './competence/CompetenceRegister';
import { GOVERNANCE_TABS, useGovernanceView, type GovernanceTab } from './governanceView';
import { ObjectivesTable } from './objectives/ObjectivesTable';
import { PolicyEditor } from './policy/PolicyEditor';
import { RolesPanel } from './roles/RolesPanel';
import { SoaView } from './soa/SoaView';
import './governance.css';

function TabPanel({ tab }: { tab: GovernanceTab }) {
  switch (tab) {
    case 'roles':
      return <RolesPanel />;
    case 'policy':
      return <PolicyEditor />;
    case 'objectives':
      return <ObjectivesTable />;
    case 'competence':
      return <CompetenceRegister />;
    case 'soa':
      return <SoaView />;
    default:
      return assertNever(tab);
  }
}

/** Phase 3: who is responsible, what the policy says, what is aimed at, who is able, which controls apply. */
export function Governance() {
  const { t } = useTranslation();
  const { tab, showTab } = useGovernanceView();
  return (
    <div className="governance">
      <h2>{t('governance.title')}</h2>
      <Tabs
        label={t('governance.tabsLabel')}
        tabs={GOVERNANCE_TABS.map((id) => ({ id, label: t(`governance.tabs.${id}`) }))}
        selected={tab}
        onSelect={showTab}
      >
        <TabPanel tab={tab} />
      </Tabs>
    </div>
  );
}
