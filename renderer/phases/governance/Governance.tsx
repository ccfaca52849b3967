import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assertNever';
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
  const tabs = useRef<HTMLDivElement>(null);

  // ARIA tabs: arrows move between tabs and show them at once, Home/End jump to the ends.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = GOVERNANCE_TABS.indexOf(tab);
    const last = GOVERNANCE_TABS.length - 1;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = GOVERNANCE_TABS[(next + GOVERNANCE_TABS.length) % GOVERNANCE_TABS.length]!;
    showTab(target);
    tabs.current?.querySelector<HTMLElement>(`#gov-tab-${target}`)?.focus();
  };

  return (
    <div className="governance">
      <h2>{t('governance.title')}</h2>
      <div
        ref={tabs}
        className="gov-tabs"
        role="tablist"
        aria-label={t('governance.tabsLabel')}
        onKeyDown={onKeyDown}
      >
        {GOVERNANCE_TABS.map((id) => (
          <button
            key={id}
            id={`gov-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="gov-panel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => showTab(id)}
          >
            {t(`governance.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div id="gov-panel" role="tabpanel" aria-labelledby={`gov-tab-${tab}`}>
        <TabPanel tab={tab} />
      </div>
    </div>
  );
}
