import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

describe('5 Audit readiness', () => {
  it('approves a document, records a nonconformity and explains the readiness rules', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'en');
    const call = host.services.call;
    await page.locator('[data-phase="audit"]').click();

    // Documented information: the register is pre-filled; approve the AI policy and name its owner.
    await page.getByLabel('Status of AI policy').selectOption('approved');
    const owner = page.getByLabel('Owner of AI policy');
    await owner.fill('Board office');
    await owner.press('Tab');
    await expect
      .poll(async () => (await call('document:list', { wb })).find((d) => d.requirementKey === 'ai-policy'))
      .toMatchObject({ status: 'approved', owner: 'Board office' });
    await page.screenshot({ path: join(SHOTS, 'audit-documents.png') });

    // Audit programme: the demo audit is there; mark it done.
    await page.getByRole('tab', { name: 'Audit programme' }).click();
    const audit = page.getByRole('article', { name: 'Internal AIMS audit 2027' });
    await audit.getByLabel('Status').selectOption('done');
    await expect.poll(async () => (await call('audit:list', { wb }))[0]?.status).toBe('done');
    await page.screenshot({ path: join(SHOTS, 'audit-programme.png') });

    // Management review: add one and tick off two 9.3.2 inputs.
    await page.getByRole('tab', { name: 'Management review' }).click();
    await page.getByRole('button', { name: 'Add management review' }).click();
    await page.getByRole('checkbox', { name: 'Audit results' }).check();
    await page.getByRole('checkbox', { name: 'Monitoring and measurement results' }).check();
    await expect
      .poll(async () => (await call('review:list', { wb }))[0]?.inputsCovered.sort())
      .toEqual(['audit-results', 'monitoring-results']);
    await page.screenshot({ path: join(SHOTS, 'audit-review.png') });

    // Nonconformities: record a minor one, then fill in its root cause and corrective action.
    await page.getByRole('tab', { name: 'Nonconformities' }).click();
    const add = page.getByRole('form', { name: 'Record a nonconformity' });
    await add.getByLabel('Nonconformity').fill('No impact assessment for chatbot');
    await add.getByLabel('Severity').selectOption('minor');
    await add.getByRole('button', { name: 'Add nonconformity' }).click();
    const form = page.getByRole('region', { name: /No impact assessment for chatbot/ });
    await form.getByLabel('Clause or control').selectOption('6.1.4');
    await form.getByLabel('Root cause').fill('Process not rolled out to customer service');
    await form.getByLabel('Corrective action').fill('Roll out the impact assessment procedure');
    await form.getByLabel('Corrective action').blur();
    await expect
      .poll(async () =>
        (await call('nonconformity:list', { wb })).find((nc) => nc.title.startsWith('No impact')),
      )
      .toMatchObject({
        severity: 'minor',
        itemId: '6.1.4',
        rootCause: 'Process not rolled out to customer service',
        correctiveAction: 'Roll out the impact assessment procedure',
      });
    await form.getByRole('button', { name: 'Add corrective action to the action plan' }).click();
    await form.getByText(/Added to the action plan as/).waitFor();
    const nc = (await call('nonconformity:list', { wb })).find((n) => n.title.startsWith('No impact'))!;
    expect((await call('action:list', { wb })).find((a) => a.sourceId === nc.id)).toMatchObject({
      sourceKind: 'nonconformity',
      title: 'Roll out the impact assessment procedure',
      priority: 'high',
    });
    await page.screenshot({ path: join(SHOTS, 'audit-nonconformities.png') });

    // Readiness: every rule with its verdict, rationale and what is missing.
    await page.getByRole('tab', { name: /Readiness/ }).click();
    const stage1 = page.getByRole('region', { name: 'Stage 1 — documentation' });
    const stage2 = page.getByRole('region', { name: 'Stage 2 — effectiveness' });
    expect(await stage1.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    expect(await stage2.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    await stage2
      .locator('[data-rule="internal-audit-done"]')
      .getByRole('img', { name: 'met', exact: true })
      .waitFor();
    const core = stage1.locator('[data-rule="core-documents-approved"]');
    await core.getByRole('img', { name: 'not met', exact: true }).waitFor();
    // The AI policy was approved above, so only the scope and the SoA are still missing.
    const coreText = await core.textContent();
    expect(coreText).toContain('Not approved: Scope of the AI management system');
    expect(coreText).not.toContain('AI policy,');
    expect(coreText).toContain('ISO/IEC 42001 4.3, 5.2, 6.1.3');
    await page.screenshot({ path: join(SHOTS, 'audit-readiness.png') });
  });

  it('shows the register and the readiness rules in German', async () => {
    const host = await e2e.start();
    const { page } = await openDemo(e2e.browser(), host, 'de');
    await page.locator('[data-phase="audit"]').click();
    await page.getByLabel('Status von KI-Politik').waitFor();
    await page.screenshot({ path: join(SHOTS, 'audit-documents-de.png') });
    await page.getByRole('tab', { name: /Zertifizierungsreife/ }).click();
    await page.getByRole('region', { name: 'Stufe 1 – Dokumentation' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'audit-readiness-de.png') });
  });
});
