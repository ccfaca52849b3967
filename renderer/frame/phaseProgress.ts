import { soaCompleteness } from '../../shared/domain/soaCompleteness';
import { useList } from '../store/records';
import type { Phase } from '../store/navigation';

/** Share done per phase, 0–1, or null where the phase has nothing to count yet. */
export function usePhaseProgress(): Partial<Record<Phase, number | null>> {
  const assessments = useList('assessment');
  const aiSystems = useList('aiSystem');
  const classifications = useList('classification');
  const soa = useList('soa');
  const systems = useList('managementSystem');
  const documents = useList('document');
  const actions = useList('action');
  const ratio = (done: number, total: number) => (total === 0 ? null : done / total);

  const classified = new Set(classifications?.filter((c) => c.complete).map((c) => c.aiSystemId));
  const soaState = soa ? soaCompleteness(soa) : null;
  return {
    gap: assessments
      ? ratio(assessments.filter((a) => a.verdict !== 'not-assessed').length, assessments.length)
      : null,
    risk: aiSystems ? ratio(aiSystems.filter((s) => classified.has(s.id)).length, aiSystems.length) : null,
    governance: soaState ? ratio(soaState.decided, soaState.total) : null,
    integration: systems ? (systems.length > 0 ? 1 : 0) : null,
    audit: documents
      ? ratio(documents.filter((d) => d.status === 'approved').length, documents.length)
      : null,
    actions: actions ? ratio(actions.filter((a) => a.status === 'done').length, actions.length) : null,
  };
}
