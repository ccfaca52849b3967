import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../../electron/services';
import { createWorkbook, openWorkbook } from '../../electron/workbook/workbook';

export interface Figure {
  readonly bench: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** Create, open, one edit through the service (median, p99) and 1,000 edits, on a real file. */
export async function benchWorkbook(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aims-bench-'));
  try {
    const creates: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = process.hrtime.bigint();
      createWorkbook(join(dir, `create-${i}.aimswb`), { clientName: 'Bench AG' }, 'bench');
      creates.push(ms(start));
    }
    const opens: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = process.hrtime.bigint();
      openWorkbook(join(dir, `create-${i}.aimswb`)).close();
      opens.push(ms(start));
    }

    const none = async () => null;
    const services = createServices({
      userDataDir: join(dir, 'user-data'),
      appVersion: 'bench',
      dialogs: { chooseWorkbookToOpen: none, chooseSavePath: none, chooseFileToRead: none },
    });
    const { wb } = services.files.openPath(join(dir, 'create-0.aimswb'));
    const edits: number[] = [];
    const all = process.hrtime.bigint();
    for (let i = 0; i < 1000; i++) {
      const start = process.hrtime.bigint();
      const result = await services.dispatch('assessment:update', {
        wb,
        itemId: i % 2 ? '6.1.2' : 'A.5.2',
        patch: { maturityCurrent: i % 6, notes: `Notiz ${i}` },
      });
      if (!result.ok) throw new Error(result.error.message);
      edits.push(ms(start));
    }
    const thousand = ms(all);
    services.sessions.closeAll();
    const sortedEdits = [...edits].sort((a, b) => a - b);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return [
      {
        bench: 'workbook.create',
        value: round(median(creates)),
        unit: 'ms (median of 10)',
        target: '< 100 ms',
      },
      { bench: 'workbook.open', value: round(median(opens)), unit: 'ms (median of 10)', target: '< 50 ms' },
      { bench: 'workbook.edit.median', value: round(percentile(sortedEdits, 0.5)), unit: 'ms', target: '—' },
      {
        bench: 'workbook.edit.p99',
        value: round(percentile(sortedEdits, 0.99)),
        unit: 'ms',
        target: '< 5 ms',
      },
      { bench: 'workbook.edits.1000', value: round(thousand), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
