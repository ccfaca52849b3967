import { z } from 'zod';
import { IdSchema, ItemIdSchema, LongText, ShortText } from '../schemas/common';
import { LanguageSchema, MaturitySchema } from '../schemas/enums';
import { channel, editChannel, onWorkbook } from './define';
import { WorkbookSummarySchema } from './workbook';

/** The registers that export as spreadsheets. */
export const RegisterSchema = z.enum(['gap', 'risks', 'soa', 'actions', 'docs']);
export type Register = z.infer<typeof RegisterSchema>;

/** One questionnaire row that importing will write; null fields stay as they are. */
export const QuestionnaireChangeSchema = z.object({
  itemId: ItemIdSchema,
  row: z.number().int(),
  clientSelfRating: MaturitySchema.nullable(),
  clientAnswer: LongText.nullable(),
  previousSelfRating: MaturitySchema.nullable(),
  consultantRating: MaturitySchema.nullable(),
  differs: z.boolean(),
});

export const QuestionnairePreviewSchema = z.object({
  /** Hands the preview to `questionnaire:apply`; only the latest preview of a workbook can be applied. */
  token: IdSchema,
  fileName: z.string(),
  changes: z.array(QuestionnaireChangeSchema),
  unanswered: z.number().int().nonnegative(),
});
export type QuestionnairePreview = z.infer<typeof QuestionnairePreviewSchema>;

const WrittenFile = z.object({ fileName: ShortText }).nullable();

/**
 * Spreadsheets and archives in and out. Main asks for every path with its own dialogs; null means the
 * user cancelled. Bad files come back as errors and change nothing.
 */
export const exchangeChannels = {
  'export:xlsx': channel(onWorkbook({ what: RegisterSchema, lang: LanguageSchema }), WrittenFile),
  'questionnaire:generate': channel(onWorkbook({ lang: LanguageSchema }), WrittenFile),
  'questionnaire:preview': channel(onWorkbook({}), QuestionnairePreviewSchema.nullable()),
  'questionnaire:apply': editChannel(
    onWorkbook({ token: IdSchema }),
    z.object({ applied: z.number().int().nonnegative() }),
  ),
  'archive:export': channel(onWorkbook({}), WrittenFile),
  /** Restores an archive into a new workbook file (never over an existing one) and opens it. */
  'archive:import': channel(z.strictObject({}), WorkbookSummarySchema.nullable()),
};
