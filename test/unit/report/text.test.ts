import { describe, expect, it } from 'vitest';
import { hyphenationFor } from '../../../electron/report/hyphenate';
import { MISSING_GLYPH, printableText } from '../../../electron/report/printable';

const latin = (cp: number) => cp < 0x250 || cp === 0x2013 || cp === 0x201e || cp === 0x201c;

describe('report text preparation', () => {
  it('hyphenates German compounds by the 1996 rules and leaves short words whole', async () => {
    const de = await hyphenationFor('de');
    expect(de('Informationssicherheitsmanagementsystem').join('-')).toBe(
      'In-for-ma-ti-ons-si-cher-heits-ma-nage-ment-sys-tem',
    );
    expect(de('Prüfung')).toEqual(['Prüfung']);
  });

  it('cuts a 200-character word into pieces that fit a narrow column', async () => {
    const en = await hyphenationFor('en');
    const pieces = en('x'.repeat(200));
    expect(pieces.join('')).toBe('x'.repeat(200));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(12);
  });

  it('replaces characters no report font has, one mark per run, and keeps line breaks', () => {
    expect(printableText('Größe „ok“ – 😀👍🏽 שלום\r\nZeile\t2', latin)).toBe(
      `Größe „ok“ – ${MISSING_GLYPH} ${MISSING_GLYPH}\nZeile 2`,
    );
  });

  it('drops invisible format characters no font has instead of marking them', () => {
    expect(printableText('ok\uFE0F\u200B!', latin)).toBe('ok!');
  });
});
