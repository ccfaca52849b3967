import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { testServices } from './services';

type Services = ReturnType<typeof testServices>;

export const fileHash = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** Generates the questionnaire of `wb` through the service, as the UI does, into `dir`. */
export async function generateQuestionnaire(
  s: Services,
  wb: string,
  dir: string,
  lang: 'de' | 'en' = 'de',
): Promise<string> {
  const path = join(dir, `questionnaire-${lang}.xlsx`);
  s.dialogs.answer(path);
  await s.call('questionnaire:generate', { wb, lang });
  return path;
}

export async function loadXlsxFile(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Loads a spreadsheet, lets the test change it as a client would (programmatically), saves it elsewhere. */
export async function editXlsx(
  source: string,
  target: string,
  change: (workbook: ExcelJS.Workbook) => void | Promise<void>,
): Promise<string> {
  const workbook = await loadXlsxFile(source);
  await change(workbook);
  await workbook.xlsx.writeFile(target);
  return target;
}

/** The questionnaire sheet: the second one, after the instructions. */
export const questionnaireSheet = (workbook: ExcelJS.Workbook): ExcelJS.Worksheet => workbook.worksheets[1]!;

/** The row of a requirement, found by the hidden ID column. */
export function rowOf(sheet: ExcelJS.Worksheet, itemId: string): ExcelJS.Row {
  for (let r = 2; r <= sheet.rowCount; r++)
    if (sheet.getRow(r).getCell(1).value === itemId) return sheet.getRow(r);
  throw new Error(`no row for ${itemId}`);
}

/** Input columns of the questionnaire sheet. */
export const Q = { rating: 5, answer: 6, documents: 7, contact: 8 } as const;
