import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoEngagement } from '../../../electron/services/demo';
import { writeReport } from '../../../electron/services/reports';
import type { RenderResult } from '../../../electron/report/render';
import type { Lang } from '../../../shared/catalog/types';
import type { ReportType } from '../../../shared/report/model';
import { testServices } from '../../support/services';

export const CLIENT = 'Rheinland Versicherung AG';

/** A demo workbook in a temp folder, open in real services; `dispose` closes it and removes the folder. */
export async function demoWorkbook() {
  const dir = mkdtempSync(join(tmpdir(), 'aims-report-'));
  const services = testServices(dir);
  const { wb } = await services.newWorkbook('demo.aimswb', CLIENT);
  await writeDemoEngagement(services.dispatch, wb, 'de');
  const db = () => services.sessions.get(wb).db;
  return {
    dir,
    wb,
    services,
    db,
    /** Renders one report into the temp folder. */
    render: async (type: ReportType, lang: Lang): Promise<{ path: string; result: RenderResult }> => {
      const path = join(dir, `${type}-${lang}.pdf`);
      return { path, result: await writeReport(db(), { type, lang, outPath: path }) };
    },
    dispose: () => {
      services.sessions.closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
