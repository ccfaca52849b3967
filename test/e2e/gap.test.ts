import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();
const { tempDir } = e2e;

const detailTitle = (page: Page) => page.locator('#gap-item-title');
const listOptions = (page: Page) => page.getByRole('listbox').getByRole('option');
const selectedOption = (page: Page) => page.locator('[role="option"][aria-selected="true"]');

describe('gap analysis', () => {
  it('is run by keyboard in workshop mode, and every rating, note, evidence and session lands in the workbook', async () => {
    const dir = tempDir();
    const host = await e2e.start(dir);
    const { page, wb } = await openDemo(e2e.browser(), host, 'en');
    page.setDefaultTimeout(5_000); // a step that hangs names itself long before the test times out
    const call = host.services.call;
    // The client answered the self-assessment questionnaire for 8.2 before the workshop.
    await call('assessment:update', {
      wb,
      itemId: '8.2',
      patch: { clientSelfRating: 2, clientAnswer: 'Risk assessments are done per project.' },
    });

    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { name: '1 Gap analysis' }).waitFor();
    await detailTitle(page).waitFor();
    await page.screenshot({ path: join(SHOTS, 'gap-en.png') });

    // Workshop mode, then narrow the list to clause 8 and search within it.
    await page.keyboard.press('w');
    await expect
      .poll(() => page.getByRole('button', { name: 'Workshop mode' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByLabel('Group', { exact: true }).selectOption('8');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('operational');
    await page.keyboard.press('Escape');
    await expect.poll(() => listOptions(page).count()).toBe(1);
    await expect.poll(() => detailTitle(page).textContent()).toContain('8.1');
    await page.keyboard.press('Control+f');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await expect.poll(() => listOptions(page).count()).toBe(4);

    // 8.1: current 3, target 4 (T, then 4), verdict two steps on from "not assessed" (V V V).
    await page.keyboard.press('3');
    await page.keyboard.press('t');
    await page.keyboard.press('4');
    await page.keyboard.press('v');
    await page.keyboard.press('v');
    await page.keyboard.press('v');
    await expect.poll(() => page.getByRole('radio', { name: 'Minor nonconformity' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    // N goes to the note; the finding is two fields before it. Keys typed there are text, not shortcuts.
    await page.keyboard.press('n');
    await page.keyboard.type('Planning exists for claims AI only; 3 of 5 systems covered.');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Operational planning does not yet cover the chatbot.');
    await page.keyboard.press('Escape');

    // J/K move; Enter jumps to the next item nobody has rated yet.
    await page.keyboard.press('j');
    await expect.poll(() => selectedOption(page).getAttribute('id')).toBe('gap-item-8-2');
    await page.keyboard.press('k');
    await expect.poll(() => detailTitle(page).textContent()).toContain('8.1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => detailTitle(page).textContent()).toContain('8.2');
    await page.getByText('Client self-rating').waitFor();
    await page.keyboard.press('2');
    await page.screenshot({ path: join(SHOTS, 'gap-workshop-en.png') });

    // Evidence for 8.2: a requested reference, and a file that main's dialog hands over.
    await page.getByLabel('Kind').selectOption('requested');
    await page.getByRole('textbox', { name: 'Title' }).fill('AI risk assessment report, chatbot');
    await page.getByRole('textbox', { name: 'Reference or location' }).fill('SharePoint /AIMS/Risk');
    await page.getByRole('textbox', { name: 'Reference or location' }).press('Enter');
    await page
      .getByRole('list', { name: 'Requested' })
      .getByText('AI risk assessment report, chatbot')
      .waitFor();
    const file = join(dir, 'risk-method.pdf');
    writeFileSync(file, '%PDF-1.4 risk method');
    host.services.dialogs.answer(file);
    await page.getByLabel('Kind').selectOption('seen');
    await page.getByRole('button', { name: 'Attach file…' }).click();
    await page.getByRole('list', { name: 'Seen' }).getByText('risk-method.pdf', { exact: true }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'gap-evidence-en.png') });
    await page.keyboard.press('Escape');

    // A new workshop session with an attendee; it becomes the session ratings are recorded for.
    await page.getByRole('button', { name: 'Sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop sessions' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Workshop operation');
    await dialog.getByLabel('Date').fill('2026-11-23');
    await dialog.getByRole('textbox', { name: 'Location' }).fill('Köln, Raum Rhein 3');
    await dialog.getByRole('textbox', { name: 'Location' }).press('Enter');
    const card = dialog
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Workshop operation' }) });
    await card.getByRole('textbox', { name: 'Name' }).fill('Katrin Vogel');
    await card.getByRole('textbox', { name: 'Role' }).fill('Head of AI operations');
    await card.getByRole('textbox', { name: 'Role' }).press('Enter');
    await card.getByText('Katrin Vogel').waitFor();
    await expect.poll(() => card.getByText('In use').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'gap-sessions-en.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByLabel('Session', { exact: true }).inputValue()).not.toBe('');

    // 8.3, rated in the new session.
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => detailTitle(page).textContent()).toContain('8.3');
    await page.keyboard.press('1');

    const sessions = await call('session:list', { wb });
    const session = sessions.find((s) => s.title === 'Workshop operation');
    expect(session).toMatchObject({ date: '2026-11-23', location: 'Köln, Raum Rhein 3' });
    expect(await call('attendee:list', { wb })).toContainEqual(
      expect.objectContaining({
        sessionId: session!.id,
        name: 'Katrin Vogel',
        role: 'Head of AI operations',
      }),
    );
    const byItem = async () => new Map((await call('assessment:list', { wb })).map((a) => [a.itemId, a]));
    await expect.poll(async () => (await byItem()).get('8.3')?.sessionId).toBe(session!.id);
    const assessments = await byItem();
    expect(assessments.get('8.1')).toMatchObject({
      maturityCurrent: 3,
      maturityTarget: 4,
      verdict: 'minor-nc',
      finding: 'Operational planning does not yet cover the chatbot.',
      notes: 'Planning exists for claims AI only; 3 of 5 systems covered.',
    });
    expect(assessments.get('8.2')).toMatchObject({ maturityCurrent: 2, clientSelfRating: 2 });
    expect(assessments.get('8.3')).toMatchObject({ maturityCurrent: 1 });
    const evidence = (await call('evidence:list', { wb })).filter((e) => e.itemId === '8.2');
    expect(evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'requested',
          title: 'AI risk assessment report, chatbot',
          reference: 'SharePoint /AIMS/Risk',
        }),
        expect.objectContaining({ kind: 'seen', fileName: 'risk-method.pdf', mimeType: 'application/pdf' }),
      ]),
    );

    // The other filters: open items only (8.1 is rated now), and gaps of at least one level (only 8.1).
    await page.getByLabel('Only open items').check();
    await expect.poll(() => listOptions(page).count()).toBe(3);
    await page.getByLabel('Only open items').uncheck();
    await page.getByLabel('Gap', { exact: true }).selectOption('1');
    await expect.poll(() => listOptions(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('70 of 70').waitFor(); // the list is virtualized: count what it says, not its rows

    // The language switches at run time; the phase's own labels and the vocabularies follow.
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await page.getByRole('heading', { name: '1 Gap-Analyse' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Aktueller Reifegrad' }).waitFor();
    await page
      .getByRole('radio', { name: /Definiert/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Workshop-Modus' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'gap-workshop-de.png') });
    await page.keyboard.press('w');
    await page.screenshot({ path: join(SHOTS, 'gap-de.png') });
  }, 60_000);

  it('saves a note while it is being typed and keeps typing that overlaps the save', async () => {
    const host = await e2e.start();
    const { page, wb } = await openDemo(e2e.browser(), host, 'de');
    page.setDefaultTimeout(5_000);
    const notesOf = async (itemId: string) =>
      (await host!.services.call('assessment:list', { wb })).find((a) => a.itemId === itemId)?.notes;

    await page.keyboard.press('Alt+1');
    await expect.poll(() => detailTitle(page).textContent()).toContain('4.1');
    await page.keyboard.press('n');
    await page.keyboard.type('Kontextanalyse 2025');
    // The pause in typing saves without leaving the field; the reload it causes must not reset the field.
    await expect.poll(() => notesOf('4.1')).toBe('Kontextanalyse 2025');
    await page.keyboard.type(' liegt vor');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect.poll(() => notesOf('4.1')).toBe('Kontextanalyse 2025 liegt vor');
    await expect.poll(() => detailTitle(page).textContent()).toContain('4.2');
    await page.keyboard.press('k');
    expect(await page.getByLabel('Notizen').inputValue()).toBe('Kontextanalyse 2025 liegt vor');
  });
});
