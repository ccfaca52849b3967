import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

describe('4 Integration', () => {
  it('adds a management system, marks a requirement covered and accepts the harmonized-structure suggestion', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'en');
    const call = host.services.call;
    await page.locator('[data-phase="integration"]').click();

    const form = page.getByRole('form', { name: 'New management system' });
    await form.getByLabel('Standard').selectOption('iso9001');
    await form.getByLabel('Name').fill('QMS Rheinland');
    await form.getByRole('button', { name: 'Add system' }).click();
    const card = page.getByRole('article', { name: 'QMS Rheinland' });
    await card.waitFor();
    await card.getByLabel('Certificate').selectOption('certified');
    await card.getByLabel('Certification body').fill('DQS');
    await card.getByLabel('Certification body').blur();
    await expect
      .poll(async () => (await call('managementSystem:list', { wb })).find((s) => s.name === 'QMS Rheinland'))
      .toMatchObject({ standard: 'iso9001', certificateStatus: 'certified', certificationBody: 'DQS' });
    await page.screenshot({ path: join(SHOTS, 'integration-systems.png'), fullPage: false });

    await card.getByRole('button', { name: /Covers 0 requirements/ }).click();
    const crosswalk = page.getByRole('tabpanel');
    await expect.poll(() => crosswalk.getByLabel('Coverage by').inputValue()).not.toBe('');
    const qms = (await call('managementSystem:list', { wb })).find((s) => s.name === 'QMS Rheinland')!;
    await page.getByRole('checkbox', { name: '4.1 covered by QMS Rheinland' }).check();
    await expect
      .poll(async () => (await call('coverage:list', { wb })).find((c) => c.managementSystemId === qms.id))
      .toMatchObject({ itemId: '4.1', reference: 'ISO 9001 4.1' });
    const reference = page.getByLabel('Reference for 4.1');
    await reference.fill('QM manual ch. 4');
    await reference.blur();
    await expect
      .poll(
        async () =>
          (await call('coverage:list', { wb })).find((c) => c.managementSystemId === qms.id)?.reference,
      )
      .toBe('QM manual ch. 4');

    await page.getByRole('button', { name: 'Mark all as covered…' }).click();
    await page.screenshot({ path: join(SHOTS, 'integration-crosswalk.png') });
    await page.getByRole('button', { name: /^Mark \d+ as covered$/ }).click();
    const items = await call('catalog:items', { wb });
    const withHsMatch = items.filter((i) => i.hs.iso9001).map((i) => i.id);
    await expect
      .poll(
        async () =>
          (await call('coverage:list', { wb }))
            .filter((c) => c.managementSystemId === qms.id)
            .map((c) => c.itemId)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual([...withHsMatch].sort());
    await page.locator('.integ-suggestion').waitFor({ state: 'detached' });
    const covered = await call('coverage:list', { wb });
    // The mark set by hand keeps its own reference; the others cite the matching ISO 9001 clause.
    expect(covered.find((c) => c.managementSystemId === qms.id && c.itemId === '4.1')?.reference).toBe(
      'QM manual ch. 4',
    );
    expect(covered.find((c) => c.managementSystemId === qms.id && c.itemId === '9.2.1')?.reference).toBe(
      'ISO 9001 9.2.1',
    );

    await page.getByRole('tab', { name: 'EU AI Act mapping' }).click();
    const article9 = page.getByRole('region', { name: /^Art\. 9 Risk management system/ });
    await article9.waitFor();
    expect(await article9.getByRole('listitem').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'integration-ai-act.png') });
  });

  it('shows the crosswalk in German', async () => {
    const host = await e2e.start();
    const { page } = await openDemo(e2e.browser(), host, 'de');
    await page.locator('[data-phase="integration"]').click();
    await page.getByRole('tab', { name: 'Abgleich' }).click();
    await page.getByText(/^\d+ von \d+ Anforderungen durch .+ abgedeckt$/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'integration-crosswalk-de.png') });
    await page.getByRole('tab', { name: 'Abbildung KI-Verordnung' }).click();
    await page.getByRole('region', { name: /^Art\. 9 Risikomanagementsystem/ }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'integration-ai-act-de.png') });
  });
});
