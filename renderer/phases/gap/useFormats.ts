import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/catalog/types';
import { CATALOG_GROUPS } from '../../../shared/catalog/iso42001';

const GROUP_TITLES = new Map(CATALOG_GROUPS.map((g) => [g.id, g.title]));

/** The UI language and Intl formats for it: dates, file sizes, and catalogue group titles. */
export function useFormats() {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'de';
  return useMemo(() => {
    // The user's regional format where it is of the UI language (en-GB writes 23 Nov 2026, en-US Nov 23).
    const locale = navigator.languages.find((l) => l.split('-')[0] === lang) ?? lang;
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const kb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    const mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    return {
      lang,
      /** A calendar date 'YYYY-MM-DD'; read at local noon so no time zone moves it to another day. */
      date: (value: string) => day.format(new Date(`${value}T12:00:00`)),
      timestamp: (value: string) => stamp.format(new Date(value)),
      size: (bytes: number) =>
        bytes < 1024 * 1024 ? kb.format(Math.max(1, bytes / 1024)) : mb.format(bytes / 1024 / 1024),
      /** Group headings come from the app's catalogue; a workbook's snapshot names only their ids. */
      groupTitle: (id: string) => GROUP_TITLES.get(id)?.[lang] ?? id,
    };
  }, [lang]);
}
export type Formats = ReturnType<typeof useFormats>;
