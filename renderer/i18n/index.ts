import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';
import { en } from './en';

export type UiLanguage = 'de' | 'en';

const stored = (): UiLanguage => (localStorage.getItem('ui-language') === 'en' ? 'en' : 'de');

void i18next.use(initReactI18next).init({
  resources: { de: { translation: de }, en: { translation: en } },
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
