import { expect, it } from 'vitest';
import { openDemo } from './browser';
import { useE2e } from './session';

const e2e = useE2e();

it('opens the demo engagement handed over by the OS, with phase progress in the navigation', async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'de');
  await expect.poll(() => page.title()).toContain('Rheinland Versicherung AG');
  const gap = page.locator('[data-phase="gap"] .phase-progress');
  await expect.poll(() => gap.getAttribute('aria-label')).toMatch(/^\d+\s%\serledigt$/);
});

it("the menu's workshop mode takes the consultant to the gap analysis with workshop mode on", async () => {
  const host = await e2e.start();
  const { page } = await openDemo(e2e.browser(), host, 'en');
  host.emit('menu:command', { command: 'workshopMode' });
  await expect.poll(() => page.locator('[data-phase="gap"]').getAttribute('aria-current')).toBe('page');
  await expect
    .poll(() => page.getByRole('button', { name: 'Workshop mode' }).getAttribute('aria-pressed'))
    .toBe('true');
});
