import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDemo } from './browser';
import { SHOTS, useE2e } from './session';

const e2e = useE2e();

it('shows radar, heatmap, readiness and the largest gaps of the demo, and leads from a gap to its item', async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'de');
  await page.getByRole('img', { name: 'Reifegrad je Abschnitt 4–10' }).waitFor();
  await page.getByRole('img', { name: 'Reifegrad je Maßnahmenziel (Anhang A)' }).waitFor();

  // The demo has six risks; the heatmap shows the 4 × 5 discrimination risk in its cell.
  const heatmap = page.getByRole('table', { name: 'KI-Risiken (Wahrscheinlichkeit × Auswirkung)' });
  await heatmap.getByRole('button', { name: '1 Risiken, Wahrscheinlichkeit 4, Auswirkung 5' }).waitFor();

  // Readiness: the demo is far from Stage 1 — and says why.
  const readiness = page.getByRole('region', { name: 'Zertifizierungsreife' });
  expect(await readiness.textContent()).toContain('Stufe 1 (Dokumentation)');
  await readiness
    .getByText('Anwendungsbereich, KI-Politik und Erklärung zur Anwendbarkeit freigegeben')
    .click();
  await readiness.getByText(/Nicht freigegeben: Anwendungsbereich des KI-Managementsystems/).waitFor();

  const gaps = page.getByRole('region', { name: 'Die zehn größten Lücken' }).getByRole('row');
  await expect.poll(() => gaps.count()).toBe(11);
  await page.screenshot({ path: join(SHOTS, 'overview-de.png'), fullPage: true });

  const first = page.getByRole('region', { name: 'Die zehn größten Lücken' }).getByRole('button').first();
  const itemId = (await first.locator('strong').textContent())!;
  await first.click();
  await expect.poll(() => page.locator('[data-phase="gap"]').getAttribute('aria-current')).toBe('page');
  expect(['6.1.3', '6.1.4', 'A.5.2', '4.3', '5.2', 'A.2.2', '6.1.2']).toContain(itemId);
});
