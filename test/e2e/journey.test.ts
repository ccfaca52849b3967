import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openApp } from './browser';
import { SHOTS, useE2e } from './session';
import { question, answer, addAiSystem } from './riskSteps';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'out/cli/cli.mjs');
const e2e = useE2e();
const { tempDir } = e2e;

const PHASES = [
  'overview',
  'gap',
  'risk',
  'governance',
  'integration',
  'audit',
  'actions',
  'reports',
] as const;
/** Ten ratings typed in workshop mode, one per item in list order. */
const RATINGS = [3, 2, 1, 4, 0, 5, 2, 3, 1, 4] as const;
/** The third item also gets a target and a verdict: the gap the action is raised from. */
const GAP_INDEX = 2;

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `journey-${name}.png`) });
const detailItem = (page: Page) => page.locator('article.detail[data-item]');
const listOptions = (page: Page) => page.getByRole('listbox').getByRole('option');
const checkedLevel = (page: Page, scale: 'current' | 'target') =>
  page
    .locator(`[data-key-target="${scale}"] input:checked`)
    .evaluateAll((inputs) => (inputs[0] as HTMLInputElement | undefined)?.value ?? null);

/** Every phase, screenshotted once its content has loaded. */
async function tour(page: Page, language: 'de' | 'en') {
  for (const phase of PHASES) {
    const button = page.locator(`[data-phase="${phase}"]`);
    await button.click();
    await expect.poll(() => button.getAttribute('aria-current')).toBe('page');
    await page.locator('main h2').first().waitFor();
    await expect.poll(() => page.locator('main [aria-busy="true"]').count()).toBe(0);
    await shot(page, `${phase}-${language}`);
  }
}

interface Archive {
  tables: Record<string, Record<string, unknown>[]>;
}

it('runs the whole engagement journey in the UI, and the CLI reads every step back from the workbook', async () => {
  const dir = tempDir();
  const file = join(dir, 'rheinland.aimswb');
  const host = await e2e.start(dir);
  const call = host.services.call;
  const page = await openApp(e2e.browser(), host.url, 'en');
  // A step that hangs names itself long before the test times out.
  page.setDefaultTimeout(10_000);

  // 1. Start screen: the wizard creates the engagement.
  await page.getByRole('button', { name: 'New engagement' }).click();
  await page.getByLabel('Client').fill('Rheinland Versicherung AG');
  await page.getByLabel('Sector').fill('Insurance');
  await page.getByLabel('Report language').selectOption('en');
  await shot(page, 'start-en');
  host.services.dialogs.answer(file);
  await page.getByRole('button', { name: 'Create workbook…' }).click();
  await expect.poll(() => page.title()).toContain('Rheinland Versicherung AG — rheinland.aimswb');
  await page.getByRole('navigation', { name: 'Engagement phases' }).waitFor();
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
  // The session the UI holds: the services hand back the open one, never a second writer.
  const wb = host.services.sessions.openPath(file).id;
  await shot(page, 'frame-en');

  // 2. Gap analysis in workshop mode: ten items rated by keyboard, one with a target and a verdict.
  await page.keyboard.press('Alt+1');
  await page.getByRole('heading', { name: '1 Gap analysis' }).waitFor();
  await detailItem(page).waitFor();
  await page.keyboard.press('w');
  await expect
    .poll(() => page.getByRole('button', { name: 'Workshop mode' }).getAttribute('aria-pressed'))
    .toBe('true');
  const rated: string[] = [];
  for (const [index, level] of RATINGS.entries()) {
    const itemId = (await detailItem(page).getAttribute('data-item'))!;
    rated.push(itemId);
    await page.keyboard.press(String(level));
    await expect.poll(() => checkedLevel(page, 'current')).toBe(String(level));
    if (index === GAP_INDEX) {
      // T moves to the target scale, where a digit sets the target; V V V: two verdicts on from "not assessed".
      await page.keyboard.press('t');
      await page.keyboard.press('4');
      await expect.poll(() => checkedLevel(page, 'target')).toBe('4');
      await page.keyboard.press('v');
      await page.keyboard.press('v');
      await page.keyboard.press('v');
      await expect
        .poll(() => page.getByRole('radio', { name: 'Minor nonconformity' }).isChecked())
        .toBe(true);
      await page.keyboard.press('Escape');
    }
    if (index === RATINGS.length - 1) break;
    await page.keyboard.press('j');
    await expect.poll(() => detailItem(page).getAttribute('data-item')).not.toBe(itemId);
  }
  expect(new Set(rated).size).toBe(10);
  const gapItem = rated[GAP_INDEX]!;
  const ratingOf = async (itemId: string) =>
    (await call('assessment:list', { wb })).find((a) => a.itemId === itemId)?.maturityCurrent;
  await expect.poll(() => ratingOf(rated.at(-1)!)).toBe(RATINGS.at(-1));
  await shot(page, 'gap-workshop-en');

  // 3. Risks: an AI system in the inventory, classified under the AI Act question by question.
  await page.locator('[data-phase="risk"]').click();
  const form = await addAiSystem(page, 'Talent matching assistant');
  await form.getByLabel('Intended purpose').fill('Pre-selects candidates for interviews from incoming CVs.');
  await form.getByLabel('Owner').fill('HR Recruiting');
  await form.getByLabel('Operator role').selectOption('deployer');
  await form.getByLabel('Lifecycle stage').selectOption('validation');
  await form.getByLabel('Owner').blur();
  const systemNamed = async () =>
    (await call('aiSystem:list', { wb })).find((s) => s.name === 'Talent matching assistant');
  await expect
    .poll(systemNamed)
    .toMatchObject({ owner: 'HR Recruiting', operatorRole: 'deployer', lifecycleStage: 'validation' });
  const system = (await systemNamed())!;
  await shot(page, 'risk-inventory-en');

  await form.getByRole('button', { name: 'Classify (AI Act)' }).click();
  await question(page).getByText('Question 1 of').waitFor();
  await answer(page, 'radio', 'Yes'); // an AI system
  await question(page)
    .getByRole('radio', { name: /Art\. 3\(4\) Deployer/ })
    .press('Enter'); // from the inventory
  await answer(page, 'checkbox', 'None of these applies'); // Art. 5
  await answer(page, 'radio', 'No'); // Annex I
  await answer(page, 'checkbox', /Annex III 4\(a\)/);
  await answer(page, 'radio', 'Yes'); // profiling: high-risk without the Art. 6(3) filter
  for (let art50 = 0; art50 < 5; art50 += 1) await answer(page, 'radio', 'No');
  await answer(page, 'radio', 'No'); // not a GPAI model
  await answer(page, 'radio', 'No'); // no Art. 25(1) role flip
  await answer(page, 'radio', 'No'); // no public body
  const result = page.getByRole('region', { name: 'Result' });
  await result.locator('.tier-banner[data-tier="high-risk"]').waitFor();
  await shot(page, 'risk-classification-en');

  // A risk added from the heatmap cell takes the cell's likelihood and impact.
  await page.getByRole('tab', { name: 'Risk register' }).click();
  await page.getByRole('button', { name: '0 risks, likelihood 4, impact 5' }).click();
  await page.getByRole('button', { name: 'New risk at 4 × 5' }).click();
  await page.getByLabel('Title').fill('Opaque ranking criteria');
  await page.getByLabel('AI system', { exact: true }).last().selectOption(system.id);
  await page.getByRole('button', { name: 'Add risk' }).click();
  const riskForm = page.getByRole('region', { name: /Opaque ranking criteria/ });
  await riskForm.getByLabel('Risk owner').fill('Head of HR');
  await riskForm.getByLabel('Risk owner').blur();
  await page.getByRole('button', { name: '1 risks, likelihood 4, impact 5' }).waitFor();
  await expect
    .poll(async () => (await call('risk:list', { wb })).find((r) => r.title === 'Opaque ranking criteria'))
    .toMatchObject({ likelihood: 4, impact: 5, aiSystemId: system.id, owner: 'Head of HR' });
  await shot(page, 'risk-register-en');

  // 4. Governance: the SoA suggestions (from the high-risk deployer and the core rules) adopted at once.
  await page.keyboard.press('Alt+3');
  await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
  const adopt = page.getByRole('button', { name: /^Accept suggested inclusions \((\d+)\)$/ });
  const suggested = Number(/\((\d+)\)/.exec((await adopt.textContent()) ?? '')![1]);
  expect(suggested).toBeGreaterThan(0);
  await adopt.click();
  await page.getByText(`${suggested} of 38 controls decided`).waitFor();
  await expect
    .poll(async () => (await call('soa:list', { wb })).filter((e) => e.applicable === true).length)
    .toBe(suggested);
  await shot(page, 'governance-soa-en');

  // 5. Audit readiness: documents in the pre-filled register marked.
  await page.locator('[data-phase="audit"]').click();
  await page.getByLabel('Status of AI policy').selectOption('approved');
  await page.getByLabel('Status of Scope of the AI management system').selectOption('draft');
  await expect
    .poll(async () =>
      Object.fromEntries((await call('document:list', { wb })).map((d) => [d.requirementKey, d.status])),
    )
    .toMatchObject({ 'ai-policy': 'approved', scope: 'draft' });
  await shot(page, 'audit-documents-en');

  // 6. Back in the gap analysis: the gap filter leaves the one item with a gap; A raises an action from it.
  await page.keyboard.press('Alt+1');
  await page.getByLabel('Gap', { exact: true }).selectOption('1');
  await expect.poll(() => listOptions(page).count()).toBe(1);
  await listOptions(page).first().click();
  await expect.poll(() => detailItem(page).getAttribute('data-item')).toBe(gapItem);
  await page.keyboard.press('a');
  await page.getByText('Action added to the plan.').waitFor();
  await expect
    .poll(async () => (await call('action:list', { wb })).filter((a) => a.sourceKind === 'gap').length)
    .toBe(1);
  await page.getByRole('button', { name: 'Reset' }).click();
  await shot(page, 'gap-action-en');
  await page.locator('[data-phase="actions"]').click();
  await page
    .getByRole('grid', { name: 'Action plan' })
    .getByText(gapItem, { exact: false })
    .first()
    .waitFor();

  // 7. Every phase in English, then the language switched at run time and every phase in German.
  await tour(page, 'en');
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  await page.getByRole('navigation', { name: 'Projektphasen' }).waitFor();
  await tour(page, 'de');

  // Closing the workbook in the UI releases its lock; the start screen lists it as recent.
  await page.getByRole('button', { name: 'Arbeitsmappe schließen' }).click();
  await page.getByRole('button', { name: /Rheinland Versicherung AG/ }).waitFor();
  await shot(page, 'start-de');

  // 8. The CLI reads the workbook back as a JSON archive: everything the journey did has landed.
  const out = join(dir, 'archive.json');
  const archived = spawnSync(process.execPath, [CLI, 'archive', file, '--out', out], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  expect(archived.stderr).toBe('');
  expect(archived.status).toBe(0);
  const { tables } = JSON.parse(readFileSync(out, 'utf8')) as Archive;
  expect(tables.engagement).toEqual([
    expect.objectContaining({
      client_name: 'Rheinland Versicherung AG',
      sector: 'Insurance',
      language: 'en',
    }),
  ]);

  const assessments = new Map(tables.assessments!.map((a) => [a.item_id, a]));
  expect(tables.assessments!.filter((a) => a.maturity_current !== null)).toHaveLength(10);
  for (const [index, itemId] of rated.entries()) {
    expect(assessments.get(itemId)).toMatchObject({ maturity_current: RATINGS[index] });
  }
  expect(assessments.get(gapItem)).toMatchObject({ maturity_target: 4, verdict: 'minor-nc' });

  expect(tables.ai_systems).toEqual([
    expect.objectContaining({ id: system.id, name: 'Talent matching assistant', operator_role: 'deployer' }),
  ]);
  expect(tables.classifications).toHaveLength(1);
  const classification = tables.classifications![0]!;
  expect(classification).toMatchObject({ ai_system_id: system.id, tier: 'high-risk', complete: 1 });
  expect(JSON.parse(classification.answers as string)).toMatchObject({
    isAiSystem: true,
    operatorRole: 'deployer',
    annexIIIPoints: ['4(a)'],
    performsProfiling: true,
  });

  expect(tables.risks).toEqual([
    expect.objectContaining({
      title: 'Opaque ranking criteria',
      ai_system_id: system.id,
      likelihood: 4,
      impact: 5,
      owner: 'Head of HR',
    }),
  ]);

  const decided = tables.soa_entries!.filter((e) => e.applicable !== null);
  expect(decided).toHaveLength(suggested);
  for (const entry of decided) {
    expect(entry.applicable).toBe(1);
    expect(JSON.parse(entry.inclusion_reasons as string)).not.toEqual([]);
  }

  const documents = new Map(tables.documents!.map((d) => [d.requirement_key, d.status]));
  expect(documents.get('ai-policy')).toBe('approved');
  expect(documents.get('scope')).toBe('draft');
  expect(tables.documents!.filter((d) => d.status !== 'missing')).toHaveLength(2);

  expect(tables.actions).toEqual([
    expect.objectContaining({
      source_kind: 'gap',
      source_id: gapItem,
      priority: 'high',
      status: 'open',
    }),
  ]);
  expect(tables.actions![0]!.title).toMatch(new RegExp(`^${gapItem.replaceAll('.', '\\.')} `));
}, 120_000);
