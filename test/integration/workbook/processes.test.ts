import { describe, expect, it } from 'vitest';
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
