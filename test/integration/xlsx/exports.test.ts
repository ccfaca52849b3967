import type ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoEngagement } from '../../../electron/services/demo';
import type { Register } from '../../../shared/contract/exchange';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';
import { fileHash, loadXlsxFile } from '../../support/xlsx';

const tempDir = useTempDir();

/** Per register: the English headings, and the headings whose columns offer a dropdown. */
const REGISTERS: Record<Register, { sheet: string; headers: string[]; lists: string[] }> = {
  gap: {
    sheet: 'Gap analysis',
    headers: [
      'No.',
      'Requirement',
      'Current maturity',
      'Target maturity',
      'Gap',
      'Verdict',
      'Finding',
      'Client self-rating',
      'Interviewee',
      'Notes',
    ],
    lists: ['Current maturity', 'Target maturity', 'Verdict'],
  },
  risks: {
    sheet: 'Risks',
    headers: [
      'Ref.',
      'Title',
      'Description',
      'AI system',
      'Risk source',
      'Owner',
      'Likelihood',
      'Impact',
      'Score',
      'Risk level',
      'Treatment',
      'Treatment plan',
      'Residual likelihood',
      'Residual impact',
      'Residual level',
      'Status',
      'Annex A controls',
      'Due date',
    ],
    lists: ['Status'],
  },
  soa: {
    sheet: 'SoA',
    headers: [
      'Control',
      'Title',
      'Applicable',
      'Reasons for inclusion',
      'Justification for exclusion',
      'Implementation status',
      'Linked risks',
      'Notes',
    ],
    lists: ['Applicable', 'Implementation status'],
  },
  actions: {
    sheet: 'Actions',
    headers: [
      'Ref.',
      'Title',
      'Description',
      'Source',
      'Owner',
      'Effort (days)',
      'Priority',
      'Start',
      'Due date',
      'Status',
    ],
    lists: ['Priority', 'Status'],
  },
  docs: {
    sheet: 'Documents',
    headers: ['Document', 'Requirement', 'Status', 'Owner', 'Location', 'Version'],
    lists: ['Status'],
  },
};

async function demo(dir: string) {
  const s = testServices(dir);
  const { wb, path } = await s.newWorkbook('demo.aimswb', 'Rheinland Versicherung AG');
  await writeDemoEngagement(s.dispatch, wb, 'en');
  return { s, wb, path };
}

async function exportRegister(
  s: ReturnType<typeof testServices>,
  wb: string,
  dir: string,
  what: Register,
  lang: 'de' | 'en',
) {
  const path = join(dir, `${what}-${lang}.xlsx`);
  s.dialogs.answer(path);
  expect(await s.call('export:xlsx', { wb, what, lang })).toEqual({ fileName: `${what}-${lang}.xlsx` });
  return loadXlsxFile(path);
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

/** The labels a list validation offers, read from the sheet its formula points at. */
function listLabels(workbook: ExcelJS.Workbook, validation: ExcelJS.DataValidation): string[] {
  const match = /^'([^']+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(validation.formulae[0]));
  if (!match) throw new Error(`unexpected list formula ${validation.formulae[0]}`);
  const sheet = workbook.getWorksheet(match[1]!)!;
  return Array.from({ length: Number(match[4]) - Number(match[3]) + 1 }, (_, i) =>
    String(sheet.getCell(`${match[2]}${i + 1}`).value),
  );
}

describe('register exports', () => {
  it('every register opens with a cover, styled frozen headings, wrapped text, dropdowns and a hidden list sheet', async () => {
    const dir = tempDir();
    const { s, wb } = await demo(dir);
    for (const [what, expected] of Object.entries(REGISTERS) as [Register, (typeof REGISTERS)[Register]][]) {
      const workbook = await exportRegister(s, wb, dir, what, 'en');
      expect(
        workbook.worksheets.map((sheet) => [sheet.name, sheet.state]),
        what,
      ).toEqual([
        ['Cover', 'visible'],
        [expected.sheet, 'visible'],
        ['Lists', 'veryHidden'],
      ]);
      const cover = workbook.getWorksheet('Cover')!;
      const coverText = cover.getSheetValues().flat().map(String).join('|');
      expect(coverText).toContain('Rheinland Versicherung AG');
      expect(coverText).toContain('Catalogue version|2026.11.0');
      expect(coverText).toMatch(/Date\|\d{4}-\d{2}-\d{2}/);

      const sheet = workbook.getWorksheet(expected.sheet)!;
      expect(headerOf(sheet), what).toEqual(expected.headers);
      expect(sheet.getRow(1).getCell(1).font).toMatchObject({ bold: true });
      expect(fillOf(sheet.getRow(1).getCell(1))).toBe('FF1F3A5F');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(Math.max(...sheet.columns.map((column) => column.width ?? 0))).toBeGreaterThanOrEqual(36);
      expect(sheet.rowCount, what).toBeGreaterThan(1);
      expect(sheet.getRow(2).getCell(2).alignment).toMatchObject({ wrapText: true });
      expected.headers.forEach((header, i) => {
        const validation = sheet.getCell(2, i + 1).dataValidation;
        if (expected.lists.includes(header)) {
          expect(validation, `${what} ${header}`).toMatchObject({ type: 'list' });
          expect(listLabels(workbook, validation)).toContain(
            String(sheet.getCell(2, i + 1).value ?? listLabels(workbook, validation)[0]),
          );
        } else expect(validation, `${what} ${header}`).toBeUndefined();
      });
    }
  });

  it('uses the vocabulary labels in the chosen language and colours risk bands and gaps', async () => {
    const dir = tempDir();
    const { s, wb } = await demo(dir);
    await s.call('assessment:update', {
      wb,
      itemId: '4.1',
      patch: { maturityCurrent: 1, maturityTarget: 4 },
    });

    const gap = await exportRegister(s, wb, dir, 'gap', 'de');
    const gapSheet = gap.getWorksheet('Gap-Analyse')!;
    expect(headerOf(gapSheet).slice(0, 6)).toEqual([
      'Nr.',
      'Anforderung',
      'Reifegrad Ist',
      'Reifegrad Soll',
      'Lücke',
      'Bewertung',
    ]);
    const row41 = gapSheet.getRow(2);
    expect(row41.getCell(1).value).toBe('4.1');
    expect(row41.getCell(3).value).toBe('1 – Initial');
    expect(row41.getCell(5).value).toBe(3);
    expect(fillOf(row41.getCell(5))).toBe('FFFFA7A7');
    expect(listLabels(gap, row41.getCell(3).dataValidation)).toEqual([
      '0 – Nicht vorhanden',
      '1 – Initial',
      '2 – Gesteuert',
      '3 – Definiert',
      '4 – Quantitativ gesteuert',
      '5 – Optimierend',
    ]);
    expect(listLabels(gap, row41.getCell(6).dataValidation)).toContain('Wesentliche Nichtkonformität');

    const risks = await exportRegister(s, wb, dir, 'risks', 'en');
    const riskSheet = risks.getWorksheet('Risks')!;
    const shades: Record<string, string> = {
      Low: 'FFC6EFCE',
      Medium: 'FFFFEB9C',
      High: 'FFF8CBAD',
      Critical: 'FFFFA7A7',
    };
    for (let r = 2; r <= riskSheet.rowCount; r++) {
      const band = riskSheet.getRow(r).getCell(10);
      expect(Object.keys(shades)).toContain(band.value);
      expect(fillOf(band)).toBe(shades[String(band.value)]);
      expect(riskSheet.getRow(r).getCell(9).value).toBe(
        Number(riskSheet.getRow(r).getCell(7).value) * Number(riskSheet.getRow(r).getCell(8).value),
      );
    }
    const docs = await exportRegister(s, wb, dir, 'docs', 'en');
    const missing = docs
      .getWorksheet('Documents')!
      .getRows(2, 30)!
      .find((row) => row.getCell(3).value === 'Missing')!;
    expect(fillOf(missing.getCell(3))).toBe('FFFFA7A7');
  });

  it('an empty register still exports, and the workbook itself is never a target', async () => {
    const dir = tempDir();
    const s = testServices(dir);
    const { wb, path } = await s.newWorkbook();
    const risks = await exportRegister(s, wb, dir, 'risks', 'de');
    const sheet = risks.getWorksheet('Risiken')!;
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getCell('P2').dataValidation).toMatchObject({ type: 'list' });

    expect(await s.call('export:xlsx', { wb, what: 'gap', lang: 'de' })).toBeNull();
    const before = fileHash(path);
    s.dialogs.answer(path);
    expect(await s.dispatch('export:xlsx', { wb, what: 'gap', lang: 'de' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    s.dialogs.answer(path);
    expect(await s.dispatch('archive:export', { wb })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(fileHash(path)).toBe(before);
  });
});
