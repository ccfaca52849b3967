import { z } from 'zod';
import { LanguageSchema } from '../schemas/enums';
import { channel } from './define';

/** App settings kept by main in the user-data folder: what the menu and main's dialogs need to know. */
export const SettingsSchema = z.object({ language: LanguageSchema });
export type Settings = z.infer<typeof SettingsSchema>;

export const settingsChannels = {
  'settings:get': channel(z.strictObject({}), SettingsSchema),
  'settings:update': channel(z.strictObject({ patch: SettingsSchema.partial().strict() }), SettingsSchema),
};
