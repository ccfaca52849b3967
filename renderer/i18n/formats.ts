import { useMemo } from 'react';
import type { UiLanguage } from '.';
import { useUiLanguage } from './useUiLanguage';

/**
 * The user's own locale when it speaks the UI language (en-GB stays en-GB), else the language's usual
 * one — a bare 'en' would write dates the American way, which a European client reads wrongly.
 */
export function dateLocale(lang: UiLanguage): string {
  return navigator.languages.find((l) => l.split('-')[0] === lang) ?? (lang === 'en' ? 'en-GB' : 'de-DE');
}

/** YYYY-MM-DD as a local calendar date: parsing it as UTC would shift it by a day west of Greenwich. */
export const parseDay = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

/** Today as YYYY-MM-DD in local time, to compare with stored dates. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The UI language and its locale's formats for dates, timestamps, numbers and file sizes. */
export function useFormats() {
  const lang = useUiLanguage();
  return useMemo(() => {
    const locale = dateLocale(lang);
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
    const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short' });
    const kb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    const mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    const numbers = new Intl.NumberFormat(locale);
    return {
      lang,
      locale,
      /** A stored calendar date (YYYY-MM-DD); '' for none. */
      day: (iso: string | null) => (iso ? day.format(parseDay(iso)) : ''),
      /** A stored instant (ISO 8601 with time). */
      timestamp: (iso: string) => stamp.format(new Date(iso)),
      month: (date: Date) => month.format(date),
      shortMonth: (date: Date) => shortMonth.format(date),
      number: (value: number) => numbers.format(value),
      size: (bytes: number) =>
        bytes < 1024 * 1024 ? kb.format(Math.max(1, bytes / 1024)) : mb.format(bytes / 1024 / 1024),
    };
  }, [lang]);
}
export type Formats = ReturnType<typeof useFormats>;
