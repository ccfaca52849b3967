import ExcelJS from 'exceljs';
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { AppFailure } from '../../shared/result';
import { checkXlsxBytes } from './zipGuard';

/** A filled questionnaire is a few hundred KB; anything near this is not one. */
export const XLSX_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a spreadsheet a user picked: refused by size before a byte is read, by extension and content
 * before exceljs parses it. Only then is it loaded, and exceljs never evaluates formulas.
 */
export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  if (extname(path).toLowerCase() === '.xlsm') {
    throw new AppFailure('invalid-input', 'the file is a macro-enabled workbook (.xlsm); save it as .xlsx');
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppFailure('not-found', 'the file does not exist or cannot be read');
  }
  if (size > XLSX_MAX_FILE_BYTES) {
    throw new AppFailure('file-too-large', `the file is larger than ${XLSX_MAX_FILE_BYTES / 1024 / 1024} MB`);
  }
  const bytes = readFileSync(path);
  checkXlsxBytes(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppFailure('invalid-input', 'the Excel file cannot be read');
  }
  return workbook;
}
