import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MaturityScale } from '../../../renderer/phases/gap/MaturityScale';
import type { Lang } from '../../../shared/catalog/types';
import { MATURITY_LABELS } from '../../../shared/catalog/vocab/assessment';

function renderScale({ value = null as number | null, lang = 'en' as Lang, onChange = vi.fn() } = {}) {
  render(
    <MaturityScale
      label="Current maturity"
      value={value}
      onChange={onChange}
      lang={lang}
      emptyText="Not rated yet"
      keyTarget="current"
      shortcuts={(level) => String(level)}
    />,
  );
  return onChange;
}

describe('MaturityScale', () => {
  it('is one radio group of the six levels 0–5, each with its number and name', () => {
    renderScale();
    const group = screen.getByRole('radiogroup', { name: 'Current maturity' });
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      '0Incomplete',
      '1Initial',
      '2Managed',
      '3Defined',
      '4Quantitatively managed',
      '5Optimizing',
    ]);
    expect(radios.every((r) => group.contains(r))).toBe(true);
    expect(radios.map((r) => r.getAttribute('aria-keyshortcuts'))).toEqual(['0', '1', '2', '3', '4', '5']);
  });

  it('names the levels in German when the UI speaks German', () => {
    renderScale({ lang: 'de' });
    expect(screen.getByRole('radio', { name: /Quantitativ gesteuert/ })).toBeTruthy();
    expect(screen.queryByText('Quantitatively managed')).toBeNull();
  });

  it('shows the empty text and no choice while nothing is rated', () => {
    renderScale();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.getByText('Not rated yet')).toBeTruthy();
  });

  it('checks the chosen level and explains it below the scale', () => {
    renderScale({ value: 3 });
    const checked = screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked);
    expect(checked).toEqual([screen.getByRole('radio', { name: /Defined/ })]);
    const explanation = screen.getByText('Defined', { selector: 'strong' }).parentElement!;
    expect(explanation.textContent).toBe(`Defined – ${MATURITY_LABELS[3].description!.en}`);
    expect(screen.queryByText('Not rated yet')).toBeNull();
  });

  it('reports the level the consultant picks, by click or by arrow key', async () => {
    const user = userEvent.setup();
    const onChange = renderScale({ value: 1 });
    await user.click(screen.getByRole('radio', { name: /Quantitatively managed/ }));
    expect(onChange).toHaveBeenLastCalledWith(4);
    await user.click(screen.getByText('Incomplete'));
    expect(onChange).toHaveBeenLastCalledWith(0);
    screen.getByRole('radio', { name: /Initial/ }).focus();
    await user.keyboard('{ArrowRight}');
    expect(onChange).toHaveBeenLastCalledWith(2);
  });
});
