import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderResult } from '../../../electron/report/render';
import { ANNEX_A_CONTROL_IDS } from '../../../shared/domain/requirementIds';
import { REPORT_TYPES, type ReportType } from '../../../shared/report/model';
import { pdfFonts, pdfText, qpdfCheck, wordBoxes } from './pdfTools';
import { CLIENT, demoWorkbook } from './reportFixture';

type Lang = 'de' | 'en';
const LANGS: readonly Lang[] = ['de', 'en'];

/** Headings each report must show, written out here rather than taken from the strings file. */
const HEADINGS: Record<ReportType, Record<Lang, string[]>> = {
  full: {
    de: [
      'Dokumentenlenkung',
      'Inhalt',
      'Management-Zusammenfassung',
      'Anwendungsbereich und Vorgehen',
      'Ergebnisse nach Abschnitt und Maßnahmenziel',
      'Feststellungen je Anforderung',
      'KI-Systeminventar und Einstufung nach KI-Verordnung',
      'KI-Risikoregister',
      'Erklärung zur Anwendbarkeit',
      'Integration in bestehende Managementsysteme',
      'Dokumentierte Information',
      'Roadmap und Maßnahmenplan',
      'Glossar',
      'Workshops und Teilnehmende',
    ],
    en: [
      'Document control',
      'Contents',
      'Management summary',
      'Scope and method',
      'Results by clause and control objective',
      'Findings per requirement',
      'AI system inventory and EU AI Act classification',
      'AI risk register',
      'Statement of Applicability',
      'Integration with existing management systems',
      'Documented information',
      'Roadmap and action plan',
      'Glossary',
      'Workshop sessions and attendees',
    ],
  },
  summary: {
    de: [
      'Management-Zusammenfassung',
      'Größte Lücken',
      'Wesentliche Risiken',
      'Zertifizierungsreife',
      'Empfehlung',
      'Ergebnisse im Überblick',
    ],
    en: [
      'Management summary',
      'Largest gaps',
      'Key risks',
      'Certification readiness',
      'Recommendation',
      'Results at a glance',
    ],
  },
  soa: {
    de: ['Dokumentenlenkung', 'Erklärung zur Anwendbarkeit', 'A.6 Lebenszyklus von KI-Systemen'],
    en: ['Document control', 'Statement of Applicability', 'A.6 AI system life cycle'],
  },
  actions: {
    de: ['Roadmap und Maßnahmenplan', 'Maßnahmenplan'],
    en: ['Roadmap and action plan', 'Action plan'],
  },
  minutes: {
    de: [
      'Auftaktworkshop KIMS',
      'Besprochene Anforderungen',
      'Teilnehmende',
      'Liste der angeforderten Nachweise',
    ],
    en: ['Auftaktworkshop KIMS', 'Requirements discussed', 'Attendees', 'Evidence request list'],
  },
};

const rendered = new Map<string, { path: string; result: RenderResult; text: string }>();
const key = (type: ReportType, lang: Lang) => `${type}-${lang}`;
const get = (type: ReportType, lang: Lang) => rendered.get(key(type, lang))!;
let dispose = () => {};

// Every report type in both languages is rendered once; the assertions below read the same files.
beforeAll(async () => {
  const demo = await demoWorkbook();
  dispose = demo.dispose;
  for (const type of REPORT_TYPES) {
    for (const lang of LANGS) {
      const { path, result } = await demo.render(type, lang);
      rendered.set(key(type, lang), { path, result, text: pdfText(path).replace(/\s+/g, ' ') });
    }
  }
}, 180_000);
afterAll(() => dispose());

describe.each(REPORT_TYPES.flatMap((type) => LANGS.map((lang) => [type, lang] as const)))(
  '%s report (%s)',
  (type, lang) => {
    it('is a sound PDF with every font embedded', () => {
      const { path } = get(type, lang);
      const check = qpdfCheck(path);
      expect(check.ok, check.output).toBe(true);
      const fonts = pdfFonts(path);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
      expect(fonts.every((f) => f.name.includes('NotoSans'))).toBe(true);
    });

    it('names the client and shows the headings in its language', () => {
      const { text } = get(type, lang);
      expect(text).toContain(CLIENT);
      for (const heading of HEADINGS[type][lang]) expect(text).toContain(heading);
      expect(text).toContain(lang === 'de' ? 'Seite 2 von' : 'Page 2 of');
    });

    it('keeps every word inside the page and every planned page within one printed page', () => {
      const { path, result } = get(type, lang);
      expect(result.pages).toBe(result.plannedPages);
      const { width, height, words } = wordBoxes(path);
      const outside = words.filter((w) => w.xMin < 36 || w.xMax > width - 36 || w.yMax > height - 10);
      expect(outside).toEqual([]);
    });

    it('carries title, author, subject, language and a bookmark per section', () => {
      const { path } = get(type, lang);
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`Title:\\s+.*${CLIENT}`));
      expect(info).toMatch(/Author:\s+Dr\. Jana Becker/);
      expect(info).toMatch(/Subject:\s+\S/);
      expect(readFileSync(path).toString('latin1')).toContain(`/Lang (${lang === 'de' ? 'de-DE' : 'en-GB'})`);
      const outlines = JSON.parse(
        execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' }),
      ).outlines as { title: string }[];
      const titles = outlines.map((o) => o.title);
      for (const heading of HEADINGS[type][lang].slice(0, 1))
        expect(titles.some((t) => t.includes(heading))).toBe(true);
    });
  },
);

describe('report contents', () => {
  it('lists all 38 Annex A controls in the Statement of Applicability', () => {
    for (const lang of LANGS) {
      const { text } = get('soa', lang);
      const missing = ANNEX_A_CONTROL_IDS.filter(
        (id) => !new RegExp(`(^|\\s)${id.replace(/\./g, '\\.')}(\\s|$)`).test(text),
      );
      expect(missing).toEqual([]);
    }
  });

  it('keeps German umlauts, ß and typographic quotes intact', () => {
    const { text } = get('full', 'de');
    for (const word of [
      'Größte Lücken',
      'Maßnahmenplan',
      'Thomas Öztürk',
      'Sabine Krüger',
      'Erklärung zur Anwendbarkeit',
      'Kundenservice-Chatbot „Rhina“',
      'Köln',
    ]) {
      expect(text).toContain(word);
    }
    expect(get('summary', 'de').text).toContain('Ergebnisse im Überblick');
  });

  it('prints the table of contents with the pages the bookmarks point to', () => {
    const { path, text } = get('full', 'de');
    const outlines = JSON.parse(
      execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' }),
    ).outlines as { title: string; destpageposfrom1: number }[];
    const summary = outlines.find((o) => o.title === '1 Management-Zusammenfassung');
    const risks = outlines.find((o) => o.title === '6 KI-Risikoregister');
    expect(summary?.destpageposfrom1).toBeGreaterThan(2);
    expect(text).toContain(`1 Management-Zusammenfassung ${summary?.destpageposfrom1}`);
    expect(text).toContain(`6 KI-Risikoregister ${risks?.destpageposfrom1}`);
  });

  it('writes the minutes with the evidence the client is asked for', () => {
    const { text } = get('minutes', 'de');
    expect(text).toContain('Workshop Lebenszyklus und Daten');
    expect(text).toContain('Freigegebene KI-Politik');
    expect(text).toContain('Lena Schäfer');
  });
});
