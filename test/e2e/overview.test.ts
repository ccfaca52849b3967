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

const GREEN = 'rgb(29, 107, 53)';
const RED = 'rgb(179, 38, 30)';

it('marks met and unmet readiness rules visibly and by name, and fits the heatmap in its card at 1366 and 1920', async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'de');
  const readiness = page.getByRole('region', { name: 'Zertifizierungsreife' });

  // The demo has rated risks, but no approved scope, policy or SoA: one rule met beside one not met,
  // each told by its icon's name and colour, not just by an attribute.
  const cases = [
    { title: 'KI-Risikobeurteilung durchgeführt', name: 'erfüllt', colour: GREEN },
    {
      title: 'Anwendungsbereich, KI-Politik und Erklärung zur Anwendbarkeit freigegeben',
      name: 'nicht erfüllt',
      colour: RED,
    },
  ];
  for (const { title, name, colour } of cases) {
    const icon = readiness
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('img', { name, exact: true });
    expect(await icon.evaluate((svg) => getComputedStyle(svg).color)).toBe(colour);
    expect((await icon.boundingBox())?.width).toBeGreaterThan(10);
  }
  const colours = await readiness
    .getByRole('img')
    .evaluateAll((icons) => [...new Set(icons.map((svg) => getComputedStyle(svg).color))]);
  expect(colours.sort()).toEqual([GREEN, RED].sort());

  const heatmap = page.getByRole('table', { name: 'KI-Risiken (Wahrscheinlichkeit × Auswirkung)' });
  const card = page.locator('section.card', { has: heatmap });
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await card.scrollIntoViewIfNeeded();
    // Every cell and label, not just the table: a label may be wider than its column.
    const outside = await card.evaluate((section) => {
      const box = section.getBoundingClientRect();
      return [...section.querySelectorAll('table, th, th span, button')].flatMap((el) => {
        const r = el.getBoundingClientRect();
        const inside =
          r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        return inside ? [] : [el.textContent];
      });
    });
    expect(outside, `at ${width}×${height}`).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `overview-${width}x${height}.png`) });
  }
});
