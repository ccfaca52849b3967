import type { Input } from '../../../../shared/contract';
import type { ImpactAssessment } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';

type Patch = Input<'impact:update'>['patch'];

/**
 * The record a first edit is creating, per AI system: a second field saved before the list has
 * reloaded must update that record, not try to create another (one assessment per system).
 */
const creating = new Map<string, Promise<ImpactAssessment | undefined>>();

/** Saves part of a system's impact assessment, creating the record with the first edit. */
export async function saveImpact(aiSystemId: string, record: ImpactAssessment | undefined, patch: Patch) {
  const id = record?.id ?? (await creating.get(aiSystemId))?.id;
  if (id) return saveEdit((wb) => api.impact.update({ wb, id, patch }));
  const created = saveEdit((wb) => api.impact.create({ wb, data: { aiSystemId, ...patch } }));
  creating.set(aiSystemId, created);
  return created;
}
