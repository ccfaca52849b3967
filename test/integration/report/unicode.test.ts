import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFonts } from '../../../electron/report/fonts';
import { writeReport } from '../../../electron/services/reports';
import { testServices } from '../../support/services';
import { pdfFonts, pdfText, qpdfCheck } from './pdfTools';

/** Names and texts a client abroad brings along: every script and symbol the report fonts must draw. */
const CORPUS = {
  greek: 'Ζωή Παπαδοπούλου',
  cyrillic: 'Дмитрий Иванов',
  cjk: '李小龙 / 山田太郎',
  korean: '김민준',
  arabic: 'محمد العلي',
  hebrew: 'דוד כהן',
  vietnamese: 'Nguyễn Thị Ánh',
  latinExt: 'Łukasz Żółć, Şükrü Dvořák',
  symbols: 'Risiko → Maßnahme ≤ 5 ≥ 3 ✓ ✗ € § ©',
  emoji: 'Launch 😀 🚀',
  arabicRisk: 'تسرب البيانات الشخصية',
  hebrewRisk: 'דליפת מידע אישי',
} as const;
const CLIENT = `${CORPUS.vietnamese} · ${CORPUS.cyrillic} · 李小龙`;

/*
 * pdftotext writes a right-to-left run in logical order between the embedding marks U+202B … U+202C;
 * the marks, and how lines and cells wrap, are no part of the text.
 */
const normalise = (text: string) =>
  text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let dir = '';
let path = '';
let text = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aims-unicode-'));
  const services = testServices(dir);
  const { wb } = await services.newWorkbook('unicode.aimswb', CLIENT);
  const { call } = services;
  const session = await call('session:create', { wb, data: { title: `Workshop ${CORPUS.symbols}` } });
  for (const name of [
    CORPUS.greek,
    CORPUS.cyrillic,
    CORPUS.cjk,
    CORPUS.korean,
    CORPUS.arabic,
    CORPUS.hebrew,
    CORPUS.vietnamese,
    CORPUS.latinExt,
  ])
    await call('attendee:create', { wb, data: { sessionId: session.id, name, role: CORPUS.emoji } });
  const system = await call('aiSystem:create', {
    wb,
    data: { name: `${CORPUS.emoji} ${CORPUS.greek}`, purpose: CORPUS.symbols, owner: CORPUS.cjk },
  });
  for (const title of [CORPUS.arabicRisk, CORPUS.hebrewRisk, CORPUS.cyrillic])
    await call('risk:create', {
      wb,
      data: { title, description: CORPUS.symbols, aiSystemId: system.id, likelihood: 4, impact: 4 },
    });
  path = join(dir, 'unicode.pdf');
  await writeReport(services.sessions.get(wb).db, { type: 'full', lang: 'en', outPath: path });
  text = normalise(pdfText(path));
  services.sessions.closeAll();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a report in every script', () => {
  it('is a sound PDF whose fonts are all embedded, the scripts’ own among them', () => {
    const check = qpdfCheck(path);
    expect(check.ok, check.output).toBe(true);
    const fonts = pdfFonts(path);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    for (const face of [
      'NotoSans-Regular',
      'NotoSans-Bold',
      'Vazirmatn-Regular',
      'NotoSansHebrew-Regular',
      'NotoSansSC-Regular',
      'NotoSansKR-Regular',
      'NotoSansMath-Regular',
      'NotoSansSymbols2-Regular',
      'NotoEmoji-Regular',
    ])
      expect(names, face).toContain(face);
  });

  it('prints every name and text as typed, right-to-left ones in logical order, and no replacement mark', () => {
    for (const [script, value] of Object.entries({ ...CORPUS, client: CLIENT }))
      expect(text, script).toContain(normalise(value));
    expect(text).not.toContain('\uFFFD');
  });
});

describe('choosing the fonts of a report', () => {
  const familiesFor = async (sample: string) =>
    (await reportFonts([...sample].map((ch) => ch.codePointAt(0)!))).families;

  it('reads only the Latin subsets for German and English text', async () => {
    expect(await familiesFor('Prüfung der Größe – „Maßnahme“ Œuvre')).toEqual([
      'noto-sans/latin',
      'noto-sans/latin-ext',
    ]);
  });

  it('adds the slices of the large CJK and emoji fonts that hold the text’s characters, no others', async () => {
    const families = await familiesFor('李 😀');
    expect(families.filter((f) => f.startsWith('noto-sans-sc/'))).toHaveLength(1);
    expect(families.filter((f) => f.startsWith('noto-emoji/'))).toHaveLength(1);
  });

  it('leaves a character of a script without a bundled font uncovered', async () => {
    const fonts = await reportFonts([0x0915]); // Devanagari KA
    expect(fonts.covers(0x0915)).toBe(false);
  });
});
