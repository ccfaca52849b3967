import type ExcelJS from 'exceljs';
import { copyFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';
import { contentTypes, zip } from '../../support/zip';
import { editXlsx, fileHash, generateQuestionnaire, Q, questionnaireSheet, rowOf } from '../../support/xlsx';

const tempDir = useTempDir();
const MB = 1024 * 1024;

/** A workbook with a consultant rating, its blank questionnaire, and a way to try a file against it. */
async function setup() {
  const dir = tempDir();
  const s = testServices(dir);
  const { wb, path } = await s.newWorkbook();
  await s.call('assessment:update', {
    wb,
    itemId: '4.1',
    patch: { maturityCurrent: 2, clientSelfRating: 1 },
  });
  const blank = await generateQuestionnaire(s, wb, dir);
  const edited = (name: string, change: (workbook: ExcelJS.Workbook) => void) =>
    editXlsx(blank, join(dir, name), change);

  /** The file is refused with `code` (and a message matching `message`); the workbook stays byte for byte. */
  async function expectRefused(file: string, code: string, message: RegExp): Promise<void> {
    const before = fileHash(path);
    const folder = readdirSync(dir).sort();
    s.dialogs.answer(file);
    const result = await s.dispatch('questionnaire:preview', { wb });
    expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(fileHash(path)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(folder);
  }
  return { dir, s, wb, blank, edited, expectRefused };
}

describe('a file that is no spreadsheet of ours is refused before anything reads it', () => {
  it('random bytes, a Word document, and an old or encrypted Excel file', async () => {
    const { dir, expectRefused } = await setup();
    const random = join(dir, 'random.xlsx');
    writeFileSync(random, Buffer.from('this is not a spreadsheet at all, just some text'.repeat(10)));
    await expectRefused(random, 'invalid-input', /not an Excel workbook/);

    const docx = join(dir, 'letter.xlsx');
    const word = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    writeFileSync(docx, zip([{ name: '[Content_Types].xml', content: contentTypes(word) }]));
    await expectRefused(docx, 'invalid-input', /not an Excel workbook/);

    const ole = join(dir, 'old.xlsx');
    writeFileSync(ole, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
    await expectRefused(ole, 'invalid-input', /encrypted or old-format/);
  });

  it('a macro-enabled workbook, by its name, its content type or its VBA project', async () => {
    const { dir, blank, expectRefused } = await setup();
    const byName = join(dir, 'macros.xlsm');
    copyFileSync(blank, byName);
    await expectRefused(byName, 'invalid-input', /macro-enabled/);

    const byType = join(dir, 'renamed.xlsx');
    writeFileSync(
      byType,
      zip([
        {
          name: '[Content_Types].xml',
          content: contentTypes('application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
        },
      ]),
    );
    await expectRefused(byType, 'invalid-input', /macro-enabled/);

    const byProject = join(dir, 'vba.xlsx');
    writeFileSync(
      byProject,
      zip([
        { name: '[Content_Types].xml', content: contentTypes() },
        { name: 'xl/vbaProject.bin', content: Buffer.alloc(64) },
      ]),
    );
    await expectRefused(byProject, 'invalid-input', /macro-enabled/);
  });

  it('a zip bomb, whether it declares its size or lies about it', async () => {
    const { dir, expectRefused } = await setup();
    const honest = join(dir, 'bomb.xlsx');
    writeFileSync(
      honest,
      zip([
        { name: '[Content_Types].xml', content: contentTypes() },
        { name: 'xl/big.xml', content: Buffer.alloc(60 * MB) },
      ]),
    );
    await expectRefused(honest, 'file-too-large', /unpacks to more than 50 MB/);

    const liar = join(dir, 'liar.xlsx');
    writeFileSync(
      liar,
      zip([
        { name: '[Content_Types].xml', content: contentTypes() },
        { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(40 * MB), declaredSize: 1000 },
      ]),
    );
    await expectRefused(liar, 'file-too-large', /more than it declares/);
  });

  it('a 100 MB file, refused by its size before it is read', async () => {
    const { dir, expectRefused } = await setup();
    const huge = join(dir, 'huge.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * MB);
    await expectRefused(huge, 'file-too-large', /larger than 20 MB/);
  });

  it('a spreadsheet that is not a questionnaire (a register export)', async () => {
    const { dir, s, wb, expectRefused } = await setup();
    const exported = join(dir, 'risks.xlsx');
    s.dialogs.answer(exported);
    await s.call('export:xlsx', { wb, what: 'risks', lang: 'de' });
    await expectRefused(exported, 'invalid-input', /not a questionnaire/);
  });
});

describe('a questionnaire that does not fit this workbook is refused', () => {
  it('one from another engagement', async () => {
    const { dir, s, expectRefused } = await setup();
    const other = await s.newWorkbook('other.aimswb', 'Andere GmbH');
    const foreign = await generateQuestionnaire(s, other.wb, dir, 'en');
    await expectRefused(foreign, 'invalid-input', /another engagement \(Andere GmbH\)/);
  });

  it('one made for another catalogue version, or with its hidden information changed', async () => {
    const { edited, expectRefused } = await setup();
    const meta = (key: string, value: string) => (workbook: ExcelJS.Workbook) => {
      workbook.getWorksheet('meta')!.eachRow((row) => {
        if (row.getCell(1).value === key) row.getCell(2).value = value;
      });
    };
    await expectRefused(
      await edited('catalog.xlsx', meta('catalogVersion', '2025.1.0')),
      'invalid-input',
      /catalogue 2025\.1\.0/,
    );
    await expectRefused(
      await edited('format.xlsx', meta('formatVersion', '9')),
      'invalid-input',
      /hidden information/,
    );
  });

  it('edited IDs, deleted rows and added rows, each named', async () => {
    const { edited, expectRefused } = await setup();
    const renamed = await edited('renamed.xlsx', (workbook) => {
      rowOf(questionnaireSheet(workbook), '6.1.2').getCell(1).value = '6.1.9';
    });
    await expectRefused(
      renamed,
      'invalid-input',
      /row \d+: unknown requirement ID "6\.1\.9".*rows missing for 6\.1\.2/,
    );

    const deleted = await edited('deleted.xlsx', (workbook) => {
      const sheet = questionnaireSheet(workbook);
      sheet.spliceRows(rowOf(sheet, '7.5.2').number, 1);
    });
    await expectRefused(deleted, 'invalid-input', /rows missing for 7\.5\.2 \(were rows deleted\?\)/);

    const added = await edited('added.xlsx', (workbook) => {
      questionnaireSheet(workbook).getRow(80).getCell(Q.answer).value = 'Noch etwas';
    });
    await expectRefused(added, 'invalid-input', /row 80: answers without a requirement ID/);
  });

  it('edited headings or a renamed sheet', async () => {
    const { edited, expectRefused } = await setup();
    const heading = await edited('heading.xlsx', (workbook) => {
      questionnaireSheet(workbook).getRow(1).getCell(Q.answer).value = 'Kommentar';
    });
    await expectRefused(heading, 'invalid-input', /structure of the questionnaire/);
    const renamed = await edited('sheet.xlsx', (workbook) => {
      questionnaireSheet(workbook).name = 'Antworten';
    });
    await expectRefused(renamed, 'invalid-input', /sheet "Fragebogen" was renamed/);
  });

  it('ratings of the wrong type or out of range, and error values, every one listed', async () => {
    const { edited, expectRefused } = await setup();
    const wrong = await edited('types.xlsx', (workbook) => {
      const sheet = questionnaireSheet(workbook);
      rowOf(sheet, '4.1').getCell(Q.rating).value = 'drei';
      rowOf(sheet, '4.2').getCell(Q.rating).value = true;
      rowOf(sheet, '4.3').getCell(Q.answer).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      rowOf(sheet, '5.1').getCell(Q.rating).value = 3; // a good row does not rescue the file
    });
    await expectRefused(
      wrong,
      'invalid-input',
      /row \d+ \(4\.1\): the rating must be a number from 0 to 5, found "drei"; row \d+ \(4\.2\): .*found TRUE; row \d+ \(4\.3\): expected text, found #N\/A/,
    );
    const range = await edited('range.xlsx', (workbook) => {
      const sheet = questionnaireSheet(workbook);
      rowOf(sheet, '4.1').getCell(Q.rating).value = 7;
      rowOf(sheet, '4.2').getCell(Q.rating).value = '2,5';
      rowOf(sheet, '4.3').getCell(Q.rating).value = { formula: 'A1', result: -1 };
    });
    await expectRefused(range, 'invalid-input', /found 7; .*found 2\.5; .*found -1/);
  });
});

describe('apply', () => {
  it('accepts only the current preview of the same workbook', async () => {
    const { s, wb, edited } = await setup();
    const other = await s.newWorkbook('other.aimswb');
    expect(await s.dispatch('questionnaire:apply', { wb, token: 'made-up' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const filled = await edited('filled.xlsx', (workbook) => {
      rowOf(questionnaireSheet(workbook), '4.1').getCell(Q.rating).value = 4;
    });
    s.dialogs.answer(filled);
    const first = (await s.call('questionnaire:preview', { wb }))!;
    s.dialogs.answer(filled);
    const second = (await s.call('questionnaire:preview', { wb }))!;
    expect(await s.dispatch('questionnaire:apply', { wb: other.wb, token: second.token })).toMatchObject({
      ok: false,
    });
    expect(await s.dispatch('questionnaire:apply', { wb, token: first.token })).toMatchObject({ ok: false });
    expect(await s.call('questionnaire:apply', { wb, token: second.token })).toEqual({ applied: 1 });
  });
});
