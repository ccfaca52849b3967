import { useMemo } from 'react';
import { useUiLanguage } from './language';

/**
 * The user's own locale when it speaks the UI language (en-GB stays en-GB), else the language's usual
 * one — a bare 'en' would write dates the American way, which a European client reads wrongly.
 */
export function dateLocale(lang: 'de' | 'en'): string {
  return navigator.languages.find((l) => l.split('-')[0] === lang) ?? (lang === 'en' ? 'en-GB' : 'de-DE');
}

/** YYYY-MM-DD as a local calendar date: parsing it as UTC would shift it by a day west of Greenwich. */
export const parseDay = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

/** Formats stored calendar dates (YYYY-MM-DD) in the user's locale; '' for none. */
export function useDateFormat() {
  const lang = useUiLanguage();
  return useMemo(() => {
    const locale = dateLocale(lang);
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
    const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short' });
    return {
      day: (iso: string | null) => (iso ? day.format(parseDay(iso)) : ''),
      month: (date: Date) => month.format(date),
      shortMonth: (date: Date) => shortMonth.format(date),
    };
  }, [lang]);
}

/** Today as YYYY-MM-DD in local time, to compare with stored dates. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
