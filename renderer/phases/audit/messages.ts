/** UI texts of this phase, under the i18n namespace 'audit'. Both languages have the same keys (a test checks). */
export const auditMessages = {
  en: { title: '5 Audit readiness' },
  de: { title: '5 Auditbereitschaft' },
};
