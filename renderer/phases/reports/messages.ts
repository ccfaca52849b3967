/** UI texts of this phase, under the i18n namespace 'reports'. Both languages have the same keys (a test checks). */
export const reportsMessages = {
  en: { title: 'Reports' },
  de: { title: 'Berichte' },
};
