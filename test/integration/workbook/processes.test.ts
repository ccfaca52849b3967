import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildChild, startChild } from '../../support/child';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';
import { openWorkbook } from '../../../electron/workbook/workbook';

const tempDir = useTempDir();

describe('a workbook has one writer at a time', () => {
  it('refuses a workbook held by another process, and opens it once that process is killed', async () => {
    const dir = tempDir();
    const s = testServices(dir);
    const { path, wb } = await s.newWorkbook();
    await s.call('workbook:close', { wb });

    const holder = startChild(await buildChild('holdWorkbook.ts'), [path]);
    await holder.ready;
    expect(() => openWorkbook(path)).toThrow(expect.objectContaining({ code: 'workbook-locked' }));
    s.dialogs.answer(path);
    const refused = await s.dispatch('workbook:open', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'workbook-locked' } });

    holder.child.kill('SIGKILL');
    await holder.exited;
    const reopened = openWorkbook(path);
    reopened.close();
  }, 60_000);
});

describe('durability: every acknowledged edit survives a SIGKILL', () => {
  it('keeps the file sound and every acknowledged edit over 20 random kills', async () => {
    const dir = tempDir();
    const s = testServices(dir);
    const { path, wb } = await s.newWorkbook();
    await s.call('workbook:close', { wb });
    const script = await buildChild('streamEdits.ts');

    let total = 0;
    for (let round = 0; round < 20; round++) {
      let acknowledged = 0;
      const run = startChild(script, [path, join(dir, 'child-data'), String(round)], (line) => {
        if (/^\d+$/.test(line)) acknowledged = Number(line);
      });
      await run.ready;
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 150));
      run.child.kill('SIGKILL');
      await run.exited;

      // Opening rolls back a torn transaction (hot journal) exactly as the app does after a crash.
      openWorkbook(path).close();
      const db = new Database(path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const titles = new Set(
        (db.prepare('SELECT title FROM actions').all() as { title: string }[]).map((r) => r.title),
      );
      db.close();
      for (let n = 1; n <= acknowledged; n++) expect(titles.has(`round ${round} edit ${n}`)).toBe(true);
      total += acknowledged;
    }
    expect(total).toBeGreaterThan(20);
  }, 240_000);
});
