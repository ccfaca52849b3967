import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assertNever';
import { useReadiness } from '../../store/readiness';
import { useList } from '../../store/records';
import { AuditProgramme } from './AuditProgramme';
import { DocumentRegister } from './DocumentRegister';
import { ManagementReviews } from './ManagementReviews';
import { Nonconformities } from './Nonconformities';
import { ReadinessRules } from './ReadinessRules';
import { useAuditView, type AuditTab } from './auditView';
import { Tabs } from '../../components/Tabs';
import './audit.css';

const TABS = [
  'documents',
  'audits',
  'review',
  'nonconformities',
  'readiness',
] as const satisfies readonly AuditTab[];

function Panel({ tab }: { tab: AuditTab }) {
  switch (tab) {
    case 'documents':
      return <DocumentRegister />;
    case 'audits':
      return <AuditProgramme />;
    case 'review':
      return <ManagementReviews />;
    case 'nonconformities':
      return <Nonconformities />;
    case 'readiness':
      return <ReadinessRules />;
    default:
      return assertNever(tab);
  }
}

/** Phase 5: the evidence a certification body asks for, and whether Stage 1 and Stage 2 would pass today. */
export function AuditReadiness() {
  const { t } = useTranslation();
  const { tab, setTab } = useAuditView();
  const readiness = useReadiness();
  const nonconformities = useList('nonconformity');
  const openNcs =
    nonconformities?.filter((nc) => nc.status !== 'closed' && nc.status !== 'verified').length ?? 0;
  const badge = (text: string, tone: 'good' | 'bad' | 'neutral') => (
    <span className="kit-count-badge" data-tone={tone}>
      {text}
    </span>
  );
  const stageBadge = (stage: 'stage1' | 'stage2') =>
    readiness &&
    badge(
      t(`audit.readiness.${stage}Short`, { met: readiness[stage].met, total: readiness[stage].total }),
      readiness[stage].ready ? 'good' : 'bad',
    );
  return (
    <section className="audit-phase" aria-labelledby="audit-title">
      <header className="kit-header">
        <h2 id="audit-title">{t('audit.title')}</h2>
        <p>{t('audit.intro')}</p>
      </header>
      <Tabs
        label={t('audit.tabs.label')}
        tabs={TABS.map((id) => ({
          id,
          label: t(`audit.tabs.${id}`),
          badge:
            id === 'nonconformities' && openNcs > 0 ? (
              badge(String(openNcs), 'neutral')
            ) : id === 'readiness' ? (
              <>
                {stageBadge('stage1')}
                {stageBadge('stage2')}
              </>
            ) : undefined,
        }))}
        selected={tab}
        onSelect={setTab}
      >
        <Panel tab={tab} />
      </Tabs>
    </section>
  );
}
