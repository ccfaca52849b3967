import type ExcelJS from 'exceljs';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppFailure } from '../../shared/result';

/**
 * Writes the spreadsheet under a temporary name and renames it into place, so a failed export never
 * leaves half a file where the user expects one (or where an older export was).
 */
export async function saveXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new AppFailure('io', `the file cannot be written: ${(error as Error).message}`);
  }
}
