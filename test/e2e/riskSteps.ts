import type { Page } from 'playwright-core';

/** The classification wizard's current question. */
export const question = (page: Page) => page.locator('form.question');

/** Answers the current classification question and goes on, by Enter as a consultant at the keyboard would. */
export async function answer(page: Page, kind: 'radio' | 'checkbox', name: string | RegExp): Promise<void> {
  const input = question(page).getByRole(kind, { name, exact: typeof name === 'string' });
  await input.check();
  await input.press('Enter');
}

/** Adds an AI system by name in the inventory and returns the form that opens for it. */
export async function addAiSystem(page: Page, name: string) {
  await page.getByRole('button', { name: 'New AI system' }).click();
  await page.locator('form.inline-create').getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  return page.getByRole('region', { name });
}
