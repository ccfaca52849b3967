import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openApp, openDemo } from './browser';
import { SHOTS, useE2e } from './session';
import { question, answer, addAiSystem } from './riskSteps';

const e2e = useE2e();

const panel = (page: Page) => page.getByRole('tabpanel');

/** Screenshot of the whole phase: the frame scrolls inside, so the window grows to the content's height. */
async function shoot(page: Page, name: string) {
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => {
    const main = document.querySelector('main.phase')!;
    main.scrollTop = 0;
    return main.scrollHeight + main.getBoundingClientRect().top;
  });
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height)) });
  await page.screenshot({ path: join(SHOTS, name) });
  await page.setViewportSize(size);
}

it('inventories, classifies, registers, treats and assesses an AI system', async () => {
  const host = await e2e.start();
  const { page, wb } = await openDemo(e2e.browser(), host, 'en');
  await page.locator('[data-phase="risk"]').click();

  // Inventory: add a system by name, then fill in the form that opens for it.
  const form = await addAiSystem(page, 'Talent matching assistant');
  await form.getByLabel('Intended purpose').fill('Pre-selects candidates for interviews from incoming CVs.');
  await form.getByLabel('Owner').fill('HR Recruiting');
  await form.getByLabel('Users').fill('Recruiters');
  await form.getByLabel('Operator role').selectOption('deployer');
  await form.getByLabel('Lifecycle stage').selectOption('validation');
  await form.getByLabel('Data', { exact: true }).fill('CVs, cover letters');
  await form.getByLabel('Model type').fill('Purchased ranking model');
  await form.getByLabel('Model type').blur();
  const systemNamed = async (name: string) =>
    (await host!.services.call('aiSystem:list', { wb })).find((s) => s.name === name);
  await expect
    .poll(() => systemNamed('Talent matching assistant'))
    .toMatchObject({
      purpose: 'Pre-selects candidates for interviews from incoming CVs.',
      owner: 'HR Recruiting',
      users: 'Recruiters',
      operatorRole: 'deployer',
      lifecycleStage: 'validation',
      dataCategories: 'CVs, cover letters',
      modelType: 'Purchased ranking model',
    });
  const system = (await systemNamed('Talent matching assistant'))!;
  await page.screenshot({ path: join(SHOTS, 'risk-inventory-en.png') });

  // Classification: a CV-screening deployer, answered question by question.
  await form.getByRole('button', { name: 'Classify (AI Act)' }).click();
  await question(page).getByText('Question 1 of').waitFor();
  await answer(page, 'radio', 'Yes'); // an AI system
  await question(page)
    .getByRole('radio', { name: /Art\. 3\(4\) Deployer/ })
    .press('Enter'); // from the inventory
  await answer(page, 'checkbox', 'None of these applies'); // Art. 5
  await answer(page, 'radio', 'No'); // Annex I
  await answer(page, 'checkbox', /Annex III 4\(a\)/);
  // Profiling keeps it high-risk: the Art. 6(3) filter questions are not asked.
  await answer(page, 'radio', 'Yes');
  expect(await page.getByRole('navigation', { name: 'Questions' }).textContent()).not.toContain(
    'No significant risk',
  );
  for (let art50 = 0; art50 < 5; art50 += 1) await answer(page, 'radio', 'No');
  await answer(page, 'radio', 'No'); // not a GPAI model
  await answer(page, 'radio', 'No'); // no Art. 25(1) role flip
  await answer(page, 'radio', 'No'); // no public body
  const result = page.getByRole('region', { name: 'Result' });
  await result.locator('.tier-banner[data-tier="high-risk"]').waitFor();
  expect(await result.textContent()).toContain('Annex III 4(a)');
  await result.getByRole('cell', { name: 'Art. 26(1)', exact: true }).waitFor();
  await result.getByText(/Applied: .*2026\/1744/).waitFor();
  await shoot(page, 'risk-classification-en.png');
  const classification = (await host.services.call('classification:list', { wb })).find(
    (c) => c.aiSystemId === system.id,
  )!;
  expect(classification).toMatchObject({ tier: 'high-risk', complete: true, regime: 'amended-2026' });
  expect(classification.answers).toMatchObject({ annexIIIPoints: ['4(a)'], performsProfiling: true });
  expect(classification.answers).not.toHaveProperty('noSignificantRisk');

  // Register: the heatmap cell filters the table; a risk added there takes the cell's rating.
  await page.getByRole('tab', { name: 'Risk register' }).click();
  const rows = page.locator('.register-table tbody tr[data-index]');
  await expect.poll(() => rows.count()).toBe(6);
  await page.getByRole('button', { name: '1 risks, likelihood 4, impact 5' }).click();
  await expect.poll(() => rows.count()).toBe(1);
  expect(await rows.first().textContent()).toContain('Discrimination in applicant pre-selection');
  await page.getByRole('button', { name: 'New risk at 4 × 5' }).click();
  await page.getByLabel('Title').fill('Opaque ranking criteria');
  await page.getByLabel('AI system', { exact: true }).last().selectOption(system.id);
  await page.getByRole('button', { name: 'Add risk' }).click();
  const riskForm = page.getByRole('region', { name: /Opaque ranking criteria/ });
  await riskForm.getByLabel('Description').fill('Recruiters cannot see why candidates rank low.');
  await riskForm.getByLabel('Risk owner').fill('Head of HR');
  await riskForm.getByLabel('Risk source (Annex C)').selectOption('lack-of-transparency');
  await riskForm.getByLabel('Treatment plan').fill('Demand explanations from the supplier.');
  await riskForm.getByRole('checkbox', { name: /A\.8\.2/ }).check();
  await riskForm.getByLabel('Due date').fill('2026-12-31');
  await riskForm.getByLabel('Treatment plan').focus();
  await riskForm.getByLabel('Treatment plan').blur();
  await expect.poll(() => rows.count()).toBe(2);
  const riskTitled = async (title: string) =>
    (await host!.services.call('risk:list', { wb })).find((r) => r.title === title);
  await expect
    .poll(() => riskTitled('Opaque ranking criteria'))
    .toMatchObject({
      likelihood: 4,
      impact: 5,
      aiSystemId: system.id,
      description: 'Recruiters cannot see why candidates rank low.',
      owner: 'Head of HR',
      riskSource: 'lack-of-transparency',
      treatmentPlan: 'Demand explanations from the supplier.',
      controlIds: ['A.8.2'],
      dueDate: '2026-12-31',
    });
  const risk = (await riskTitled('Opaque ranking criteria'))!;

  // One keystroke on a focused row raises an action from the risk.
  const row = rows.filter({ hasText: 'Opaque ranking criteria' });
  await row.focus();
  await row.press('a');
  await page.getByText(`created from risk ${risk.ref}`).waitFor();
  await riskForm.getByText('1 action from this risk').waitFor();
  const actions = await host.services.call('action:list', { wb });
  expect(actions.filter((a) => a.sourceKind === 'risk' && a.sourceId === risk.id)).toEqual([
    expect.objectContaining({
      title: 'Treat risk: Opaque ranking criteria',
      priority: 'critical',
      owner: 'Head of HR',
      dueDate: '2026-12-31',
    }),
  ]);
  await shoot(page, 'risk-register-en.png');

  // Impact assessment of the new system, labelled for reuse as a FRIA and a DPIA.
  await page.getByRole('tab', { name: 'Impact assessment' }).click();
  await panel(page).getByLabel('AI system').selectOption(system.id);
  const impact = page.getByRole('region', { name: 'Impact assessment: Talent matching assistant' });
  await impact.getByText('fundamental rights impact assessment (AI Act Art. 27)').waitFor();
  await impact.getByLabel('Affected persons and groups').fill('Applicants, in particular older applicants');
  await impact.getByLabel('Fundamental rights concerned').fill('Non-discrimination (Art. 21 CFR)');
  await impact.getByLabel('Societal impact').fill('Narrower access to the labour market');
  await impact.getByLabel('Mitigation measures').fill('Quarterly bias audit');
  await impact.getByLabel('Human oversight').fill('A recruiter reviews every rejection');
  await impact.getByLabel('Assessor').fill('Sabine Krüger');
  await impact.getByLabel('Assessed on').fill('2026-11-20');
  await impact.getByLabel('Assessor').focus();
  await expect
    .poll(async () =>
      (await host!.services.call('impact:list', { wb })).find((i) => i.aiSystemId === system.id),
    )
    .toMatchObject({
      affectedGroups: 'Applicants, in particular older applicants',
      fundamentalRights: 'Non-discrimination (Art. 21 CFR)',
      societalImpact: 'Narrower access to the labour market',
      mitigation: 'Quarterly bias audit',
      humanOversight: 'A recruiter reviews every rejection',
      assessor: 'Sabine Krüger',
      assessedOn: '2026-11-20',
    });
  await shoot(page, 'risk-impact-en.png');
}, 90_000);

it('shows every tab of the demo in German, with the recorded classification and its rationale', async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'de');
  await page.locator('[data-phase="risk"]').click();
  await page.getByRole('tab', { name: 'KI-Systeme' }).waitFor();
  await page.screenshot({ path: join(SHOTS, 'risk-inventory-de.png') });

  await page.getByRole('tab', { name: 'Einstufung nach KI-VO' }).click();
  await panel(page).getByLabel('KI-System').selectOption({ label: 'Bewerbervorauswahl (CV-Screening)' });
  const result = page.getByRole('region', { name: 'Ergebnis' });
  await result.locator('.tier-banner[data-tier="high-risk"]').waitFor();
  expect(await result.textContent()).toContain('Anhang III Nr. 4 lit. a');
  expect(await result.textContent()).toContain('Hochrisiko nach Art. 6 Abs. 2 und Anhang III');
  await shoot(page, 'risk-classification-de.png');

  // The fraud model's classification is still open: the result says what is missing.
  await panel(page).getByLabel('KI-System').selectOption({ label: 'Betrugserkennung Kfz-Schäden' });
  await result.locator('.tier-banner[data-tier="incomplete"]').waitFor();
  await result.getByRole('button', { name: /Anhang III/ }).waitFor();

  await page.getByRole('tab', { name: 'Risikoregister' }).click();
  await page.locator('.register-table tbody tr[data-index]').first().click();
  await page.getByRole('region', { name: /R-001/ }).waitFor();
  await shoot(page, 'risk-register-de.png');

  await page.getByRole('tab', { name: 'Folgenabschätzung' }).click();
  await page.getByText('Datenschutz-Folgenabschätzung (DSGVO Art. 35)').waitFor();
  await shoot(page, 'risk-impact-de.png');
});

it('keeps 2,000 risks responsive: only the rows in view are rendered, filters narrow them', async () => {
  const host = await e2e.start();
  const { wb, summary } = await host.services.newWorkbook('large.aimswb', 'Large Register GmbH');
  const system = await host.services.call('aiSystem:create', { wb, data: { name: 'Claims triage' } });
  for (let i = 0; i < 2000; i += 1) {
    await host.services.call('risk:create', {
      wb,
      data: {
        title: `Seeded risk ${i + 1}`,
        likelihood: (i % 5) + 1,
        impact: (Math.floor(i / 5) % 5) + 1,
        aiSystemId: i % 2 === 0 ? system.id : null,
        status: i % 4 === 0 ? 'closed' : 'open',
      },
    });
  }
  const page = await openApp(e2e.browser(), host.url, 'en');
  host.emit('app:openRequested', { summary });
  await page.locator('[data-phase="risk"]').click();
  await page.getByRole('tab', { name: 'Risk register' }).click();

  const rows = page.locator('.register-table tbody tr[data-index]');
  await page.getByText('2,000 of 2,000 risks').waitFor();
  expect(await rows.count()).toBeGreaterThan(5);
  expect(await rows.count()).toBeLessThan(60);
  expect(await page.locator('.register-table').getAttribute('aria-rowcount')).toBe('2001');

  // Keyboard to the end: the last risk is rendered and focused, the first is gone from the DOM.
  await rows.first().focus();
  await rows.first().press('End');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')))
    .toBe('2001');
  expect(await page.getByText('Seeded risk 1', { exact: true }).count()).toBe(0);
  expect(await rows.count()).toBeLessThan(60);

  // Each cell holds 80 risks (2,000 / 25); half of them closed where i % 4 === 0 lands.
  await page.getByRole('button', { name: '80 risks, likelihood 5, impact 5' }).click();
  await page.getByText('80 of 2,000 risks').waitFor();
  await page.getByLabel('Status').selectOption('open');
  await page.getByLabel('AI system').selectOption(system.id);
  const expected = (await host.services.call('risk:list', { wb })).filter(
    (r) => r.likelihood === 5 && r.impact === 5 && r.status === 'open' && r.aiSystemId === system.id,
  ).length;
  await page.getByText(`${expected} of 2,000 risks`).waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('Seeded risk 1999');
  await page.getByText('1 of 2,000 risks').waitFor();
  expect(await rows.count()).toBe(1);
  await page.screenshot({ path: join(SHOTS, 'risk-register-2000-en.png') });
}, 180_000);
