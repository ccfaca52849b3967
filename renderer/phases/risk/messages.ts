/** UI texts of this phase, under the i18n namespace 'risk'. Both languages have the same keys (a test checks). */
export const riskMessages = {
  en: { title: '2 Risks' },
  de: { title: '2 Risiken' },
};
