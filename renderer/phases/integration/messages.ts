/** UI texts of this phase, under the i18n namespace 'integration'. Both languages have the same keys (a test checks). */
export const integrationMessages = {
  en: { title: '4 Integration' },
  de: { title: '4 Integration' },
};
