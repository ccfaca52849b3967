import type ExcelJS from 'exceljs';
import {
  checkRowIds,
  reviewAnswers,
  summarizeProblems,
  type CellValue,
  type QuestionnaireChange,
  type QuestionnaireReview,
  type QuestionnaireRow,
} from '../../shared/domain/questionnaire';
import { AppFailure } from '../../shared/result';
import { edit } from '../workbook/changeLog';
import { listAssessments, updateAssessment } from '../workbook/repos/assessments.repo';
import { listCatalogSnapshot, readMeta } from '../workbook/repos/engagement.repo';
import type { Db } from '../workbook/sql';
import { loadXlsx } from './loadXlsx';
import {
  COL,
  INPUT_COLUMNS,
  QuestionnaireMetaSchema,
  readQuestionnaireMeta,
  structureChecksum,
} from './questionnaireLayout';

const refused = (message: string) => new AppFailure('invalid-input', message);

/**
 * The value a cell holds, never a formula: a formula cell gives the result the client's spreadsheet
 * stored with it (or nothing), and nothing here evaluates it.
 */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value)
    return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValue(value.text);
  return { error: 'an unsupported cell' };
}

const cellText = (cell: ExcelJS.Cell): string => {
  const value = cellValue(cell.value);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
};

/**
 * Every row with an ID or with input; rows left entirely empty do not count. Only rows the file holds
 * are visited, so a stray cell far down the sheet costs nothing.
 */
function readRows(sheet: ExcelJS.Worksheet): QuestionnaireRow[] {
  const rows: QuestionnaireRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const itemId = cellText(row.getCell(COL.id));
    const [rating, answer, documents, contact] = INPUT_COLUMNS.map((col) =>
      cellValue(row.getCell(col).value),
    );
    const input = [rating, answer, documents, contact].some(
      (v) => v !== null && !(typeof v === 'string' && v.trim() === ''),
    );
    if (itemId !== '' || input) {
      rows.push({
        row: number,
        itemId,
        rating: rating!,
        answer: answer!,
        documents: documents!,
        contact: contact!,
      });
    }
  });
  return rows;
}

/**
 * Reads a filled questionnaire and decides what importing it would set. Refused, with every finding
 * spelled out: another engagement or catalogue, changed IDs, added or deleted rows, edited structure,
 * and values that are no rating or no text. Nothing is written here.
 */
export async function reviewQuestionnaireFile(db: Db, path: string): Promise<QuestionnaireReview> {
  const workbook = await loadXlsx(path);
  const raw = readQuestionnaireMeta(workbook);
  if (!raw) throw refused('the file is not a questionnaire from AIMS Workbench');
  const parsed = QuestionnaireMetaSchema.safeParse(raw);
  if (!parsed.success)
    throw refused('the hidden information of the questionnaire was changed or is from a newer version');
  const meta = parsed.data;
  const own = readMeta(db);
  if (meta.engagementId !== own.engagementId) {
    throw refused(`the questionnaire belongs to another engagement (${meta.clientName || 'unknown client'})`);
  }
  if (meta.catalogVersion !== own.catalogVersion) {
    throw refused(
      `the questionnaire was made for catalogue ${meta.catalogVersion}, this workbook uses ${own.catalogVersion}`,
    );
  }
  const sheet = workbook.getWorksheet(meta.sheet);
  if (!sheet) throw refused(`the sheet "${meta.sheet}" was renamed or removed`);

  const rows = readRows(sheet);
  const idProblems = checkRowIds(
    listCatalogSnapshot(db).map((item) => item.id),
    rows,
  );
  if (idProblems.length > 0)
    throw refused(summarizeProblems('the rows of the questionnaire were changed', idProblems));
  const headers = Array.from({ length: COL.contact }, (_, i) => cellText(sheet.getRow(1).getCell(i + 1)));
  const checksum = structureChecksum({
    ...meta,
    sheet: sheet.name,
    headers,
    ids: rows.map((row) => row.itemId),
  });
  if (checksum !== meta.checksum)
    throw refused('the structure of the questionnaire (headings or IDs) was changed');

  const current = new Map(listAssessments(db).map((assessment) => [assessment.itemId, assessment]));
  const review = reviewAnswers(rows, current, meta.lang);
  if (review.problems.length > 0) {
    throw refused(
      summarizeProblems('the questionnaire has values that cannot be taken over', review.problems),
    );
  }
  return review;
}

/** Writes the client's ratings and answers in one edit; the consultant's fields are never touched. */
export function applyQuestionnaire(db: Db, changes: readonly QuestionnaireChange[]): number {
  return edit(db, () => {
    for (const change of changes) {
      updateAssessment(db, change.itemId, {
        ...(change.clientSelfRating === null ? {} : { clientSelfRating: change.clientSelfRating }),
        ...(change.clientAnswer === null ? {} : { clientAnswer: change.clientAnswer }),
      });
    }
    return changes.length;
  });
}
