import { listCatalogSnapshot } from '../workbook/repos/engagement.repo';
import { getEngagement, updateEngagement } from '../workbook/repos/engagement.repo';
import { actions } from '../workbook/repos/actions.repo';
import { aiSystems, impactAssessments } from '../workbook/repos/aiSystems.repo';
import { getAssessment, listAssessments, updateAssessment } from '../workbook/repos/assessments.repo';
import {
  audits,
  completeDocumentRegister,
  documents,
  managementReviews,
  nonconformities,
} from '../workbook/repos/audit.repo';
import { getBranding, setLogo, updateBranding } from '../workbook/repos/branding.repo';
import { evidence } from '../workbook/repos/evidence.repo';
import {
  competences,
  listRaciCells,
  objectives,
  policySections,
  raciActivities,
  roles,
  setRaciCell,
} from '../workbook/repos/governance.repo';
import { listCoverage, managementSystems, setCoverage } from '../workbook/repos/integration.repo';
import { risks } from '../workbook/repos/risks.repo';
import { attendees, workshopSessions } from '../workbook/repos/sessions.repo';
import { listSoa, updateSoa } from '../workbook/repos/soa.repo';
import { attachmentHandlers } from './attachments';
import { classificationHandlers } from './classification';
import { createDispatcher, type DispatchOptions } from './dispatch';
import { exchangeHandlers } from './exchange';
import { crudHandlers, editing, reading, tableListsOf, type Handlers } from './handler';
import type { TableListChange } from './listChanges';
import type { ServiceContext } from './ports';
import { reportHandlers } from './reports';
import { RecentFiles } from './recent';
import { Sessions } from './sessions';
import { listChangeOf } from '../workbook/table';
import { SettingsStore } from './settings';
import { WorkbookFiles } from './workbookFiles';

/** Wires every contract channel to its use case. Both ipc.ts and the CLI start here. */
export function createServices(ctx: ServiceContext, options: DispatchOptions = {}) {
  const sessions = new Sessions();
  const files = new WorkbookFiles(ctx, sessions, new RecentFiles(ctx.userDataDir));
  const settings = new SettingsStore(ctx.userDataDir, { language: ctx.defaultLanguage ?? 'de' });

  const handlers: Handlers = {
    ...files.handlers(),
    ...settings.handlers(),
    'catalog:items': reading(sessions, (db) => listCatalogSnapshot(db)),
    'engagement:get': reading(sessions, (db) => getEngagement(db)),
    'engagement:update': editing(sessions, (db, { patch }) => updateEngagement(db, patch)),
    ...crudHandlers('session', sessions, workshopSessions),
    ...crudHandlers('attendee', sessions, attendees),

    'assessment:list': reading(sessions, (db) => listAssessments(db)),
    'assessment:update': editing(sessions, (db, { itemId, patch }) => {
      getAssessment(db, itemId);
      return updateAssessment(db, itemId, patch);
    }),
    'evidence:list': reading(sessions, (db) => evidence.list(db)),
    'evidence:create': editing(sessions, (db, input) => evidence.create(db, input)),
    'evidence:delete': editing(sessions, (db, { id }) => ({ id: evidence.remove(db, id).id })),

    ...crudHandlers('aiSystem', sessions, aiSystems),
    ...classificationHandlers(sessions),
    ...crudHandlers('risk', sessions, risks),
    ...crudHandlers('impact', sessions, impactAssessments),

    ...crudHandlers('role', sessions, roles),
    ...crudHandlers('raciActivity', sessions, raciActivities),
    'raci:list': reading(sessions, (db) => listRaciCells(db)),
    'raci:set': editing(sessions, (db, cell) => {
      setRaciCell(db, cell);
      return listRaciCells(db);
    }),
    ...crudHandlers('policy', sessions, policySections),
    ...crudHandlers('objective', sessions, objectives),
    ...crudHandlers('competence', sessions, competences),
    'soa:list': reading(sessions, (db) => listSoa(db)),
    'soa:update': editing(sessions, (db, { controlId, patch }) => {
      const entry = updateSoa(db, controlId, patch);
      completeDocumentRegister(db, getEngagement(db).language);
      return entry;
    }),

    ...crudHandlers('managementSystem', sessions, managementSystems),
    'coverage:list': reading(sessions, (db) => listCoverage(db)),
    'coverage:set': editing(sessions, (db, { wb: _wb, ...input }) => {
      setCoverage(db, input);
      return listCoverage(db);
    }),

    ...crudHandlers('document', sessions, documents),
    ...crudHandlers('audit', sessions, audits),
    ...crudHandlers('review', sessions, managementReviews),
    ...crudHandlers('nonconformity', sessions, nonconformities),
    ...crudHandlers('action', sessions, actions),

    'branding:get': reading(sessions, (db) => getBranding(db)),
    'branding:update': editing(sessions, (db, { patch }) => updateBranding(db, patch)),
    'branding:removeLogo': editing(sessions, (db, { slot }) => setLogo(db, slot, null)),
    ...attachmentHandlers(ctx, sessions),
    ...exchangeHandlers(ctx, sessions, files),
    ...reportHandlers(ctx, sessions),
  };

  const tableListChange: TableListChange = (wb, entity, keys) => {
    const spec = tableListsOf(sessions).get(entity);
    return spec && listChangeOf(sessions.get(wb).db, spec, keys);
  };
  return {
    handlers,
    files,
    sessions,
    settings,
    dispatch: createDispatcher(handlers, { ...options, tableListChange }),
  };
}
export type Services = ReturnType<typeof createServices>;
