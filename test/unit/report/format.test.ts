import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  fill,
  formatDate,
  formatDecimal,
  formatMonth,
  formatPercent,
  formatPeriod,
} from '../../../shared/report/format';
import { REPORT_STRINGS } from '../../../shared/report/strings';

describe('report formats', () => {
  it('writes numbers the German and the English way', () => {
    expect(formatDecimal(2.25, 'de')).toBe('2,3');
    expect(formatDecimal(2.25, 'en', 2)).toBe('2.25');
    expect(formatDecimal(null, 'de')).toBe('–');
    expect(formatPercent(42.4, 'de')).toBe('42 %');
    expect(formatPercent(42.6, 'en')).toBe('43%');
  });

  it('writes dates without depending on the time zone', () => {
    expect(formatDate('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatDate('2026-03-05T23:59:59Z', 'en')).toBe('5 Mar 2026');
    expect(formatDate(null, 'en')).toBe('–');
    expect(formatMonth('2026-03-01', 'de')).toBe('März 2026');
    expect(formatPeriod('2026-10-01', null, 'de')).toBe('01.10.2026 – –');
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Seite {page} von {pages}', { page: 3, pages: 9 })).toBe('Seite 3 von 9');
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
  });

  it('has the same keys in German and English', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix];
    expect(keys(REPORT_STRINGS.de)).toEqual(keys(REPORT_STRINGS.en));
  });
});
