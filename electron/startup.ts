import type { Lang } from '../shared/catalog/types';
import { SettingsUnreadable } from './services/settings';
import { shellText } from './shellText';
import { NativeModuleError } from './workbook/sqlite';

/** The window's page could not be loaded (the renderer bundle is missing or failed to load). */
export class RendererUnavailable extends Error {
  constructor(reason: string) {
    super(`the renderer could not be loaded (${reason})`);
    this.name = 'RendererUnavailable';
  }
}

export interface StartupMessage {
  readonly title: string;
  readonly message: string;
}

/**
 * What the native error dialog says when the app cannot start: the cause in the user's language, what to
 * do about it, and where the log file is. Never a stack trace (that is in the log).
 */
export function startupMessage(
  error: unknown,
  { language, packaged, logFile }: { language: Lang; packaged: boolean; logFile: string },
): StartupMessage {
  const t = (key: Parameters<typeof shellText>[1], values?: Record<string, string>) => shellText(language, key, values);
  const fix = t(packaged ? 'startup.fixPackaged' : 'startup.fixDev');
  let cause: string[];
  if (error instanceof NativeModuleError) cause = [t(`startup.native.${error.problem}`), fix];
  else if (error instanceof SettingsUnreadable)
    cause = [t('startup.settings', { folder: error.folder, reason: error.reason }), t('startup.settings.fix')];
  else if (error instanceof RendererUnavailable) cause = [t('startup.renderer'), fix];
  else cause = [t('startup.unexpected')];
  return { title: t('startup.title'), message: [...cause, '', t('startup.log', { file: logFile })].join('\n') };
}
