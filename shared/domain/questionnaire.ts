/*
 * The rules for reading a client's self-assessment questionnaire back in. The Node side reads the cells
 * (values only, never a formula) and hands them here; these functions decide what is a problem, what
 * will be set and where the client's rating differs from the consultant's.
 */
import type { Lang, Text } from '../catalog/types';
import { LONG_TEXT_MAX } from '../schemas/common';

/** A cell as read from the file: its stored value only. Errors such as #N/A arrive as `{ error }`. */
export type CellValue = string | number | boolean | Date | null | { readonly error: string };

/** The client's input columns of one questionnaire row, by requirement. */
export interface QuestionnaireRow {
  /** The spreadsheet row number, for messages the client can find again. */
  readonly row: number;
  /** The hidden ID cell; '' when a row without one carries input (a row was added). */
  readonly itemId: string;
  readonly rating: CellValue;
  readonly answer: CellValue;
  readonly documents: CellValue;
  readonly contact: CellValue;
}

export interface CurrentAssessment {
  readonly itemId: string;
  readonly maturityCurrent: number | null;
  readonly clientSelfRating: number | null;
}

/** What importing one row sets; a null field is left as it is in the workbook. */
export interface QuestionnaireChange {
  readonly itemId: string;
  readonly row: number;
  readonly clientSelfRating: number | null;
  readonly clientAnswer: string | null;
  readonly previousSelfRating: number | null;
  readonly consultantRating: number | null;
  /** The client rated the item and the consultant has too, differently. */
  readonly differs: boolean;
}

export interface QuestionnaireReview {
  readonly changes: QuestionnaireChange[];
  /** Rows the client left empty. */
  readonly unanswered: number;
  readonly problems: string[];
}

/** Labels of the two extra answer columns; the same words head the columns and prefix the stored answer. */
export const ANSWER_PART_LABELS: Readonly<Record<'documents' | 'contact', Text>> = {
  documents: { de: 'Vorhandene Dokumente', en: 'Existing documents' },
  contact: { de: 'Ansprechperson', en: 'Contact person' },
};

const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '');

const describe = (value: CellValue): string => {
  if (value instanceof Date) return 'a date';
  if (typeof value === 'boolean') return String(value).toUpperCase();
  if (value !== null && typeof value === 'object') return value.error;
  return JSON.stringify(value);
};

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The dropdown writes "3 – Defined"; a typed 3 or "3" is read as well. */
export function parseRating(value: CellValue): Parsed<number | null> {
  if (isBlank(value)) return { ok: true, value: null };
  let number: number | undefined;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string') {
    const match = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:[–—-]\s*\D.*)?$/s.exec(value);
    if (match) number = Number(match[1]!.replace(',', '.'));
  }
  if (number === undefined)
    return { ok: false, problem: `the rating must be a number from 0 to 5, found ${describe(value)}` };
  if (!Number.isInteger(number) || number < 0 || number > 5) {
    return { ok: false, problem: `the rating must be a whole number from 0 to 5, found ${number}` };
  }
  return { ok: true, value: number };
}

/** Free text; numbers, dates and TRUE/FALSE that a spreadsheet made of typed text are read as text. */
export function parseText(value: CellValue): Parsed<string> {
  if (value === null) return { ok: true, value: '' };
  if (typeof value === 'string') return { ok: true, value: value.trim() };
  if (typeof value === 'number') return { ok: true, value: String(value) };
  if (typeof value === 'boolean') return { ok: true, value: describe(value) };
  if (value instanceof Date) return { ok: true, value: value.toISOString().slice(0, 10) };
  return { ok: false, problem: `expected text, found ${describe(value)}` };
}

/** The assessment keeps one client answer; the documents and contact columns follow it as labelled lines. */
export function composeClientAnswer(
  parts: { answer: string; documents: string; contact: string },
  lang: Lang,
): string {
  const lines = [parts.answer];
  if (parts.documents) lines.push(`${ANSWER_PART_LABELS.documents[lang]}: ${parts.documents}`);
  if (parts.contact) lines.push(`${ANSWER_PART_LABELS.contact[lang]}: ${parts.contact}`);
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * Compares the requirement IDs found in the file with the ones the questionnaire was made for: every
 * expected ID exactly once, nothing else. Each finding is a sentence the consultant can act on.
 */
export function checkRowIds(
  expected: readonly string[],
  rows: readonly Pick<QuestionnaireRow, 'row' | 'itemId'>[],
): string[] {
  const known = new Set(expected);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { row, itemId } of rows) {
    if (itemId === '') problems.push(`row ${row}: answers without a requirement ID (was a row added?)`);
    else if (!known.has(itemId)) problems.push(`row ${row}: unknown requirement ID "${itemId}"`);
    else if (seen.has(itemId)) problems.push(`row ${row}: requirement ${itemId} appears twice`);
    seen.add(itemId);
  }
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push(`rows missing for ${missing.join(', ')} (were rows deleted?)`);
  return problems;
}

/** Reads the client's values row by row: what will be set, and every value that cannot be taken over. */
export function reviewAnswers(
  rows: readonly QuestionnaireRow[],
  current: ReadonlyMap<string, CurrentAssessment>,
  lang: Lang,
): QuestionnaireReview {
  const changes: QuestionnaireChange[] = [];
  const problems: string[] = [];
  let unanswered = 0;
  for (const row of rows) {
    const rating = parseRating(row.rating);
    const texts = [parseText(row.answer), parseText(row.documents), parseText(row.contact)] as const;
    const found = [rating, ...texts].flatMap((parsed) => (parsed.ok ? [] : [parsed.problem]));
    if (found.length > 0) {
      problems.push(...found.map((problem) => `row ${row.row} (${row.itemId}): ${problem}`));
      continue;
    }
    const [answer, documents, contact] = texts.map((parsed) => (parsed.ok ? parsed.value : ''));
    const clientAnswer = composeClientAnswer(
      { answer: answer!, documents: documents!, contact: contact! },
      lang,
    );
    if (clientAnswer.length > LONG_TEXT_MAX) {
      problems.push(`row ${row.row} (${row.itemId}): the answer is longer than ${LONG_TEXT_MAX} characters`);
      continue;
    }
    const clientSelfRating = rating.ok ? rating.value : null;
    if (clientSelfRating === null && clientAnswer === '') {
      unanswered += 1;
      continue;
    }
    const assessment = current.get(row.itemId);
    const consultantRating = assessment?.maturityCurrent ?? null;
    changes.push({
      itemId: row.itemId,
      row: row.row,
      clientSelfRating,
      clientAnswer: clientAnswer === '' ? null : clientAnswer,
      previousSelfRating: assessment?.clientSelfRating ?? null,
      consultantRating,
      differs:
        clientSelfRating !== null && consultantRating !== null && clientSelfRating !== consultantRating,
    });
  }
  return { changes, unanswered, problems };
}

/** One readable sentence from a list of findings, the first few spelled out. */
export function summarizeProblems(intro: string, problems: readonly string[], shown = 8): string {
  const rest = problems.length - shown;
  return `${intro}: ${problems.slice(0, shown).join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
