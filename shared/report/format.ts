/*
 * Number and date formats of the reports, written out by hand so the same workbook gives the same
 * report bytes on every machine (no dependence on the ICU data or the time zone of the host).
 */
import type { Lang } from '../catalog/types';
import { REPORT_STRINGS } from './strings';

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/** 2.5 → '2,5' (de) or '2.5' (en); null → '–'. */
export function formatDecimal(value: number | null, lang: Lang, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return REPORT_STRINGS[lang].none;
  const text = value.toFixed(digits);
  return lang === 'de' ? text.replace('.', ',') : text;
}

/** 42.4 → '42 %' (de) or '42%' (en). */
export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return REPORT_STRINGS[lang].none;
  return lang === 'de' ? `${Math.round(value)} %` : `${Math.round(value)}%`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** '2026-10-12' (or a timestamp starting so) → '12.10.2026' (de) or '12 Oct 2026' (en); null → '–'. */
export function formatDate(iso: string | null, lang: Lang): string {
  const match = iso === null ? null : DATE.exec(iso);
  if (!match) return REPORT_STRINGS[lang].none;
  const [, year, month, day] = match;
  if (lang === 'de') return `${day}.${month}.${year}`;
  return `${Number(day)} ${REPORT_STRINGS.en.months[Number(month) - 1] ?? month} ${year}`;
}

/** 'Oct 2026' / 'Okt. 2026' for the time axis of the roadmap. */
export function formatMonth(iso: string, lang: Lang): string {
  const match = DATE.exec(iso);
  if (!match) return iso;
  return `${REPORT_STRINGS[lang].months[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, for placing dates on a time axis; null if malformed. */
export function dayNumber(iso: string): number | null {
  const match = DATE.exec(iso);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** A date range as text: '05.10.2026 – 31.03.2027'; either end may be open. */
export function formatPeriod(from: string | null, to: string | null, lang: Lang): string {
  if (from === null && to === null) return REPORT_STRINGS[lang].none;
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}
