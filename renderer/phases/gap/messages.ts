/** UI texts of this phase, under the i18n namespace 'gap'. Both languages have the same keys (a test checks). */
export const gapMessages = {
  en: { title: '1 Gap analysis' },
  de: { title: '1 Gap-Analyse' },
};
