import type ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ANSWER_PART_LABELS } from '../../shared/domain/questionnaire';
import type { Lang } from '../../shared/catalog/types';
import { LanguageSchema } from '../../shared/schemas/enums';
import { H, QUESTIONNAIRE } from './texts';

/*
 * The layout both the generator and the reader rely on: where the columns are, what the hidden meta sheet
 * holds, and the checksum that ties the two together.
 */

export const QUESTIONNAIRE_FORMAT = 'aims-questionnaire';
export const QUESTIONNAIRE_FORMAT_VERSION = '1';
export const META_SHEET = 'meta';

/** Column numbers (1-based). The ID column is hidden; the last four take the client's input. */
export const COL = {
  id: 1,
  ref: 2,
  title: 3,
  questions: 4,
  rating: 5,
  answer: 6,
  documents: 7,
  contact: 8,
} as const;
export const INPUT_COLUMNS = [COL.rating, COL.answer, COL.documents, COL.contact] as const;

export const questionnaireHeaders = (lang: Lang): string[] => [
  'ID',
  H.id[lang],
  H.requirement[lang],
  QUESTIONNAIRE.guidingQuestions[lang],
  QUESTIONNAIRE.rating[lang],
  QUESTIONNAIRE.answer[lang],
  ANSWER_PART_LABELS.documents[lang],
  ANSWER_PART_LABELS.contact[lang],
];

export const QuestionnaireMetaSchema = z.object({
  format: z.literal(QUESTIONNAIRE_FORMAT),
  formatVersion: z.literal(QUESTIONNAIRE_FORMAT_VERSION),
  engagementId: z.string().min(1),
  clientName: z.string(),
  catalogVersion: z.string().min(1),
  lang: LanguageSchema,
  sheet: z.string().min(1),
  generatedAt: z.string(),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type QuestionnaireMeta = z.infer<typeof QuestionnaireMetaSchema>;

/**
 * SHA-256 over what the client must not change: the tie to the engagement and catalogue, the sheet name,
 * the headings and the requirement IDs in order. It detects edits, not forgery: the client is not an
 * adversary, and a rewritten checksum would still have to pass every value check on import.
 */
export function structureChecksum(input: {
  engagementId: string;
  catalogVersion: string;
  lang: Lang;
  sheet: string;
  headers: readonly string[];
  ids: readonly string[];
}): string {
  const canonical = JSON.stringify([
    QUESTIONNAIRE_FORMAT_VERSION,
    input.engagementId,
    input.catalogVersion,
    input.lang,
    input.sheet,
    input.headers,
    input.ids,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The hidden sheet tying the file to its engagement: one key and value per row. */
export function writeQuestionnaireMeta(
  workbook: ExcelJS.Workbook,
  meta: QuestionnaireMeta,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const [key, value] of Object.entries(meta)) sheet.addRow([key, value]);
  return sheet;
}

/** The meta sheet's entries, or null when the file has none (then it is not one of our questionnaires). */
export function readQuestionnaireMeta(workbook: ExcelJS.Workbook): Record<string, string> | null {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) return null;
  const entries: Record<string, string> = {};
  sheet.eachRow((row) => {
    const [key, value] = [row.getCell(1).value, row.getCell(2).value];
    if (typeof key === 'string' && typeof value === 'string') entries[key] = value;
  });
  return entries;
}
