import { chromium, type Browser, type Page } from 'playwright-core';

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
  await page.addInitScript((lang) => localStorage.setItem('ui-language', lang), language);
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(url);
  await page.locator('#root[data-app-state="ready"]').waitFor();
  return page;
}
