import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

const toast = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(Undone|Redone|Rückgängig|Wiederhergestellt)/ });
const itemId = async (page: Page) =>
  /^\S+/.exec((await page.locator('#gap-item-title').textContent()) ?? '')![0];

describe('undo and redo', () => {
  it('take back the last action with focus on a rating, a verdict, a RACI cell or a saved text field, and say so', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'en');
    page.setDefaultTimeout(5_000);
    const call = host.services.call;
    await page.keyboard.press('Alt+1');
    await page.locator('#gap-item-title').waitFor();
    const id = await itemId(page);
    const assessment = async () => (await call('assessment:list', { wb })).find((a) => a.itemId === id);
    const before = await assessment();

    // Rating: the radio keeps focus, so Ctrl+Z reaches the app only if the page, not the browser, takes it.
    const current = page.getByRole('radiogroup', { name: 'Current maturity' });
    const level = before?.maturityCurrent === 4 ? 2 : 4;
    await current.getByRole('radio').nth(level).click();
    await expect.poll(async () => (await assessment())?.maturityCurrent).toBe(level);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await assessment())?.maturityCurrent ?? null)
      .toBe(before?.maturityCurrent ?? null);
    await expect.poll(() => toast(page).textContent()).toContain(`Undone: Edit assessment ‘${id}’`);
    await expect.poll(() => current.getByRole('radio').nth(level).isChecked()).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await assessment())?.maturityCurrent).toBe(level);
    await expect.poll(() => toast(page).textContent()).toContain(`Redone: Edit assessment ‘${id}’`);

    // Verdict: the same from its radio, with Ctrl+Y as redo.
    const verdict = before?.verdict === 'major-nc' ? 'Minor nonconformity' : 'Major nonconformity';
    await page.getByRole('radio', { name: verdict }).click();
    await expect.poll(async () => (await assessment())?.verdict).not.toBe(before?.verdict);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await assessment())?.verdict).toBe(before?.verdict);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await assessment())?.verdict).not.toBe(before?.verdict);

    // Text field: typing not yet saved is the field's own undo and leaves the workbook alone…
    const finding = page.getByRole('textbox', { name: 'Finding' });
    const saved = (await assessment())!.finding;
    const actions = await call('workbook:undoState', { wb });
    await finding.click();
    await finding.press('End');
    await page.keyboard.type(' Draft');
    // Chromium takes typing back in steps of its own choosing; each step is the field's until the text is stored again.
    for (let step = 0; step < 6 && (await finding.inputValue()) !== saved; step++)
      await page.keyboard.press('Control+z');
    expect(await finding.inputValue()).toBe(saved);
    expect(await call('workbook:undoState', { wb })).toEqual(actions);
    expect((await assessment())!.finding).toBe(saved);
    // …once saved, Ctrl+Z in the same field takes the saved text back, and the field shows what was restored.
    await page.keyboard.type(' Agreed in the workshop.');
    await finding.press('Tab');
    await expect.poll(async () => (await assessment())!.finding).toBe(`${saved} Agreed in the workshop.`);
    await finding.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await assessment())!.finding).toBe(saved);
    await expect.poll(() => finding.inputValue()).toBe(saved);

    // The toast from another phase: it names the action, links to where it happened and offers redo.
    await page.keyboard.press('Alt+0');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => toast(page).textContent()).toContain(`Redone: Edit assessment ‘${id}’`);
    const box = await toast(page).boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.screenshot({ path: join(SHOTS, 'undo-toast-en.png') });
    await toast(page).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await assessment())!.finding).toBe(saved);
    await expect.poll(() => toast(page).textContent()).toContain('Undone:');
    await toast(page).getByRole('button', { name: 'Redo' }).waitFor();
    await toast(page).getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => itemId(page)).toBe(id);
    await expect.poll(() => toast(page).count()).toBe(0);

    // RACI cell in the grid: R A C I set a cell, Ctrl+Z takes it back; the Edit menu's item does the same.
    await page.keyboard.press('Alt+3');
    await page.getByRole('tab', { name: 'Roles & RACI' }).click();
    const cell = page.getByRole('gridcell', { name: /: not assigned$/ }).first();
    const name = (await cell.getAttribute('aria-label'))!;
    await cell.focus();
    await page.keyboard.press('c');
    const assigned = page.getByRole('gridcell', { name: name.replace('not assigned', 'Consulted') });
    await assigned.waitFor();
    await page.keyboard.press('Control+z');
    await page.getByRole('gridcell', { name }).waitFor();
    await expect.poll(() => toast(page).textContent()).toContain('Undone: Set RACI assignment');
    host.emit('menu:command', { command: 'redo' });
    await assigned.waitFor();
  });

  it('restores a deleted AI system with its risks’ links, in German, and clears redo after a new edit', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'de');
    page.setDefaultTimeout(5_000);
    const call = host.services.call;
    const risks = await call('risk:list', { wb });
    const system = (await call('aiSystem:list', { wb })).find((s) =>
      risks.some((r) => r.aiSystemId === s.id),
    )!;
    const linked = async () =>
      (await call('risk:list', { wb })).filter((r) => r.aiSystemId === system.id).length;
    const links = await linked();
    expect(links).toBeGreaterThan(0);

    await call('aiSystem:delete', { wb, id: system.id });
    await page.locator('body').press('Control+z');
    await expect
      .poll(() => toast(page).textContent())
      .toContain(`Rückgängig gemacht: KI-System ‚${system.name}‘ löschen`);
    expect(await linked()).toBe(links);
    await page.screenshot({ path: join(SHOTS, 'undo-toast-de.png') });

    await call('engagement:update', { wb, patch: { scopeStatement: 'Nur das Schadenmanagement.' } });
    await expect.poll(() => toast(page).getByRole('button', { name: 'Wiederholen' }).count()).toBe(0);
    await page.locator('body').press('Control+Shift+z');
    await expect.poll(() => page.getByText('Es gibt nichts wiederherzustellen.').count()).toBe(1);
  });
});
