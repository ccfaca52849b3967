import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  runExchangeCommand,
  type ExchangeCommand,
  type ExchangeOptions,
} from '../../../electron/cli/exchangeCommands';
import { createServices } from '../../../electron/services';
import { writeDemoEngagement } from '../../../electron/services/demo';
import { useTempDir } from '../../support/temp';
import { editXlsx, fileHash, loadXlsxFile, Q, questionnaireSheet, rowOf } from '../../support/xlsx';

const tempDir = useTempDir();
afterEach(() => vi.restoreAllMocks());

/** Runs a command in-process, as `npm run cli` does, and returns what it printed. */
async function cli(
  dir: string,
  command: ExchangeCommand,
  options: Partial<ExchangeOptions> & { source: string },
) {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  await runExchangeCommand(command, {
    file: undefined,
    out: undefined,
    what: undefined,
    lang: undefined,
    dryRun: false,
    services: (dialogs) =>
      createServices({ userDataDir: join(dir, 'user-data'), appVersion: 'cli', dialogs }),
    ...options,
  });
  vi.restoreAllMocks();
  return printed;
}

async function demoFile(dir: string): Promise<string> {
  const services = createServices({
    userDataDir: join(dir, 'user-data'),
    appVersion: 'cli',
    dialogs: {
      chooseWorkbookToOpen: async () => null,
      chooseSavePath: async () => null,
      chooseFileToRead: async () => null,
    },
  });
  const path = join(dir, 'demo.aimswb');
  const { wb } = services.files.createAt(path, { clientName: 'Rheinland Versicherung AG', language: 'en' });
  await writeDemoEngagement(services.dispatch, wb, 'en');
  services.sessions.closeAll();
  return path;
}

describe('the exchange commands of the CLI', () => {
  it('export, questionnaire, import-questionnaire (dry run first), archive and restore', async () => {
    const dir = tempDir();
    const source = await demoFile(dir);
    for (const what of ['gap', 'risks', 'soa', 'actions', 'docs']) {
      const out = join(dir, `${what}.xlsx`);
      expect(await cli(dir, 'export', { source, what, out })).toEqual([
        JSON.stringify({ fileName: `${what}.xlsx` }),
      ]);
    }
    // Without --lang the engagement's language is used.
    expect((await loadXlsxFile(join(dir, 'gap.xlsx'))).worksheets[1]!.name).toBe('Gap analysis');
    await expect(
      cli(dir, 'export', { source, what: 'everything', out: join(dir, 'x.xlsx') }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('gap, risks, soa, actions, docs'),
    });

    const blank = join(dir, 'questionnaire.xlsx');
    await cli(dir, 'questionnaire', { source, out: blank, lang: 'de' });
    const filled = await editXlsx(blank, join(dir, 'filled.xlsx'), (workbook) => {
      rowOf(questionnaireSheet(workbook), '4.1').getCell(Q.rating).value = '1 – Initial';
    });
    // Opening a workbook for editing touches its header (the lock); a dry run must change no data.
    const before = recorded(source);
    const [dryRun] = await cli(dir, 'import-questionnaire', { source, file: filled, dryRun: true });
    expect(JSON.parse(dryRun!)).toMatchObject({
      fileName: 'filled.xlsx',
      changes: [{ itemId: '4.1', clientSelfRating: 1, differs: true }],
    });
    expect(recorded(source)).toEqual(before);
    const printed = await cli(dir, 'import-questionnaire', { source, file: filled });
    expect(printed.at(-1)).toBe(JSON.stringify({ applied: 1 }));

    const archive = join(dir, 'archive.json');
    await cli(dir, 'archive', { source, out: archive });
    const restored = join(dir, 'restored.aimswb');
    const [summary] = await cli(dir, 'restore', { source: archive, out: restored });
    expect(JSON.parse(summary!)).toMatchObject({
      fileName: 'restored.aimswb',
      clientName: 'Rheinland Versicherung AG',
    });
    const restoredHash = fileHash(restored);
    await expect(cli(dir, 'restore', { source: archive, out: restored })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(fileHash(restored)).toBe(restoredHash);
    await expect(cli(dir, 'archive', { source })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('--out'),
    });
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

/** What a workbook holds of the client's answers, and how many edits its change log has seen. */
function recorded(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      ratings: db
        .prepare('SELECT item_id, client_self_rating, client_answer FROM assessments ORDER BY item_id')
        .all(),
      changes: db.prepare('SELECT count(*) AS n FROM change_log').get(),
    };
  } finally {
    db.close();
  }
}
