import { z } from 'zod';

/** Limits on free text keep hostile input from bloating a workbook or a report. */
export const SHORT_TEXT_MAX = 500;
export const LONG_TEXT_MAX = 50_000;

export const IdSchema = z.string().min(1).max(64);
export const ShortText = z.string().max(SHORT_TEXT_MAX);
export const LongText = z.string().max(LONG_TEXT_MAX);
/** Calendar date as YYYY-MM-DD (the user's locale formats it for display). */
export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export const TimestampSchema = z.string().min(1);
/** A requirement id from the catalogue: '4.1' … '10.2', 'A.2.2' … 'A.10.4'. */
export const ItemIdSchema = z.string().regex(/^(?:[4-9]|10)(?:\.\d+){1,2}$|^A\.(?:[2-9]|10)(?:\.\d+){1,2}$/);
/** The renderer holds this id for an open workbook, never a path. */
export const WorkbookIdSchema = z.string().min(1).max(64);
export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);
