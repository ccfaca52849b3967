import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectWorkbook } from '../../electron/workbook/inspect';
import { openApp } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();
const { tempDir } = e2e;

describe('start screen', () => {
  it('creates an engagement with the wizard and lands in the frame with the client in the title', async () => {
    const dir = tempDir();
    const host = await e2e.start(dir);
    const page = await openApp(e2e.browser(), host.url, 'en');
    await page.getByRole('button', { name: 'New engagement' }).click();
    await page.getByLabel('Client').fill('Rheinland Versicherung AG');
    await page.getByLabel('Sector').fill('Insurance');
    await page.getByLabel('Report language').selectOption('de');
    host.services.dialogs.answer(join(dir, 'rheinland.aimswb'));
    await page.getByRole('button', { name: 'Create workbook…' }).click();

    await expect.poll(() => page.title()).toContain('Rheinland Versicherung AG — rheinland.aimswb');
    await page.getByRole('navigation', { name: 'Engagement phases' }).waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
    await page.screenshot({ path: join(SHOTS, 'frame-overview.png') });

    await page.getByRole('button', { name: 'Close workbook' }).click();
    await page.getByRole('button', { name: /Rheinland Versicherung AG/ }).waitFor();
    expect(inspectWorkbook(join(dir, 'rheinland.aimswb'), { full: true }).engagement).toEqual({
      clientName: 'Rheinland Versicherung AG',
      language: 'de',
    });
  });

  it('shows a translated error for a file that is not a workbook and switches language at run time', async () => {
    const dir = tempDir();
    const host = await e2e.start(dir);
    const bogus = join(dir, 'notes.aimswb');
    writeFileSync(bogus, 'not a database at all, just text');
    const page = await openApp(e2e.browser(), host.url, 'de');
    host.services.dialogs.answer(bogus);
    await page.getByRole('button', { name: 'Arbeitsmappe öffnen…' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getAttribute('data-error-code')).toBe('not-a-workbook');
    expect(await alert.textContent()).toContain('Diese Datei ist keine AIMS-Workbench-Arbeitsmappe');
  });

  it('refuses to create without a client name and says why', async () => {
    const host = await e2e.start();
    const page = await openApp(e2e.browser(), host.url, 'en');
    await page.getByRole('button', { name: 'New engagement' }).click();
    await page.getByLabel('Client').fill('   ');
    await page.getByRole('button', { name: 'Create workbook…' }).click();
    await page.getByText('Please enter the client’s name.').waitFor();
    expect(host.services.dialogs.answers).toEqual([]);
  });
});
