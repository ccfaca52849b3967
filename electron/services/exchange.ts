import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { QuestionnaireChange } from '../../shared/domain/questionnaire';
import { AppFailure } from '../../shared/result';
import { readArchive, restoreArchive, writeArchive } from '../workbook/archive';
import { exportRegister } from '../xlsx/exportRegister';
import { applyQuestionnaire, reviewQuestionnaireFile } from '../xlsx/importQuestionnaire';
import { writeQuestionnaire } from '../xlsx/questionnaire';
import { QUESTIONNAIRE, REGISTER_SHEETS } from '../xlsx/texts';
import type { Handlers } from './handler';
import type { Dialogs, ServiceContext } from './ports';
import type { Sessions } from './sessions';
import type { WorkbookFiles } from './workbookFiles';

/** Characters no file system takes in a name, replaced in the names we suggest. */
const safeName = (name: string): string => name.replace(/[\\/:*?"<>|]/g, '-');

/** Spreadsheets and archives in and out of an open workbook; every path comes from a main-side dialog. */
export function exchangeHandlers(ctx: ServiceContext, sessions: Sessions, files: WorkbookFiles) {
  /** The latest questionnaire preview per workbook: apply writes exactly what was shown, and only once. */
  const previews = new Map<string, { token: string; changes: QuestionnaireChange[] }>();

  /** Asks where to write a file made from workbook `wb`; the workbook itself is never a target. */
  async function chooseTarget(
    wb: string,
    suffix: string,
    kind: Parameters<Dialogs['chooseSavePath']>[0]['kind'],
  ) {
    const workbook = sessions.get(wb);
    const stem = basename(workbook.path).replace(/\.aimswb$/i, '');
    const path = await ctx.dialogs.chooseSavePath({ defaultName: safeName(`${stem} – ${suffix}`), kind });
    if (path !== null && resolve(path) === workbook.path) {
      throw new AppFailure('invalid-input', 'choose another file than the workbook itself');
    }
    return path === null ? null : { path, db: workbook.db };
  }

  return {
    'export:xlsx': async ({ wb, what, lang }) => {
      const target = await chooseTarget(wb, `${REGISTER_SHEETS[what][lang]}.xlsx`, 'xlsx');
      if (target === null) return null;
      await exportRegister(target.db, { what, lang, path: target.path });
      return { fileName: basename(target.path) };
    },
    'questionnaire:generate': async ({ wb, lang }) => {
      const target = await chooseTarget(wb, `${QUESTIONNAIRE.sheet[lang]}.xlsx`, 'xlsx');
      if (target === null) return null;
      await writeQuestionnaire(target.db, { lang, path: target.path });
      return { fileName: basename(target.path) };
    },
    'questionnaire:preview': async ({ wb }) => {
      const { db } = sessions.get(wb);
      const path = await ctx.dialogs.chooseFileToRead({ kind: 'xlsx' });
      if (path === null) return null;
      const { changes, unanswered } = await reviewQuestionnaireFile(db, path);
      const token = randomUUID();
      previews.set(wb, { token, changes });
      return { token, fileName: basename(path), changes, unanswered };
    },
    'questionnaire:apply': ({ wb, token }) => {
      const { db } = sessions.get(wb);
      const preview = previews.get(wb);
      if (preview?.token !== token) {
        throw new AppFailure('not-found', 'this preview is no longer current; read the questionnaire again');
      }
      const applied = applyQuestionnaire(db, preview.changes);
      previews.delete(wb);
      return { applied };
    },
    'archive:export': async ({ wb }) => {
      const target = await chooseTarget(wb, 'archive.json', 'json');
      if (target === null) return null;
      writeArchive(target.db, target.path, ctx.appVersion);
      return { fileName: basename(target.path) };
    },
    'archive:import': async () => {
      const source = await ctx.dialogs.chooseFileToRead({ kind: 'json' });
      if (source === null) return null;
      const archive = readArchive(source);
      const clientName = archive.tables.engagement?.[0]?.client_name;
      const defaultName = safeName(`${typeof clientName === 'string' ? clientName : 'archive'}.aimswb`);
      const target = await ctx.dialogs.chooseSavePath({ defaultName, kind: 'workbook' });
      if (target === null) return null;
      restoreArchive(archive, target);
      return files.openPath(target);
    },
  } satisfies Pick<
    Handlers,
    | 'export:xlsx'
    | 'questionnaire:generate'
    | 'questionnaire:preview'
    | 'questionnaire:apply'
    | 'archive:export'
    | 'archive:import'
  >;
}
