import { chromium, type Browser, type Page } from 'playwright-core';
import { writeDemoEngagement } from '../../electron/services/demo';
import type { AppEvent, EventPayload } from '../../shared/contract';
import type { testServices } from '../support/services';

type TestServices = ReturnType<typeof testServices>;
type Emit = <E extends AppEvent>(event: E, payload: EventPayload<E>) => void;

/** Debian's Chromium, headless; Playwright's own browser download is never used. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the app and waits for the readiness signal, never for a fixed time. */
export async function openApp(browser: Browser, url: string, language: 'de' | 'en' = 'en'): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1366, height: 800 },
    locale: language === 'de' ? 'de-DE' : 'en-GB',
  });
  // Shorter than the test's own timeout, so a failure names the element it waited for.
  page.setDefaultTimeout(15_000);
  // The language a user picked on an earlier run: in main's settings, and in the renderer's cache of it.
  const saved = await fetch(new URL('api/settings:update', url), {
    method: 'POST',
    body: JSON.stringify({ patch: { language } }),
  });
  if (!saved.ok) throw new Error(`settings:update failed: ${saved.status}`);
  await page.addInitScript((lang) => localStorage.setItem('ui-language', lang), language);
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await page.locator('#root[data-app-state="ready"]').waitFor();
  return page;
}

/**
 * The demo engagement opened in the page, as if the OS had handed the app a file: the quickest way
 * into a phase with realistic data.
 */
export async function openDemo(
  browser: Browser,
  host: { services: TestServices; url: string; emit: Emit },
  language: 'de' | 'en' = 'en',
): Promise<{ page: Page; wb: string }> {
  const { wb, summary } = await host.services.newWorkbook('demo.aimswb', 'Rheinland Versicherung AG');
  await writeDemoEngagement(host.services.dispatch, wb, language);
  const page = await openApp(browser, host.url, language);
  host.emit('app:openRequested', { summary });
  await page.getByRole('navigation').waitFor();
  return { page, wb };
}
