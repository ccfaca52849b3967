/** UI texts of this phase, under the i18n namespace 'governance'. Both languages have the same keys (a test checks). */
export const governanceMessages = {
  en: { title: '3 Governance' },
  de: { title: '3 Governance' },
};
