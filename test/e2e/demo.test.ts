import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

it('opens the demo engagement handed over by the OS, with phase progress in the navigation', async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'de');
  await expect.poll(() => page.title()).toContain('Rheinland Versicherung AG');
  const gap = page.locator('[data-phase="gap"] .phase-progress');
  await expect.poll(() => gap.getAttribute('aria-label')).toMatch(/^\d+\s%\serledigt$/);
});

it("the menu's workshop mode takes the consultant to the gap analysis with workshop mode on", async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'en');
  host.emit('menu:command', { command: 'workshopMode' });
  await expect.poll(() => page.locator('[data-phase="gap"]').getAttribute('aria-current')).toBe('page');
  await expect
    .poll(() => page.getByRole('button', { name: 'Workshop mode' }).getAttribute('aria-pressed'))
    .toBe('true');
});

it('carries out every File and View menu command, and a language picked there is the one main keeps', async () => {
  const dir = e2e.tempDir();
  const host = await e2e.start(dir);
  const { page } = await openDemo(e2e.browser(), host, 'en');

  host.emit('menu:command', { command: 'language-de' });
  await page.getByRole('navigation').getByText('Berichte').waitFor();
  expect(await host.services.call('settings:get', {})).toEqual({ language: 'de' });

  host.emit('menu:command', { command: 'exportPdf' });
  await expect.poll(() => page.locator('[data-phase="reports"]').getAttribute('aria-current')).toBe('page');

  host.services.dialogs.answer(join(dir, 'Kopie für den Mandanten.aimswb'));
  host.emit('menu:command', { command: 'saveCopy' });
  await page.getByRole('status').filter({ hasText: 'Kopie für den Mandanten.aimswb' }).waitFor();
  expect(existsSync(join(dir, 'Kopie für den Mandanten.aimswb'))).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'menu-save-copy.png') });

  host.emit('menu:command', { command: 'new' });
  await page.getByLabel('Mandant').waitFor();
  expect(await page.getByRole('navigation').count()).toBe(0);
});
