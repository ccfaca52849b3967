import { api } from '../../../api';
import { saveEdit, useRecords } from '../../../store/records';
import { useWorkbook } from '../../../store/workbook';

/**
 * Deletes an AI system. The workbook also drops its classification and impact assessment and unlinks
 * its risks, but the change event names only 'aiSystem', so those three lists are read again here.
 */
export async function deleteSystem(id: string): Promise<boolean> {
  const deleted = await saveEdit((wb) => api.aiSystem.delete({ wb, id }));
  const wb = useWorkbook.getState().open?.wb;
  if (!deleted || !wb) return false;
  const [risks, classifications, impacts] = await Promise.all([
    api.risk.list({ wb }),
    api.classification.list({ wb }),
    api.impact.list({ wb }),
  ]);
  const { put } = useRecords.getState();
  if (risks.ok) put('risk', risks.value);
  if (classifications.ok) put('classification', classifications.value);
  if (impacts.ok) put('impact', impacts.value);
  return true;
}
