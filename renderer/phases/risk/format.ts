import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/catalog/types';
import type { Vocabulary } from '../../../shared/catalog/vocab/vocabulary';

/** The UI language as a catalogue language, to pick the matching half of a bilingual text. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}

/** The user's own locale when it speaks the UI language (de-AT, en-IE …), else a European default. */
function locale(lang: Lang): string {
  const own = typeof navigator === 'undefined' ? '' : navigator.language;
  if (own.toLowerCase().startsWith(lang)) return own;
  return lang === 'de' ? 'de-DE' : 'en-GB';
}

export interface Formats {
  /** A stored calendar date (YYYY-MM-DD) in the locale's medium style. */
  date(iso: string | null | undefined): string;
  number(value: number): string;
}

export function useFormat(): Formats {
  const lang = useLang();
  return useMemo(() => {
    const tag = locale(lang);
    // Read as UTC and print as UTC, so no time zone moves a calendar date by a day.
    const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    const numbers = new Intl.NumberFormat(tag);
    return {
      date: (iso) => {
        const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
        if (!match) return '–';
        return dates.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
      },
      number: (value) => numbers.format(value),
    };
  }, [lang]);
}

/** Options for a select from a catalogue vocabulary, labelled in the UI language. */
export function vocabularyOptions<Id extends string | number>(
  ids: readonly Id[],
  vocabulary: Vocabulary<Id>,
  lang: Lang,
): { value: string; label: string }[] {
  return ids.map((id) => ({ value: String(id), label: vocabulary[id].label[lang] }));
}
