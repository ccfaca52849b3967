import { basename } from 'node:path';
import type { WorkbookSummary } from '../../shared/contract/workbook';
import { AppFailure } from '../../shared/result';
import type { EngagementCreate } from '../../shared/schemas/engagement';
import { listChanges, redoLastUndo, undoLastEdit, undoState } from '../workbook/changeLog';
import { copyDatabase } from '../workbook/connection';
import { assessmentProgress } from '../workbook/repos/assessments.repo';
import { getEngagement, readMeta } from '../workbook/repos/engagement.repo';
import { createWorkbook } from '../workbook/workbook';
import { SCHEMA_VERSION } from '../workbook/migrations';
import type { Handlers } from './handler';
import type { ServiceContext } from './ports';
import type { RecentFiles } from './recent';
import type { Sessions } from './sessions';

/** Opening, creating, copying and closing workbook files; the recent list follows every open and close. */
export class WorkbookFiles {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly sessions: Sessions,
    private readonly recent: RecentFiles,
  ) {}

  summary(id: string): WorkbookSummary {
    const workbook = this.sessions.get(id);
    return {
      wb: id,
      fileName: basename(workbook.path),
      clientName: getEngagement(workbook.db).clientName,
      schemaVersion: SCHEMA_VERSION,
      catalogVersion: readMeta(workbook.db).catalogVersion ?? '',
      backupFileName: workbook.backup ? basename(workbook.backup) : null,
    };
  }

  private remember(id: string): void {
    const workbook = this.sessions.get(id);
    this.recent.remember({
      path: workbook.path,
      clientName: getEngagement(workbook.db).clientName,
      progress: assessmentProgress(workbook.db),
    });
  }

  /** Opens a path that came from a dialog, argv or the OS (never from the renderer). */
  openPath(path: string): WorkbookSummary {
    const { id } = this.sessions.openPath(path);
    this.remember(id);
    return this.summary(id);
  }

  createAt(path: string, engagement: EngagementCreate): WorkbookSummary {
    createWorkbook(path, engagement, this.ctx.appVersion);
    return this.openPath(path);
  }

  close(id: string): boolean {
    try {
      this.remember(id);
    } catch {
      // The recent list is a convenience; closing must not fail because of it.
    }
    return this.sessions.close(id);
  }

  handlers(): Pick<Handlers, `workbook:${string}` & keyof Handlers> {
    const { dialogs } = this.ctx;
    return {
      'workbook:create': async ({ engagement }) => {
        const path = await dialogs.chooseSavePath({ defaultName: `${engagement.clientName}.aimswb`, kind: 'workbook' });
        return path === null ? null : this.createAt(path, engagement);
      },
      'workbook:open': async () => {
        const path = await dialogs.chooseWorkbookToOpen();
        return path === null ? null : this.openPath(path);
      },
      'workbook:openRecent': ({ id }) => this.openPath(this.recent.pathOf(id)),
      'workbook:recent': () => this.recent.list(),
      'workbook:forgetRecent': ({ id }) => {
        this.recent.forget(id);
        return { id };
      },
      'workbook:info': ({ wb }) => this.summary(wb),
      'workbook:close': ({ wb }) => ({ closed: this.close(wb) }),
      'workbook:saveCopy': async ({ wb }) => {
        const workbook = this.sessions.get(wb);
        const name = basename(workbook.path).replace(/\.aimswb$/i, '');
        const target = await dialogs.chooseSavePath({ defaultName: `${name} (copy).aimswb`, kind: 'workbook' });
        if (target === null) return null;
        if (target === workbook.path) throw new AppFailure('invalid-input', 'choose another file for the copy');
        copyDatabase(workbook.db, target);
        return { fileName: basename(target) };
      },
      'workbook:undo': ({ wb }) => undoLastEdit(this.sessions.get(wb).db),
      'workbook:redo': ({ wb }) => redoLastUndo(this.sessions.get(wb).db),
      'workbook:undoState': ({ wb }) => undoState(this.sessions.get(wb).db),
      'workbook:history': ({ wb, limit }) => listChanges(this.sessions.get(wb).db, { limit }),
    };
  }
}
