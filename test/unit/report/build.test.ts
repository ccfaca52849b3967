import { describe, expect, it } from 'vitest';
import { buildReportModel, reportFileName } from '../../../shared/report/build';
import type { Block, ReportModel } from '../../../shared/report/model';
import { reportData } from './fixture';

const NOW = '2026-11-23T09:30:00.000Z';
const build = (type: ReportModel['type'], lang: 'de' | 'en') =>
  buildReportModel(reportData(), { type, lang, now: NOW });
const tables = (blocks: readonly Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('buildReportModel', () => {
  it('orders the sections of the full report and numbers them', () => {
    const model = build('full', 'de');
    expect(model.sections.map((s) => [s.number, s.title])).toEqual([
      [null, 'Dokumentenlenkung'],
      ['1', 'Management-Zusammenfassung'],
      ['2', 'Anwendungsbereich und Vorgehen'],
      ['3', 'Ergebnisse nach Abschnitt und Maßnahmenziel'],
      ['4', 'Feststellungen je Anforderung'],
      ['5', 'KI-Systeminventar und Einstufung nach KI-Verordnung'],
      ['6', 'KI-Risikoregister'],
      ['7', 'Erklärung zur Anwendbarkeit'],
      ['8', 'Integration in bestehende Managementsysteme'],
      ['9', 'Dokumentierte Information'],
      ['10', 'Roadmap und Maßnahmenplan'],
      ['A', 'Glossar'],
      ['B', 'Workshops und Teilnehmende'],
    ]);
    expect(model.contents).toBe('Inhalt');
  });

  it('fills cover, metadata and chrome in the report language with neutral defaults', () => {
    const model = build('summary', 'en');
    expect(model.meta).toEqual({
      title: 'Management summary – Muster AG',
      subject: 'Management summary of the ISO/IEC 42001 gap analysis',
      author: 'Eva Beispiel',
      keywords: 'ISO/IEC 42001, AI management system, EU AI Act, gap analysis',
      language: 'en-GB',
      creator: 'AIMS Workbench',
      date: NOW,
    });
    expect(model.cover.facts).toEqual([
      { label: 'Date', value: '23 Nov 2026' },
      { label: 'Version', value: '1.0' },
      { label: 'Author', value: 'Eva Beispiel' },
      { label: 'Consultancy', value: 'Beispiel Beratung GmbH' },
      { label: 'Engagement period', value: '1 Oct 2026 – 28 Feb 2027' },
    ]);
    expect(model.chrome).toEqual({
      header: 'Muster AG',
      headerRight: 'Management summary',
      footer: 'Beispiel Beratung GmbH',
      confidentiality: 'Confidential',
      pageOf: 'Page {page} of {pages}',
    });
    expect(model.contents).toBeNull();
  });

  it('puts all 38 Annex A controls in the SoA with decision, reason and linked risks', () => {
    const soa = build('soa', 'de').sections.find((s) => s.id === 'soa')!;
    const rows = tables(soa.blocks).flatMap((t) => t.rows);
    expect(rows).toHaveLength(38);
    expect(rows[0]!.map((c) => c.text)).toEqual([
      'A.2.2',
      'KI-Politik',
      'Ja',
      'Gesetzliche Anforderung',
      'Nicht begonnen',
      '–',
    ]);
    const a104 = rows.find((r) => r[0]!.text === 'A.10.4')!;
    expect(a104.slice(2, 5).map((c) => c.text)).toEqual(['Nein', 'Keine Endkunden.', '–']);
    expect(rows.find((r) => r[0]!.text === 'A.7.4')![5]!.text).toBe('R-001');
    const kpis = soa.blocks.find((b) => b.kind === 'kpis');
    expect(kpis).toMatchObject({
      items: [
        { value: '2 von 38', detail: 'Unvollständig' },
        { value: '1' },
        { value: '1' },
        { value: '36' },
      ],
    });
  });

  it('summarises maturity, readiness, gaps and risks with the domain rules', () => {
    const summary = build('summary', 'de').sections[0]!;
    const kpis = summary.blocks.find((b) => b.kind === 'kpis');
    expect(kpis).toMatchObject({
      items: [
        {
          label: 'Reifegradindex',
          value: '1,5 / 5',
          detail: '30 % · 2 von 70 Anforderungen bewertet',
          tone: 'bad',
        },
        { label: 'Reife für Stufe 1', value: 'Nicht bereit', tone: 'bad' },
        { label: 'Reife für Stufe 2', value: 'Nicht bereit' },
        { label: 'KI-Risiken', value: '1', detail: 'davon 1 hoch oder kritisch' },
        { label: 'Offene Maßnahmen', value: '1', detail: 'davon 1 kritisch' },
      ],
    });
    const [gaps, risks] = tables(summary.blocks);
    expect(gaps!.rows.map((r) => r[0]!.text)).toEqual(['4.3', 'A.2.2']);
    expect(gaps!.rows[0]![2]!.text).toBe('1 / 4');
    expect(risks!.rows[0]!.map((c) => c.text)).toEqual([
      'R-001',
      'Verzerrtes Scoring',
      'Kritisch (4×5)',
      'CRO',
    ]);
    expect(risks!.rows[0]![2]!.tone).toBe('critical');
  });

  it('places dated actions on the roadmap axis and writes the minutes with the evidence requests', () => {
    const roadmap = build('actions', 'en').sections[0]!;
    const gantt = roadmap.blocks.find((b) => b.kind === 'gantt');
    expect(gantt).toMatchObject({
      ticks: [{ label: 'Nov 2026', at: 0 }, { label: 'Dec 2026' }],
      rows: [{ label: 'M-001 Scope festlegen', from: 1 / 61, tone: 'critical', done: false }],
    });
    const minutes = build('minutes', 'de').sections;
    expect(minutes.map((s) => s.title)).toEqual(['Auftakt', 'Liste der angeforderten Nachweise']);
    const requests = tables(minutes[1]!.blocks)[0]!;
    expect(requests.rows[0]!.map((c) => c.text)).toEqual([
      '1',
      '4.3 Festlegen des Anwendungsbereichs des KI-Managementsystems',
      'Scope-Dokument',
      'DMS/AIMS',
    ]);
  });

  it('is plain data: the same input gives the same JSON', () => {
    const model = build('full', 'en');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(JSON.stringify(build('full', 'en'))).toBe(JSON.stringify(model));
  });
});

describe('reportFileName', () => {
  it('uses the client and the report title and drops characters file systems refuse', () => {
    expect(reportFileName('Müller/Söhne: "AG"', 'soa', 'de')).toBe(
      'Müller Söhne AG - Erklärung zur Anwendbarkeit.pdf',
    );
    expect(reportFileName('Muster AG', 'full', 'en')).toBe(
      'Muster AG - ISO IEC 42001 gap analysis report.pdf',
    );
  });
});
