import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderInWorker } from '../../../electron/report/renderInWorker';
import { writeReport } from '../../../electron/services/reports';
import { CLIENT, demoWorkbook } from './reportFixture';

const ROOT = join(import.meta.dirname, '../../..');
let demo: Awaited<ReturnType<typeof demoWorkbook>>;

// The app renders in the worker bundle main ships beside it (built by `npm test` before vitest runs).
beforeAll(async () => {
  demo = await demoWorkbook();
}, 120_000);
afterAll(() => demo.dispose());

const render = renderInWorker(join(ROOT, 'out/main/reportWorker.cjs'));

it('renders a report in a worker thread, reporting progress, as the Electron main process does', async () => {
  const path = join(demo.dir, 'worker.pdf');
  const progress: number[] = [];
  const result = await writeReport(
    demo.db(),
    { type: 'summary', lang: 'de', outPath: path, onProgress: (p) => progress.push(p.page) },
    render,
  );
  expect(result.pages).toBeGreaterThan(1);
  expect(progress.length).toBeGreaterThan(0);
  expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain(CLIENT);
  execFileSync('qpdf', ['--check', path]);
});

it('carries an error from the worker back with its code, leaving no file', async () => {
  const target = join(demo.dir, 'missing-folder', 'x.pdf');
  await expect(
    writeReport(demo.db(), { type: 'summary', lang: 'en', outPath: target }, render),
  ).rejects.toMatchObject({ code: 'io' });
  expect(existsSync(target)).toBe(false);
});
