import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { api } from '../api';
import { MESSAGES } from './messages';

export type UiLanguage = 'de' | 'en';

/*
 * Main keeps the UI language in its settings (its menu and dialogs speak it too); localStorage caches it so
 * the first paint is already in the right language.
 */
const cached = (): UiLanguage => (localStorage.getItem('ui-language') === 'en' ? 'en' : 'de');

void i18next.use(initReactI18next).init({
  resources: { de: { translation: MESSAGES.de }, en: { translation: MESSAGES.en } },
  lng: cached(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

function show(language: UiLanguage): void {
  localStorage.setItem('ui-language', language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

/** The user picked a language (the title bar or the menu): the UI switches and main rebuilds its menu. */
export function setUiLanguage(language: UiLanguage): void {
  show(language);
  void api.settings.update({ patch: { language } });
}

/** Takes over main's setting at start, which differs from the cache only on a first run or a new profile. */
export async function adoptSettingsLanguage(): Promise<void> {
  const result = await api.settings.get({});
  if (result.ok && result.value.language !== i18next.language) show(result.value.language);
}

document.documentElement.lang = cached();
export { i18next };
