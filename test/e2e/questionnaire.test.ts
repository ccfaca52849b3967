import { join } from 'node:path';
import { expect, it } from 'vitest';
import { editXlsx, Q, questionnaireSheet, rowOf } from '../support/xlsx';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();
const { tempDir } = e2e;

it('sends the questionnaire, reads the filled file back as a preview and applies it as the client self-rating', async () => {
  const dir = tempDir();
  const host = await e2e.start(dir);
  const { page, wb } = await openDemo(e2e.browser(), host, 'en');
  await page.locator('[data-phase="gap"]').click();
  await page.getByRole('button', { name: 'Client questionnaire…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Client self-assessment questionnaire' });

  const sent = join(dir, 'fragebogen.xlsx');
  host.services.dialogs.answer(sent);
  await dialog.getByRole('button', { name: 'Create questionnaire…' }).click();
  await dialog.getByText('Saved as fragebogen.xlsx').waitFor();

  // The client rates 4.1 (consultant: 3) and 4.3 (consultant: 1) and answers one question.
  const filled = await editXlsx(sent, join(dir, 'fragebogen-ausgefuellt.xlsx'), (workbook) => {
    const sheet = questionnaireSheet(workbook);
    rowOf(sheet, '4.1').getCell(Q.rating).value = 3;
    rowOf(sheet, '4.3').getCell(Q.rating).value = 3;
    rowOf(sheet, '4.3').getCell(Q.answer).value = 'Scope wird im Dezember beschlossen.';
  });
  host.services.dialogs.answer(filled);
  await dialog.getByRole('button', { name: 'Read filled questionnaire…' }).click();
  await dialog.getByText(/2 requirements answered in fragebogen-ausgefuellt\.xlsx/).waitFor();
  await expect.poll(() => dialog.locator('tr[data-differs="true"] th').allTextContents()).toEqual(['4.3']);
  await page.screenshot({ path: join(SHOTS, 'questionnaire-preview.png') });

  // Nothing has changed until the consultant applies.
  const before = await host.services.call('assessment:list', { wb });
  expect(before.find((a) => a.itemId === '4.3')!.clientSelfRating).toBeNull();
  await dialog.getByRole('button', { name: 'Apply as client self-rating' }).click();
  await dialog.getByText('2 client ratings recorded.', { exact: false }).waitFor();

  const after = await host.services.call('assessment:list', { wb });
  const item = after.find((a) => a.itemId === '4.3')!;
  expect(item).toMatchObject({ clientSelfRating: 3, maturityCurrent: 1 });
  expect(item.clientAnswer).toContain('Scope wird im Dezember beschlossen.');
});
