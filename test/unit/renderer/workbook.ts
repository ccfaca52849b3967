import { useWorkbook } from '../../../renderer/store/workbook';
import type { EventPayload } from '../../../shared/contract';
import type { WorkbookSummary } from '../../../shared/contract/workbook';

export const WB = 'wb-1';

/** The renderer as it is once main opened a workbook: every edit and list names this id. */
export function openWorkbook(): WorkbookSummary {
  const summary = {
    wb: WB,
    fileName: 'Acme.aimswb',
    clientName: 'Acme',
    schemaVersion: 30,
    catalogVersion: '1',
    backupFileName: null,
  };
  useWorkbook.setState({ open: summary, error: null });
  return summary;
}

let seq = 0;
/** Main's `workbook:changed` for an edit of `aggregates` without list changes, so the renderer reads them again. */
export const changedEvent = (
  aggregates: string[],
  history: EventPayload<'workbook:changed'>['history'] = { undo: null, redo: null },
  wb = WB,
): EventPayload<'workbook:changed'> => ({ wb, seq: ++seq, aggregates, history, lists: {} });
