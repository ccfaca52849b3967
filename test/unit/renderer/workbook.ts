import { useWorkbook } from '../../../renderer/store/workbook';
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
