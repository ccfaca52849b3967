import { z } from 'zod';

const Text = z.object({ de: z.string(), en: z.string() });
const TextList = z.object({ de: z.array(z.string()), en: z.array(z.string()) });

/** The catalogue item as a workbook stores it in its snapshot (see shared/catalog/types.ts). */
export const CatalogItemSchema = z.object({
  id: z.string(),
  kind: z.enum(['clause', 'control']),
  group: z.string(),
  subgroup: z.string().optional(),
  title: Text,
  auditorFocus: Text,
  guidingQuestions: TextList,
  typicalEvidence: TextList,
  documentedInformation: TextList,
  related: z.array(z.string()),
  aiActArticles: z.array(z.string()),
  hs: z.object({ iso27001: z.string().optional(), iso9001: z.string().optional(), iso37301: z.string().optional() }),
  gdprArticles: z.array(z.string()),
});
