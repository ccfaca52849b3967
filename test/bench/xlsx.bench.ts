import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services';
import { writeDemoEngagement } from '../../electron/services/demo';
import type { Register } from '../../shared/contract/exchange';
import type { Figure } from './workbook.bench';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (n: number) => Math.round(n * 100) / 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const REGISTERS: Register[] = ['gap', 'risks', 'soa', 'actions', 'docs'];
const RUNS = 5;

/**
 * The spreadsheet round-trip on the demo engagement, through the services as the app calls them:
 * all five register exports, the questionnaire, its import (read, check, preview, apply) with every row
 * answered, and the archive both ways.
 */
export async function benchXlsx(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aims-bench-xlsx-'));
  const answers: string[] = [];
  const answer = async () => answers.shift() ?? null;
  const services = createServices({
    userDataDir: join(dir, 'user-data'),
    appVersion: 'bench',
    dialogs: { chooseWorkbookToOpen: answer, chooseSavePath: answer, chooseFileToRead: answer },
  });
  async function call(name: Parameters<typeof services.dispatch>[0], input: unknown): Promise<unknown> {
    const result = await services.dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  }
  try {
    const { wb } = services.files.createAt(join(dir, 'demo.aimswb'), {
      clientName: 'Rheinland Versicherung AG',
    });
    await writeDemoEngagement(services.dispatch, wb, 'de');

    const exports: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = process.hrtime.bigint();
      for (const what of REGISTERS) {
        answers.push(join(dir, `${what}.xlsx`));
        await call('export:xlsx', { wb, what, lang: 'de' });
      }
      exports.push(ms(start));
    }

    const generates: number[] = [];
    const blank = join(dir, 'questionnaire.xlsx');
    for (let run = 0; run < RUNS; run++) {
      const start = process.hrtime.bigint();
      answers.push(blank);
      await call('questionnaire:generate', { wb, lang: 'de' });
      generates.push(ms(start));
    }
    const filled = join(dir, 'filled.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(blank);
    const sheet = workbook.worksheets[1]!;
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      row.getCell(5).value = r % 6;
      row.getCell(6).value = `Antwort zu Zeile ${r}: so setzen wir die Anforderung heute um.`;
      row.getCell(7).value = 'Handbuch KI-Governance v1.2';
      row.getCell(8).value = 'Sabine Krüger';
    }
    await workbook.xlsx.writeFile(filled);
    const imports: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Every run writes all 70 rows: an apply that finds the same values would skip its writes.
      services.sessions
        .get(wb)
        .db.exec(`UPDATE assessments SET client_self_rating = NULL, client_answer = ''`);
      const start = process.hrtime.bigint();
      answers.push(filled);
      const preview = (await call('questionnaire:preview', { wb })) as { token: string };
      await call('questionnaire:apply', { wb, token: preview.token });
      imports.push(ms(start));
    }

    const archive = join(dir, 'archive.json');
    let start = process.hrtime.bigint();
    answers.push(archive);
    await call('archive:export', { wb });
    const archived = ms(start);
    start = process.hrtime.bigint();
    answers.push(archive, join(dir, 'restored.aimswb'));
    await call('archive:import', {});
    const restored = ms(start);

    return [
      {
        bench: 'xlsx.export.allRegisters',
        value: round(median(exports)),
        unit: `ms (5 registers, median of ${RUNS})`,
        target: '< 1000 ms',
      },
      {
        bench: 'xlsx.questionnaire.generate',
        value: round(median(generates)),
        unit: `ms (median of ${RUNS})`,
      },
      {
        bench: 'xlsx.questionnaire.import',
        value: round(median(imports)),
        unit: `ms (70 rows, preview + apply, median of ${RUNS})`,
        target: '< 1000 ms',
      },
      { bench: 'archive.export', value: round(archived), unit: 'ms (demo engagement)' },
      { bench: 'archive.restore', value: round(restored), unit: 'ms (demo engagement, into a new workbook)' },
    ];
  } finally {
    services.sessions.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
