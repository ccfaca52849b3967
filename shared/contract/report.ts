import { z } from 'zod';
import { ShortText } from '../schemas/common';
import { LanguageSchema } from '../schemas/enums';
import { REPORT_TYPES } from '../report/model';
import { channel, onWorkbook } from './define';

export const ReportTypeSchema = z.enum(REPORT_TYPES);

/** PDF deliverables. Main asks for the target with its own save dialog; null means the user cancelled. */
export const reportChannels = {
  'report:generate': channel(
    onWorkbook({ type: ReportTypeSchema, lang: LanguageSchema }),
    z.object({ fileName: ShortText }).nullable(),
  ),
};
