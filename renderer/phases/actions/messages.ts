/** UI texts of this phase, under the i18n namespace 'actions'. Both languages have the same keys (a test checks). */
export const actionsMessages = {
  en: { title: 'Actions' },
  de: { title: 'Maßnahmen' },
};
