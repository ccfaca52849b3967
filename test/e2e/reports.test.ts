import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { inspectWorkbook } from '../../electron/workbook/inspect';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();
const { tempDir } = e2e;

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

it('sets the branding, then writes a German PDF and an XLSX export where the user chose', async () => {
  const dir = tempDir();
  const host = await e2e.start(dir);
  const { page, wb } = await openDemo(e2e.browser(), host, 'en');
  await page.locator('[data-phase="reports"]').click();

  await page.getByLabel('Consulting firm').fill('Becker & Partner Compliance GmbH');
  await page.getByLabel('Confidentiality label').fill('Vertraulich');
  await page.getByLabel('Footer text').focus();
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, PNG);
  host.services.dialogs.answer(logo);
  await page.getByRole('button', { name: 'Choose image…' }).first().click();
  await expect.poll(() => page.getByTestId('firm-logo').textContent()).toContain('image/png');
  expect(await host.services.call('branding:get', { wb })).toMatchObject({
    firmName: 'Becker & Partner Compliance GmbH',
    confidentiality: 'Vertraulich',
    firmLogo: { mimeType: 'image/png' },
  });

  const pdf = join(dir, 'bericht.pdf');
  host.services.dialogs.answer(pdf);
  await page.getByLabel('Report', { exact: true }).selectOption('summary');
  await page.getByRole('button', { name: 'Create PDF…' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as bericht.pdf' }).waitFor({ timeout: 60_000 });
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Rheinland Versicherung AG');
  expect(text).toContain('Vertraulich');

  const xlsx = join(dir, 'risiken.xlsx');
  host.services.dialogs.answer(xlsx);
  await page.getByLabel('Register').selectOption('risks');
  await page.getByRole('button', { name: 'Export XLSX…' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as risiken.xlsx' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'reports-en.png') });
});

it('saves the full archive and restores it from the start screen into a new workbook', async () => {
  const dir = tempDir();
  const host = await e2e.start(dir);
  const { page } = await openDemo(e2e.browser(), host, 'en');
  await page.locator('[data-phase="reports"]').click();
  const archive = join(dir, 'rheinland.json');
  host.services.dialogs.answer(archive);
  await page.getByRole('button', { name: 'Save full archive (JSON)…' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved as rheinland.json' }).waitFor();
  await page.getByRole('button', { name: 'Close workbook' }).click();

  host.services.dialogs.answer(archive, join(dir, 'restored.aimswb'));
  await page.getByRole('button', { name: 'Restore from archive…' }).click();
  await expect.poll(() => page.title()).toContain('Rheinland Versicherung AG — restored.aimswb');
  await page.getByRole('button', { name: 'Close workbook' }).click();
  expect(inspectWorkbook(join(dir, 'restored.aimswb'), { full: true }).counts).toMatchObject({
    risks: 6,
    actions: 6,
    ai_systems: 3,
  });
});
