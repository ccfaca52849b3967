import { z } from 'zod';
import { HexColorSchema, LongText, ShortText } from './common';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LogoSlotSchema = z.enum(['firm', 'client']);

/** Report branding; logos travel separately (attachLogo / removeLogo) and show here only as metadata. */
export const BrandingSchema = z.object({
  firmName: ShortText,
  primaryColor: HexColorSchema,
  accentColor: HexColorSchema,
  footerText: ShortText,
  confidentiality: ShortText,
  disclaimer: LongText,
  firmLogo: z.object({ mimeType: z.string(), size: z.number().int() }).nullable(),
  clientLogo: z.object({ mimeType: z.string(), size: z.number().int() }).nullable(),
});
export type Branding = z.infer<typeof BrandingSchema>;
export const BrandingPatchSchema = BrandingSchema.omit({ firmLogo: true, clientLogo: true }).partial();
