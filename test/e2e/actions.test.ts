import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

const STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
const OWNERS = ['Anna Berg', 'Jonas Vogel', 'Mira Koch', 'Paul Richter', 'Sabine Krüger'] as const;

describe('Actions', () => {
  it('creates an action with a keystroke, edits it in the side form and shows it on the roadmap', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'en');
    const call = host.services.call;
    await page.locator('[data-phase="actions"]').click();
    await page.getByRole('grid', { name: 'Action plan' }).waitFor();
    const before = (await call('action:list', { wb })).length;

    await page.getByRole('button', { name: 'New action' }).click();
    const title = page.getByLabel('Action', { exact: true });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Appoint an AI officer');
    await page.keyboard.press('Tab');
    const form = page.getByRole('complementary', { name: /Edit action/ });
    await form.getByLabel('Priority').selectOption('high');
    await form.getByLabel('Owner').fill('Markus Weber');
    await form.getByLabel('Start').fill('2026-12-01');
    await form.getByLabel('Due').fill('2027-02-15');
    await form.getByLabel('Effort (person-days)').fill('2.5');
    await form.getByLabel('Effort (person-days)').blur();
    await expect
      .poll(async () => (await call('action:list', { wb })).find((a) => a.title === 'Appoint an AI officer'))
      .toMatchObject({
        sourceKind: 'manual',
        priority: 'high',
        owner: 'Markus Weber',
        startDate: '2026-12-01',
        dueDate: '2027-02-15',
        effortDays: 2.5,
      });
    await page.screenshot({ path: join(SHOTS, 'actions-table.png') });

    // N in the table adds another action.
    await page.locator('.act-action-table tbody tr[tabindex="0"]').focus();
    await page.keyboard.press('n');
    await expect.poll(async () => (await call('action:list', { wb })).length).toBe(before + 2);

    await page.getByRole('button', { name: 'Roadmap' }).click();
    const bar = page.getByRole('button', { name: /Appoint an AI officer:/ });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-label')).toContain('1 Dec 2026 – 15 Feb 2027');
    await page.getByRole('region', { name: 'Roadmap' }).getByText('Today', { exact: true }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'actions-roadmap.png') });
    // Bars are reachable by keyboard: the selected one is in the tab order and arrows move on.
    await bar.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .not.toContain('Appoint an AI officer');
  });

  it(
    'stays responsive with 2,000 actions: renders only the visible rows and filters them',
    { timeout: 180_000 },
    async () => {
      const host = await e2e.start();
      const { page, wb } = await openDemo(e2e.browser(), host, 'en');
      const call = host.services.call;
      await host.quietly(async () => {
        for (let i = 0; i < 2000; i++) {
          const month = String((i % 12) + 1).padStart(2, '0');
          await call('action:create', {
            wb,
            data: {
              title: `Bulk action ${i + 1}`,
              status: STATUSES[i % 4],
              priority: PRIORITIES[(i >> 2) % 4],
              owner: OWNERS[i % 5],
              sourceKind: 'manual',
              startDate: `2027-${month}-01`,
              dueDate: `2027-${month}-20`,
            },
          });
        }
      });
      // One event that names the actions stands in for 2,000: the page reads them again.
      host.emit('workbook:changed', {
        wb,
        seq: 1,
        aggregates: ['action'],
        history: await call('workbook:undoState', { wb }),
        lists: {},
      });
      const all = await call('action:list', { wb });
      expect(all.length).toBeGreaterThanOrEqual(2000);

      await page.locator('[data-phase="actions"]').click();
      const count = page.locator('.act-action-filters [role="status"]');
      await expect.poll(() => count.getAttribute('data-shown')).toBe(String(all.length));
      const rendered = await page.locator('.act-action-table tbody tr[data-id]').count();
      expect(rendered).toBeGreaterThan(5);
      expect(rendered).toBeLessThan(80);

      const started = Date.now();
      await page.getByRole('search').getByLabel('Owner').selectOption('Mira Koch');
      await page.getByRole('search').getByLabel('Status').selectOption('done');
      const expected = all.filter((a) => a.owner === 'Mira Koch' && a.status === 'done').length;
      await expect.poll(() => count.getAttribute('data-shown')).toBe(String(expected));
      expect(Date.now() - started).toBeLessThan(3000);
      const owners = await page
        .locator('.act-action-table tbody tr[data-id] .act-cell-owner')
        .allTextContents();
      expect(new Set(owners)).toEqual(new Set(['Mira Koch']));
      await page.screenshot({ path: join(SHOTS, 'actions-filtered.png') });

      // Sorting by due date and jumping to the end keeps the row count small.
      await page.getByRole('search').getByLabel('Owner').selectOption('all');
      await page.getByRole('search').getByLabel('Status').selectOption('all');
      await page.getByRole('button', { name: 'Due', exact: true }).click();
      await page.locator('.act-action-table tbody tr[tabindex="0"]').focus();
      await page.keyboard.press('End');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')))
        .toBe(String(all.length + 1));
      const inView = await page.evaluate(() => {
        const row = document.activeElement!.getBoundingClientRect();
        const box = document.querySelector('.act-table-scroll')!.getBoundingClientRect();
        return row.top >= box.top && row.bottom <= box.bottom + 1;
      });
      expect(inView).toBe(true);
      expect(await page.locator('.act-action-table tbody tr[data-id]').count()).toBeLessThan(80);
      await page.screenshot({ path: join(SHOTS, 'actions-2000.png') });

      await page.getByRole('button', { name: 'Roadmap' }).click();
      await page.getByRole('region', { name: 'Roadmap' }).waitFor();
      expect(await page.locator('.act-roadmap .act-bar').count()).toBeLessThan(80);
      await page.screenshot({ path: join(SHOTS, 'actions-roadmap-2000.png') });
    },
  );

  it('shows the plan in German', async () => {
    const host = await e2e.start();
    const { page } = await openDemo(e2e.browser(), host, 'de');
    await page.locator('[data-phase="actions"]').click();
    await page.getByRole('grid', { name: 'Maßnahmenplan' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'actions-table-de.png') });
    await page.getByRole('button', { name: 'Roadmap' }).click();
    await page.getByRole('region', { name: 'Roadmap' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'actions-roadmap-de.png') });
  });
});
