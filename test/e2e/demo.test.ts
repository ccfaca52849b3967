import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { useTempDir } from '../support/temp';
import { launchBrowser, openDemo } from './browser';
import { startHost } from './host';

const tempDir = useTempDir();
let browser: Browser;
let host: Awaited<ReturnType<typeof startHost>> | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
afterEach(async () => {
  await host?.stop();
  host = undefined;
});

it('opens the demo engagement handed over by the OS, with phase progress in the navigation', async () => {
  host = await startHost(tempDir());
  const { page } = await openDemo(browser, host, 'de');
  await expect.poll(() => page.title()).toContain('Rheinland Versicherung AG');
  const gap = page.locator('[data-phase="gap"] .phase-progress');
  await expect.poll(() => gap.getAttribute('aria-label')).toMatch(/^\d+\s%\serledigt$/);
});

it("the menu's workshop mode takes the consultant to the gap analysis with workshop mode on", async () => {
  host = await startHost(tempDir());
  const { page } = await openDemo(browser, host, 'en');
  host.emit('menu:command', { command: 'workshopMode' });
  await expect.poll(() => page.locator('[data-phase="gap"]').getAttribute('aria-current')).toBe('page');
  await expect
    .poll(() => page.getByRole('button', { name: 'Workshop mode' }).getAttribute('aria-pressed'))
    .toBe('true');
});
