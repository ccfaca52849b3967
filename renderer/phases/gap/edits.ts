import type { AssessmentPatch } from '../../../shared/schemas/assessment';
import type { Input } from '../../../shared/contract';
import { priorityOfGap } from '../../../shared/domain/actionPriority';
import { api } from '../../api';
import { i18next } from '../../i18n';
import { catalogItem } from '../../store/catalog';
import { currentRecord, saveEdit } from '../../store/records';
import { useWorkbook } from '../../store/workbook';
import { useGapStore } from './gapStore';

type EvidenceKind = Input<'evidence:create'>['kind'];

/** The chosen session, if it still exists in the open workbook (it may have been deleted or undone). */
function activeSessionId(): string | null {
  const wb = useWorkbook.getState().open?.wb;
  const chosen = useGapStore.getState().session;
  const sessions = currentRecord('session');
  if (!chosen || chosen.wb !== wb) return null;
  return sessions?.some((s) => s.id === chosen.id) ? chosen.id : null;
}

/** The item's assessment including edits still on their way, so quick key presses build on each other. */
export const cachedAssessment = (itemId: string) =>
  currentRecord('assessment')?.find((a) => a.itemId === itemId);

/**
 * Saves part of an item's assessment, stamped with the running workshop session. The edit shows at once, so
 * V V V cycles from the verdict just chosen, not from one already left behind; a refused edit simply
 * disappears from the screen again.
 */
export async function updateAssessment(itemId: string, patch: AssessmentPatch): Promise<void> {
  const sessionId = activeSessionId();
  const stamped = sessionId ? { ...patch, sessionId } : patch;
  await saveEdit((wb) => api.assessment.update({ wb, itemId, patch: stamped }), {
    aggregate: 'assessment',
    apply: (rows) => rows.map((a) => (a.itemId === itemId ? { ...a, ...stamped } : a)),
  });
}

export const addEvidence = (input: {
  itemId: string;
  kind: EvidenceKind;
  title: string;
  reference: string;
}) => saveEdit((wb) => api.evidence.create({ wb, ...input }));

/** Main shows its own file dialog; cancelling it is not an error and changes nothing. */
export const attachEvidence = (itemId: string, kind: EvidenceKind) =>
  saveEdit((wb) => api.evidence.attach({ wb, itemId, kind }));

export const deleteEvidence = (id: string) => saveEdit((wb) => api.evidence.delete({ wb, id }));

export const createSession = (data: { title: string; date: string | null; location: string }) =>
  saveEdit((wb) => api.session.create({ wb, data }));

export const addAttendee = (data: { sessionId: string; name: string; role: string; organisation: string }) =>
  saveEdit((wb) => api.attendee.create({ wb, data }));

export const removeAttendee = (id: string) => saveEdit((wb) => api.attendee.delete({ wb, id }));

/**
 * One keystroke from a gap to the action plan: the action names the requirement, carries the finding
 * and links back to the item (source 'gap').
 */
export function createActionFromGap(itemId: string) {
  const assessment = cachedAssessment(itemId);
  const lang = i18next.language === 'en' ? 'en' : 'de';
  const title = `${itemId} ${catalogItem(itemId)?.title[lang] ?? ''}`.trim();
  const priority = priorityOfGap(assessment?.verdict);
  return saveEdit((wb) =>
    api.action.create({
      wb,
      data: {
        title,
        description: assessment?.finding ?? '',
        sourceKind: 'gap',
        sourceId: itemId,
        priority,
        status: 'open',
      },
    }),
  );
}
