import { assertNever } from '../../shared/domain/assertNever';
import { Actions } from '../phases/actions/Actions';
import { AuditReadiness } from '../phases/audit/AuditReadiness';
import { GapAnalysis } from '../phases/gap/GapAnalysis';
import { Governance } from '../phases/governance/Governance';
import { Integration } from '../phases/integration/Integration';
import { Overview } from '../phases/overview/Overview';
import { Reports } from '../phases/reports/Reports';
import { Risks } from '../phases/risk/Risks';
import { useNavigation } from '../store/navigation';

export function PhaseView() {
  const phase = useNavigation((s) => s.phase);
  switch (phase) {
    case 'overview':
      return <Overview />;
    case 'gap':
      return <GapAnalysis />;
    case 'risk':
      return <Risks />;
    case 'governance':
      return <Governance />;
    case 'integration':
      return <Integration />;
    case 'audit':
      return <AuditReadiness />;
    case 'actions':
      return <Actions />;
    case 'reports':
      return <Reports />;
    default:
      return assertNever(phase);
  }
}
