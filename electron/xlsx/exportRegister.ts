import ExcelJS from 'exceljs';
import type { Register } from '../../shared/contract/exchange';
import type { Lang } from '../../shared/catalog/types';
import { getBranding } from '../workbook/repos/branding.repo';
import { getEngagement, readMeta } from '../workbook/repos/engagement.repo';
import type { Db } from '../workbook/sql';
import { registerTable } from './registers';
import { saveXlsx } from './saveXlsx';
import { addCover, addTable, argb, ListsSheet } from './sheets';
import { COVER, LISTS_SHEET, REGISTER_TITLES } from './texts';

/** Builds one register as a spreadsheet: a cover sheet, the register, and the hidden dropdown lists. */
export function buildRegisterWorkbook(
  db: Db,
  what: Register,
  lang: Lang,
  now = new Date(),
): ExcelJS.Workbook {
  const engagement = getEngagement(db);
  const branding = getBranding(db);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = branding.firmName || 'AIMS Workbench';
  workbook.created = now;
  const consultant = [engagement.consultant, engagement.firm].filter(Boolean).join(', ');
  addCover(workbook, {
    name: COVER.sheet[lang],
    title: REGISTER_TITLES[what][lang],
    lines: [
      [COVER.client[lang], engagement.clientName],
      [COVER.scope[lang], engagement.scopeStatement],
      [COVER.consultant[lang], consultant],
      [COVER.date[lang], now.toISOString().slice(0, 10)],
      [COVER.catalog[lang], readMeta(db).catalogVersion ?? ''],
      ['', COVER.madeWith[lang]],
    ],
  });
  const lists = new ListsSheet(workbook, LISTS_SHEET[lang]);
  addTable(workbook, registerTable(db, what, lang), { headerColor: argb(branding.primaryColor), lists });
  // The register, not the cover, is what opens: that is what the reader came for.
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ];
  return workbook;
}

export async function exportRegister(
  db: Db,
  options: { what: Register; lang: Lang; path: string },
): Promise<void> {
  await saveXlsx(buildRegisterWorkbook(db, options.what, options.lang), options.path);
}
