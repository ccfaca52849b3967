import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLICY_TEMPLATE_IDS, POLICY_TEMPLATES } from '../../shared/catalog/policyTemplates';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

/** The governance phase via its global shortcut, on the given sub-tab. */
async function openTab(page: Page, tab: string) {
  // Fail at the step that went wrong, well inside the test's own time limit.
  page.setDefaultTimeout(8_000);
  await page.keyboard.press('Alt+3');
  await page.getByRole('tab', { name: tab }).click();
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `governance-${name}.png`) });

describe('3 Governance', () => {
  it('records roles, RACI, policy, objectives, competence and the SoA as the consultant works', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'en');
    const call = host.services.call;
    await openTab(page, 'Roles & RACI');

    // A role added by name only, then completed in its row.
    await page.getByLabel('New role').fill('Data protection officer');
    await page.getByLabel('New role').press('Enter');
    await page.getByLabel('Held by – Data protection officer').fill('Tobias Klein');
    await page.getByLabel('Held by – Data protection officer').press('Tab');
    await expect
      .poll(
        async () =>
          (await call('role:list', { wb })).find((r) => r.name === 'Data protection officer')?.holder,
      )
      .toBe('Tobias Klein');
    const roles = await call('role:list', { wb });
    const roleId = (name: string) => roles.find((r) => r.name === name)!.id;

    // RACI by keyboard: C in one cell, up, I, left, A — two accountable roles are flagged, R fixes it.
    const cell = page.getByRole('gridcell', {
      name: 'Write and maintain the AI policy – Data protection officer: not assigned',
    });
    await cell.focus();
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('i');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('a');
    await page.getByText('Several accountable').waitFor();
    await shot(page, 'roles');
    await page.keyboard.press('r');
    await page.getByText('Several accountable').waitFor({ state: 'detached' });
    const activities = await call('raciActivity:list', { wb });
    const activityId = (name: string) => activities.find((a) => a.name === name)!.id;
    const valueOf = async (activity: string, role: string) =>
      (await call('raci:list', { wb })).find(
        (c) => c.activityId === activityId(activity) && c.roleId === roleId(role),
      )?.value;
    await expect.poll(() => valueOf('Write and maintain the AI policy', 'Data protection officer')).toBe('C');
    await expect.poll(() => valueOf('Carry out impact assessments', 'Data protection officer')).toBe('I');
    await expect.poll(() => valueOf('Carry out impact assessments', 'Head of data science')).toBe('R');

    // The policy template comes in the engagement's language (German), not the UI's.
    await page.getByRole('tab', { name: 'AI policy' }).click();
    await page.getByRole('button', { name: 'Insert template' }).click();
    await page.getByLabel('Title of section 10').waitFor();
    const purpose = page.getByLabel('Text of section “Zweck und Geltungsbereich”');
    await purpose.press('Control+End');
    await purpose.pressSequentially(' Abgestimmt im Auftaktworkshop.');
    await purpose.press('Tab');
    await page.getByRole('button', { name: 'Move “Zweck und Geltungsbereich” down' }).click();
    await expect
      .poll(async () =>
        (await call('policy:list', { wb })).sort((a, b) => a.position - b.position).map((s) => s.title),
      )
      .toEqual([
        POLICY_TEMPLATES.principles.title.de,
        POLICY_TEMPLATES['purpose-scope'].title.de,
        ...POLICY_TEMPLATE_IDS.slice(2).map((id) => POLICY_TEMPLATES[id].title.de),
      ]);
    const section = (await call('policy:list', { wb })).find((s) => s.title === 'Zweck und Geltungsbereich')!;
    expect(section.body).toContain('Rheinland Versicherung AG');
    expect(section.body).toMatch(/Abgestimmt im Auftaktworkshop\.$/);
    await shot(page, 'policy');

    // An objective; its target is saved after the typing pause, without leaving the field.
    await page.getByRole('tab', { name: 'Objectives' }).click();
    await page.getByLabel('New objective').fill('Every AI system in the inventory');
    await page.getByLabel('New objective').press('Enter');
    await page.getByLabel('Target – Every AI system in the inventory').fill('100 % registered');
    await page.getByLabel('Due – Every AI system in the inventory').fill('2027-03-31');
    await page.getByLabel('Status – Every AI system in the inventory').selectOption('in-progress');
    await expect
      .poll(async () => (await call('objective:list', { wb })).find((o) => o.title.startsWith('Every AI')))
      .toMatchObject({ target: '100 % registered', dueDate: '2027-03-31', status: 'in-progress' });
    await shot(page, 'objectives');

    await page.getByRole('tab', { name: 'Competence' }).click();
    await page.getByLabel('New person').fill('Jonas Becker');
    await page.getByLabel('New person').press('Enter');
    await page.getByLabel('Training – Jonas Becker').fill('AI literacy e-learning');
    await page.getByLabel('Completed on – Jonas Becker').fill('2026-11-20');
    await page.getByLabel('Training – Jonas Becker').press('Tab');
    await expect
      .poll(async () => (await call('competence:list', { wb })).find((c) => c.person === 'Jonas Becker'))
      .toMatchObject({ training: 'AI literacy e-learning', completedOn: '2026-11-20' });
    await shot(page, 'competence');

    // SoA: accept one suggestion by key and one by click, exclude a control with a justification.
    await page.getByRole('tab', { name: 'Statement of Applicability' }).click();
    await page.locator('[data-row-focus="A.2.3"]').focus();
    await page.keyboard.press('a');
    await page.getByRole('button', { name: 'Accept the suggestion for A.3.3' }).click();
    await page.locator('[data-row-focus="A.4.2"]').focus();
    await page.keyboard.press('n');
    const justification = page.getByLabel('Justification for excluding A.4.2');
    await expect.poll(() => justification.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Resources for AI are planned within the ISMS resource plan.');
    await page.keyboard.press('Tab');
    const soa = async (controlId: string) =>
      (await call('soa:list', { wb })).find((e) => e.controlId === controlId);
    await expect
      .poll(() => soa('A.2.3'))
      .toMatchObject({ applicable: true, inclusionReasons: ['best-practice'] });
    await expect.poll(() => soa('A.3.3')).toMatchObject({ applicable: true });
    await expect
      .poll(() => soa('A.4.2'))
      .toMatchObject({
        applicable: false,
        inclusionReasons: [],
        exclusionJustification: 'Resources for AI are planned within the ISMS resource plan.',
      });
    await page.locator('[data-row-focus="A.3.2"]').click();
    await page.getByText('Why the suggestion').waitFor();
    await shot(page, 'soa');
  });

  it('speaks German throughout and adopts every suggested inclusion at once', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'de');
    await openTab(page, 'Rollen & RACI');
    await page.getByRole('grid', { name: 'RACI-Matrix' }).waitFor();
    await shot(page, 'roles-de');
    await page.getByRole('tab', { name: 'KI-Politik' }).click();
    await page.getByRole('button', { name: 'Vorlage einfügen' }).click();
    await page.getByLabel('Titel von Abschnitt 10').waitFor();
    await shot(page, 'policy-de');
    await page.getByRole('tab', { name: 'Kompetenz' }).click();
    await page.getByText('Art. 4 KI-Verordnung').waitFor();
    await shot(page, 'competence-de');
    await page.getByRole('tab', { name: 'Erklärung zur Anwendbarkeit' }).click();
    await page.getByText('2 von 38 Maßnahmen entschieden').waitFor();
    const adopt = page.getByRole('button', { name: /^Vorgeschlagene Aufnahmen übernehmen \((\d+)\)$/ });
    const count = Number(/\((\d+)\)/.exec((await adopt.textContent()) ?? '')![1]);
    expect(count).toBeGreaterThan(10);
    await adopt.click();
    await page.getByText(`${2 + count} von 38 Maßnahmen entschieden`).waitFor();
    await expect
      .poll(async () => (await host!.services.call('soa:list', { wb })).filter((e) => e.applicable).length)
      .toBe(2 + count);
    await shot(page, 'soa-de');
  });
});
