import { describeAction } from '../../../shared/actionLabel';
import Database from 'better-sqlite3';
import type ExcelJS from 'exceljs';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCatalogItem } from '../../../shared/catalog/iso42001';
import { CATALOG_VERSION } from '../../../shared/catalog/version';
import type { Assessment } from '../../../shared/schemas/assessment';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';
import {
  editXlsx,
  generateQuestionnaire,
  loadXlsxFile,
  Q,
  questionnaireSheet,
  rowOf,
} from '../../support/xlsx';

const tempDir = useTempDir();
const FIXTURE_V1 = join(import.meta.dirname, '../../fixtures/workbook-v1.aimswb');

/** Everything the consultant owns in an assessment: all but the client's two fields and the stamp. */
const consultantFields = ({ clientSelfRating: _r, clientAnswer: _a, updatedAt: _u, ...rest }: Assessment) =>
  rest;

async function consultantWorkbook(dir: string) {
  const s = testServices(dir);
  const { wb, path } = await s.newWorkbook();
  await s.call('assessment:update', {
    wb,
    itemId: '4.1',
    patch: {
      maturityCurrent: 2,
      maturityTarget: 4,
      verdict: 'minor-nc',
      finding: 'Kontext unvollständig',
      notes: 'Workshop 1',
    },
  });
  await s.call('assessment:update', {
    wb,
    itemId: '5.2',
    patch: { maturityCurrent: 3, interviewee: 'Frau Krüger' },
  });
  return { s, wb, path };
}

describe('the generated questionnaire', () => {
  it('has instructions in the chosen language, one protected row per requirement and a hidden tie to the engagement', async () => {
    const dir = tempDir();
    const { s, wb } = await consultantWorkbook(dir);
    for (const [lang, instructions, sheetName, heading] of [
      ['de', 'Anleitung', 'Fragebogen', 'Ihr Reifegrad (0–5)'],
      ['en', 'Instructions', 'Questionnaire', 'Your maturity (0–5)'],
    ] as const) {
      const workbook = await loadXlsxFile(await generateQuestionnaire(s, wb, dir, lang));
      expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
        [instructions, 'visible'],
        [sheetName, 'visible'],
        [lang === 'de' ? 'Listen' : 'Lists', 'veryHidden'],
        ['meta', 'veryHidden'],
      ]);
      const sheet = questionnaireSheet(workbook);
      expect(sheet.getRow(1).getCell(Q.rating).value).toBe(heading);
      expect(sheet.rowCount).toBe(71);
      expect(sheet.getColumn(1).hidden).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const protection = (sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection;
      expect(protection.sheet).toBe(true);
      const row = rowOf(sheet, '6.1.2');
      expect(String(row.getCell(4).value)).toContain('•');
      expect(row.getCell(3).protection?.locked).not.toBe(false);
      for (const col of Object.values(Q))
        expect(row.getCell(col).protection).toMatchObject({ locked: false });
      expect(row.getCell(Q.rating).dataValidation).toMatchObject({
        type: 'list',
        formulae: [expect.stringContaining('$A$1:$A$6')],
      });
      const meta = workbook.getWorksheet('meta')!;
      const entries = Object.fromEntries(
        meta
          .getSheetValues()
          .slice(1)
          .map((r) => (r as unknown[]).slice(1)),
      );
      expect(entries).toMatchObject({
        format: 'aims-questionnaire',
        lang,
        catalogVersion: '2026.11.0',
        clientName: 'Muster AG',
      });
      expect(entries.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('importing a filled questionnaire', () => {
  it('previews what will be set and the differences, then applies it in one edit without touching the consultant', async () => {
    const dir = tempDir();
    const { s, wb } = await consultantWorkbook(dir);
    const before = await s.call('assessment:list', { wb });
    const filled = await editXlsx(
      await generateQuestionnaire(s, wb, dir, 'en'),
      join(dir, 'filled.xlsx'),
      (workbook) => {
        const sheet = questionnaireSheet(workbook);
        const context = rowOf(sheet, '4.1');
        context.getCell(Q.rating).value = '4 – Quantitatively managed';
        context.getCell(Q.answer).value = 'Context analysis updated yearly';
        context.getCell(Q.documents).value = 'Kontextanalyse.docx';
        context.getCell(Q.contact).value = 'Eva Meier';
        rowOf(sheet, '5.2').getCell(Q.rating).value = 3;
        // A formula counts with the value the client's spreadsheet stored, never evaluated here (1+1 would be 2).
        rowOf(sheet, '6.1.2').getCell(Q.rating).value = { formula: '1+1', result: 1 };
        rowOf(sheet, '7.2').getCell(Q.answer).value = {
          richText: [{ text: 'Training ' }, { text: 'plan 2027' }],
        };
        rowOf(sheet, 'A.2.2').getCell(Q.rating).value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
      },
    );

    s.dialogs.answer(filled);
    const preview = (await s.call('questionnaire:preview', { wb }))!;
    expect(preview.fileName).toBe('filled.xlsx');
    expect(preview.unanswered).toBe(66);
    expect(preview.changes.map(({ row: _row, ...change }) => change)).toEqual([
      {
        itemId: '4.1',
        clientSelfRating: 4,
        clientAnswer:
          'Context analysis updated yearly\nExisting documents: Kontextanalyse.docx\nContact person: Eva Meier',
        previousSelfRating: null,
        consultantRating: 2,
        differs: true,
      },
      {
        itemId: '5.2',
        clientSelfRating: 3,
        clientAnswer: null,
        previousSelfRating: null,
        consultantRating: 3,
        differs: false,
      },
      {
        itemId: '6.1.2',
        clientSelfRating: 1,
        clientAnswer: null,
        previousSelfRating: null,
        consultantRating: null,
        differs: false,
      },
      {
        itemId: '7.2',
        clientSelfRating: null,
        clientAnswer: 'Training plan 2027',
        previousSelfRating: null,
        consultantRating: null,
        differs: false,
      },
    ]);
    expect(await s.call('assessment:list', { wb })).toEqual(before);

    const lastTxn = (await s.call('workbook:history', { wb, limit: 1 }))[0]!.txn;
    s.changes.length = 0;
    expect(await s.call('questionnaire:apply', { wb, token: preview.token })).toEqual({ applied: 4 });
    expect(s.changes.map((change) => change.aggregates)).toEqual([['assessment']]);

    const after = await s.call('assessment:list', { wb });
    expect(after.map(consultantFields)).toEqual(before.map(consultantFields));
    const byId = new Map(after.map((a) => [a.itemId, a]));
    expect(byId.get('4.1')).toMatchObject({ clientSelfRating: 4, maturityCurrent: 2, verdict: 'minor-nc' });
    expect(byId.get('7.2')).toMatchObject({ clientSelfRating: null, clientAnswer: 'Training plan 2027' });
    expect(byId.get('A.2.2')).toMatchObject({ clientSelfRating: null, clientAnswer: '' });

    const history = await s.call('workbook:history', { wb, limit: 10 });
    const applied = history.filter((entry) => entry.txn > lastTxn);
    expect(applied).toHaveLength(4);
    expect(new Set(applied.map((entry) => entry.txn)).size).toBe(1);

    // A preview applies once; undo takes the whole import back in one step.
    expect(await s.dispatch('questionnaire:apply', { wb, token: preview.token })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const undone = await s.call('workbook:undo', { wb });
    expect(undone).toMatchObject({ entities: ['assessment'], label: { channel: 'questionnaire:apply' } });
    expect(describeAction(undone.label, 'en')).toBe('Import client questionnaire');
    expect(await s.call('assessment:list', { wb })).toEqual(before);
  });

  it('reads a German questionnaire, and a cancelled file dialog reads nothing', async () => {
    const dir = tempDir();
    const { s, wb } = await consultantWorkbook(dir);
    const filled = await editXlsx(
      await generateQuestionnaire(s, wb, dir, 'de'),
      join(dir, 'ausgefuellt.xlsx'),
      (workbook) => {
        const row = rowOf(questionnaireSheet(workbook), '9.2.1');
        row.getCell(Q.rating).value = '0 – Nicht vorhanden';
        // Excel gives a typed date a date format; without one the cell would read back as a serial number.
        row.getCell(Q.documents).value = new Date(Date.UTC(2026, 9, 1));
        // (A copy of the style: exceljs shares one style object between cells loaded with the same style.)
        row.getCell(Q.documents).style = { ...row.getCell(Q.documents).style, numFmt: 'dd.mm.yyyy' };
        row.getCell(Q.contact).value = 4711;
      },
    );
    s.dialogs.answer(filled);
    const preview = (await s.call('questionnaire:preview', { wb }))!;
    expect(preview.changes).toMatchObject([
      {
        itemId: '9.2.1',
        clientSelfRating: 0,
        clientAnswer: 'Vorhandene Dokumente: 2026-10-01\nAnsprechperson: 4711',
      },
    ]);
    expect(await s.call('questionnaire:preview', { wb })).toBeNull();
    // The cancelled read did not replace the pending preview.
    expect(await s.call('questionnaire:apply', { wb, token: preview.token })).toEqual({ applied: 1 });
  });

  it('gives a workbook from before engagement ids one, and its questionnaire round-trips', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.aimswb');
    copyFileSync(FIXTURE_V1, path);
    const seed = new Database(path);
    // The fixture is a bare v1 schema; give it what every real workbook of that time had.
    seed.exec(
      `INSERT INTO engagement (id, client_name) VALUES (1, 'Alt GmbH'); INSERT INTO branding (id) VALUES (1);`,
    );
    seed.prepare(`INSERT INTO meta (key, value) VALUES ('catalogVersion', ?)`).run(CATALOG_VERSION);
    seed
      .prepare(`UPDATE catalog_items SET data = ? WHERE item_id = '4.1'`)
      .run(JSON.stringify(findCatalogItem('4.1')));
    seed.close();
    const engagementIds = () => {
      const db = new Database(path, { readonly: true });
      const rows = db.prepare(`SELECT value FROM meta WHERE key = 'engagementId'`).all();
      db.close();
      return rows;
    };
    expect(engagementIds()).toEqual([]);

    const s = testServices(dir);
    const { wb } = s.files.openPath(path);
    const filled = await editXlsx(
      await generateQuestionnaire(s, wb, dir),
      join(dir, 'filled.xlsx'),
      (workbook) => {
        rowOf(questionnaireSheet(workbook), '4.1').getCell(Q.rating).value = 2;
      },
    );
    s.dialogs.answer(filled);
    const preview = (await s.call('questionnaire:preview', { wb }))!;
    expect(await s.call('questionnaire:apply', { wb, token: preview.token })).toEqual({ applied: 1 });
    s.sessions.closeAll();
    expect(engagementIds()).toHaveLength(1);
  });
});
