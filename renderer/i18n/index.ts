import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES } from './messages';

export type UiLanguage = 'de' | 'en';

const stored = (): UiLanguage => (localStorage.getItem('ui-language') === 'en' ? 'en' : 'de');

void i18next.use(initReactI18next).init({
  resources: { de: { translation: MESSAGES.de }, en: { translation: MESSAGES.en } },
  lng: stored(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

export function setUiLanguage(language: UiLanguage): void {
  localStorage.setItem('ui-language', language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

document.documentElement.lang = stored();
export { i18next };
