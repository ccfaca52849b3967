import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoEngagement } from '../../electron/services/demo';
import { launchBrowser, openApp } from '../e2e/browser';
import { startHost } from '../e2e/host';
import type { Figure } from './workbook.bench';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n);

/**
 * The renderer in Debian's Chromium on the demo engagement grown to 2,000 risks: first render of the
 * overview, switching to the risk register, and scrolling that register from top to bottom.
 */
export async function benchUi(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aims-bench-ui-'));
  const host = await startHost(dir);
  const browser = await launchBrowser();
  try {
    const { wb, summary } = await host.services.newWorkbook('bench.aimswb', 'Rheinland Versicherung AG');
    await writeDemoEngagement(host.services.dispatch, wb, 'en');
    for (let i = 0; i < 2000; i++) {
      await host.services.call('risk:create', {
        wb,
        data: { title: `Risk ${i + 1}`, likelihood: (i % 5) + 1, impact: (Math.floor(i / 5) % 5) + 1 },
      });
    }
    const firstRender: number[] = [];
    const phaseSwitch: number[] = [];
    const scroll: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await openApp(browser, host.url, 'en');
      let start = performance.now();
      host.emit('app:openRequested', { summary });
      await page.getByRole('img', { name: 'Maturity by clause 4–10' }).waitFor();
      await page.getByRole('table', { name: 'AI risks (likelihood × impact)' }).waitFor();
      firstRender.push(performance.now() - start);

      start = performance.now();
      await page.locator('[data-phase="risk"]').click();
      await page.getByRole('tab', { name: 'Risk register' }).click();
      await page.getByText('2,006 of 2,006 risks').waitFor();
      phaseSwitch.push(performance.now() - start);

      const rows = page.locator('.register-table tbody tr[data-index]');
      await rows.first().focus();
      start = performance.now();
      await rows.first().press('End');
      await page.locator('.register-table tbody tr[aria-rowindex="2007"]').waitFor();
      scroll.push(performance.now() - start);
      await page.close();
    }
    return [
      {
        bench: 'ui.overview.firstRender',
        value: round(median(firstRender)),
        unit: `ms (median of ${RUNS}, 2,006 risks)`,
      },
      {
        bench: 'ui.phaseSwitch.riskRegister',
        value: round(median(phaseSwitch)),
        unit: `ms (median of ${RUNS})`,
      },
      { bench: 'ui.riskRegister.scrollToEnd', value: round(median(scroll)), unit: `ms (median of ${RUNS})` },
    ];
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
