import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useTempDir } from '../support/temp';
import { launchBrowser } from './browser';
import { startHost } from './host';

/** Where every end-to-end test saves its screenshots (git-ignored). */
export const SHOTS = join(import.meta.dirname, '../../test-output/e2e');

type Host = Awaited<ReturnType<typeof startHost>>;

/**
 * One Chromium per test file and a fresh host per test in its own temp folder. After each test the pages
 * close before the host stops: a page still listening would fail to fetch from a stopped host.
 */
export function useE2e() {
  const tempDir = useTempDir();
  let browser: Browser | undefined;
  let host: Host | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    if (browser) await Promise.all(browser.contexts().map((context) => context.close()));
    await host?.stop();
    host = undefined;
  });
  return {
    tempDir,
    browser: () => browser!,
    /** Starts this test's host on `dir` (a new temp folder by default). */
    async start(dir: string = tempDir()): Promise<Host> {
      host = await startHost(dir);
      return host;
    },
  };
}
