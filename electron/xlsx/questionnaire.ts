import ExcelJS from 'exceljs';
import { MATURITY_LABELS, MATURITY_LEVELS } from '../../shared/catalog/scales';
import type { Lang } from '../../shared/catalog/types';
import { getBranding } from '../workbook/repos/branding.repo';
import {
  ensureEngagementId,
  getEngagement,
  listCatalogSnapshot,
  readMeta,
} from '../workbook/repos/engagement.repo';
import type { Db } from '../workbook/sql';
import {
  COL,
  INPUT_COLUMNS,
  QUESTIONNAIRE_FORMAT,
  QUESTIONNAIRE_FORMAT_VERSION,
  questionnaireHeaders,
  structureChecksum,
  writeQuestionnaireMeta,
} from './questionnaireLayout';
import { saveXlsx } from './saveXlsx';
import { argb, ListsSheet, listValidation, styleHeader, validateColumn } from './sheets';
import { COVER, LISTS_SHEET, maturityLabels, QUESTIONNAIRE } from './texts';

const WIDTHS = [8, 9, 36, 60, 24, 50, 30, 22];

/**
 * Locked cells stay locked and the sheet cannot be restructured; resizing stays allowed so the client
 * can read long answers. No password: this guards against slips, and the checksum catches the rest.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

function addInstructions(workbook: ExcelJS.Workbook, lang: Lang, clientName: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(QUESTIONNAIRE.instructionsSheet[lang]);
  sheet.columns = [{ width: 26 }, { width: 100 }];
  const title = sheet.getCell('A1');
  title.value = QUESTIONNAIRE.title[lang];
  title.font = { bold: true, size: 16 };
  sheet.addRow([COVER.client[lang], clientName]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const intro = sheet.addRow(['', QUESTIONNAIRE.intro[lang]]);
  QUESTIONNAIRE.steps[lang].forEach((step, i) => sheet.addRow([`${i + 1}.`, step]));
  sheet.addRow([]);
  sheet.addRow([QUESTIONNAIRE.levels[lang]]).getCell(1).font = { bold: true, size: 13 };
  const legendHead = sheet.addRow([QUESTIONNAIRE.level[lang], QUESTIONNAIRE.meaning[lang]]);
  legendHead.font = { bold: true };
  for (const level of MATURITY_LEVELS) {
    const { label, description } = MATURITY_LABELS[level];
    sheet.addRow([`${level} – ${label[lang]}`, description?.[lang] ?? '']);
  }
  sheet.eachRow((row) => row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' })));
  intro.getCell(2).font = { italic: true };
  return sheet;
}

/**
 * The client's self-assessment: an instructions sheet, one row per requirement with its guiding questions,
 * a dropdown for the client's maturity 0–5, free-text columns, a hidden ID column, and a very hidden meta
 * sheet tying the file to this engagement and catalogue version with a checksum over its structure.
 */
export async function buildQuestionnaire(db: Db, lang: Lang, now = new Date()): Promise<ExcelJS.Workbook> {
  const engagement = getEngagement(db);
  const engagementId = ensureEngagementId(db);
  const catalogVersion = readMeta(db).catalogVersion ?? '';
  const items = listCatalogSnapshot(db);
  const branding = getBranding(db);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = branding.firmName || 'AIMS Workbench';
  workbook.created = now;

  const instructions = addInstructions(workbook, lang, engagement.clientName);
  const name = QUESTIONNAIRE.sheet[lang];
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const headers = questionnaireHeaders(lang);
  sheet.columns = headers.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getColumn(COL.id).hidden = true;
  styleHeader(sheet, argb(branding.primaryColor));
  sheet.views = [{ state: 'frozen', xSplit: COL.title, ySplit: 1 }];

  for (const item of items) {
    const questions = item.guidingQuestions[lang].map((question) => `• ${question}`).join('\n');
    const row = sheet.addRow([item.id, item.id, item.title[lang], questions, null, null, null, null]);
    for (let col = 1; col <= headers.length; col++)
      row.getCell(col).alignment = { wrapText: true, vertical: 'top' };
    for (const col of INPUT_COLUMNS) {
      const cell = row.getCell(col);
      cell.protection = { locked: false };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8E1' } };
    }
  }
  const levels = new ListsSheet(workbook, LISTS_SHEET[lang]).ref(maturityLabels(lang));
  validateColumn(
    sheet,
    { column: COL.rating, from: 2, to: items.length + 1 },
    listValidation(levels, QUESTIONNAIRE.ratingError[lang]),
  );

  const meta = writeQuestionnaireMeta(workbook, {
    format: QUESTIONNAIRE_FORMAT,
    formatVersion: QUESTIONNAIRE_FORMAT_VERSION,
    engagementId,
    clientName: engagement.clientName,
    catalogVersion,
    lang,
    sheet: name,
    generatedAt: now.toISOString(),
    checksum: structureChecksum({
      engagementId,
      catalogVersion,
      lang,
      sheet: name,
      headers,
      ids: items.map((item) => item.id),
    }),
  });
  for (const protect of [instructions, sheet, meta]) await protect.protect('', PROTECTION);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return workbook;
}

export async function writeQuestionnaire(db: Db, options: { lang: Lang; path: string }): Promise<void> {
  await saveXlsx(await buildQuestionnaire(db, options.lang), options.path);
}
