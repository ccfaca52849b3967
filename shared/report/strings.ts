/*
 * Every fixed text of the PDF reports, in German and English. A report picks its language itself,
 * independent of the UI. `{name}` placeholders are filled by fill() in format.ts. Labels of controlled
 * vocabularies (verdicts, statuses, bands …) come from shared/catalog, not from here.
 */
import type { Lang } from '../catalog/types';
import { DE } from './strings.de';
import { EN, type ReportStrings } from './strings.en';

export type { ReportStrings };
export const REPORT_STRINGS: Readonly<Record<Lang, ReportStrings>> = { de: DE, en: EN };
