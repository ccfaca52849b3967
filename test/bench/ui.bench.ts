import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoEngagement } from '../../electron/services/demo';
import { launchBrowser, openApp } from '../e2e/browser';
import { startHost } from '../e2e/host';
import type { Page } from 'playwright-core';
import type { Figure } from './workbook.bench';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n);

/** Counts the page's calls into the contract; `settled` waits until none has been made for a while. */
function countRequests(page: Page) {
  let count = 0;
  let last = performance.now();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) {
      count++;
      last = performance.now();
    }
  });
  return {
    reset: () => void (count = 0),
    async settled(quietMs = 400): Promise<number> {
      while (performance.now() - last < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
      return count;
    },
  };
}

/**
 * In the page: chooses `status` in the open risk's side form and resolves, after the next frame, with the time
 * until the selected row of the table shows it (as the consultant would see it).
 */
function paintAfterEdit({ status, label }: { status: string; label: string }): Promise<number> {
  const select = [...document.querySelectorAll<HTMLSelectElement>('.side-form select')].find((s) =>
    [...s.options].some((o) => o.value === 'in-treatment'),
  )!;
  const row = () => document.querySelector('.register-table tr[data-selected="true"]');
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!row()?.textContent?.includes(label)) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.querySelector('.register-table')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    setValue.call(select, status);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/**
 * The renderer in Debian's Chromium on the demo engagement grown to 2,000 risks: first render of the
 * overview, switching to the risk register, scrolling that register from top to bottom, one edit from the
 * side form to the table, and how many requests a simple edit costs.
 */
export async function benchUi(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aims-bench-ui-'));
  const host = await startHost(dir);
  const browser = await launchBrowser();
  try {
    const { wb, summary } = await host.services.newWorkbook('bench.aimswb', 'Rheinland Versicherung AG');
    await writeDemoEngagement(host.services.dispatch, wb, 'en');
    await host.quietly(async () => {
      for (let i = 0; i < 2000; i++) {
        await host.services.call('risk:create', {
          wb,
          data: { title: `Risk ${i + 1}`, likelihood: (i % 5) + 1, impact: (Math.floor(i / 5) % 5) + 1 },
        });
      }
    });
    const firstRender: number[] = [];
    const phaseSwitch: number[] = [];
    const scroll: number[] = [];
    const editToPaint: number[] = [];
    const trips = { ratingInGap: [] as number[], riskEdit: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const page = await openApp(browser, host.url, 'en');
      const requests = countRequests(page);
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

      // A simple edit with 2,006 risks: the status of the first risk, from the side form to its row in the table.
      await rows.first().press('Home');
      await rows.first().press('Enter');
      await page.locator('.side-form').waitFor();
      const status = run % 2 === 0 ? 'accepted' : 'open';
      requests.reset();
      editToPaint.push(
        await page.evaluate(paintAfterEdit, { status, label: status === 'accepted' ? 'Accepted' : 'Open' }),
      );
      trips.riskEdit.push(await requests.settled());

      // A rating in the gap analysis by key.
      await page.keyboard.press('Alt+1');
      await page.locator('#gap-item-title').waitFor();
      await page.locator('#gap-item-title').click();
      requests.reset();
      await page.keyboard.press(String(run % 5));
      trips.ratingInGap.push(await requests.settled());
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
      {
        bench: 'ui.riskRegister.editToPaint',
        value: round(median(editToPaint)),
        unit: `ms (median of ${RUNS}, 2,006 risks; target < 50)`,
      },
      {
        bench: 'ui.roundTrips.riskEdit',
        value: Math.max(...trips.riskEdit),
        unit: `requests per edit (most of ${RUNS}; target 1)`,
      },
      {
        bench: 'ui.roundTrips.ratingInGap',
        value: Math.max(...trips.ratingInGap),
        unit: `requests per key press (most of ${RUNS}; target 1)`,
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
