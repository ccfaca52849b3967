import { basename } from 'node:path';
import { buildReportModel, reportFileName } from '../../shared/report/build';
import type { ReportData } from '../../shared/report/input';
import type { ReportType } from '../../shared/report/model';
import type { Lang } from '../../shared/catalog/types';
import { DEFAULT_FIRM_LOGO, logoDataUri } from '../report/logos';
import { renderReport, type RenderOptions, type RenderResult } from '../report/render';
import { actions } from '../workbook/repos/actions.repo';
import { aiSystems, classifications, impactAssessments } from '../workbook/repos/aiSystems.repo';
import { listAssessments } from '../workbook/repos/assessments.repo';
import { audits, documents, managementReviews, nonconformities } from '../workbook/repos/audit.repo';
import { getBranding, getLogo } from '../workbook/repos/branding.repo';
import { getEngagement, listCatalogSnapshot, readMeta } from '../workbook/repos/engagement.repo';
import { evidence } from '../workbook/repos/evidence.repo';
import { objectives } from '../workbook/repos/governance.repo';
import { listCoverage, managementSystems } from '../workbook/repos/integration.repo';
import { risks } from '../workbook/repos/risks.repo';
import { attendees, workshopSessions } from '../workbook/repos/sessions.repo';
import { listSoa } from '../workbook/repos/soa.repo';
import type { Db } from '../workbook/sql';
import type { Handlers } from './handler';
import type { ReportRenderer, ServiceContext } from './ports';
import type { Sessions } from './sessions';

/** Everything a report shows, read in one go so the report describes one moment of the workbook. */
export function readReportData(db: Db): ReportData {
  return db.transaction((): ReportData => {
    const { firmLogo: _firm, clientLogo: _client, ...branding } = getBranding(db);
    return {
      engagement: getEngagement(db),
      catalogVersion: readMeta(db).catalogVersion ?? '',
      catalog: listCatalogSnapshot(db),
      assessments: listAssessments(db),
      evidence: evidence.list(db),
      aiSystems: aiSystems.list(db),
      classifications: classifications.list(db),
      impactAssessments: impactAssessments.list(db),
      risks: risks.list(db),
      soa: listSoa(db),
      objectives: objectives.list(db),
      managementSystems: managementSystems.list(db),
      coverage: listCoverage(db),
      documents: documents.list(db),
      audits: audits.list(db),
      reviews: managementReviews.list(db),
      nonconformities: nonconformities.list(db),
      actions: actions.list(db),
      sessions: workshopSessions.list(db),
      attendees: attendees.list(db),
      branding,
      logos: {
        firm: logoDataUri('firm logo', getLogo(db, 'firm') ?? DEFAULT_FIRM_LOGO()),
        client: logoDataUri('client logo', getLogo(db, 'client')),
      },
    };
  })();
}

/** Reads the workbook, builds the model of one report type and renders it to `outPath`. */
export async function writeReport(
  db: Db,
  request: { type: ReportType; lang: Lang; outPath: string } & RenderOptions,
  render: ReportRenderer = renderReport,
): Promise<RenderResult> {
  const model = buildReportModel(readReportData(db), {
    type: request.type,
    lang: request.lang,
    now: new Date().toISOString(),
  });
  return render(model, request.outPath, { onProgress: request.onProgress });
}

/** 'report:generate': asks main's save dialog for the target, then renders off the request's data. */
export function reportHandlers(ctx: ServiceContext, sessions: Sessions) {
  return {
    'report:generate': async ({ wb, type, lang }) => {
      const { db } = sessions.get(wb);
      const defaultName = reportFileName(getEngagement(db).clientName, type, lang);
      const path = await ctx.dialogs.chooseSavePath({ defaultName, kind: 'pdf' });
      if (path === null) return null;
      await writeReport(sessions.get(wb).db, { type, lang, outPath: path }, ctx.renderReport);
      return { fileName: basename(path) };
    },
  } satisfies Pick<Handlers, 'report:generate'>;
}
