import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VerdictChoice } from '../../../renderer/phases/gap/VerdictChoice';
import type { Lang } from '../../../shared/catalog/types';
import type { Verdict } from '../../../shared/catalog/vocab/assessment';

const OPTIONS: readonly Verdict[] = ['conform', 'minor-nc', 'major-nc', 'not-assessed'];

function renderChoice({ value = 'not-assessed' as Verdict, lang = 'en' as Lang, onChange = vi.fn() } = {}) {
  render(<VerdictChoice label="Verdict" value={value} options={OPTIONS} onChange={onChange} lang={lang} />);
  return onChange;
}

const checkedNames = () =>
  screen
    .getAllByRole('radio')
    .filter((r) => (r as HTMLInputElement).checked)
    .map((r) => r.closest('label')?.textContent);

describe('VerdictChoice', () => {
  it('offers exactly the given verdicts by name, in one group named by its legend', () => {
    renderChoice();
    const group = screen.getByRole('group', { name: 'Verdict' });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Conform',
      'Minor nonconformity',
      'Major nonconformity',
      'Not assessed',
    ]);
    expect(radios.every((r) => group.contains(r))).toBe(true);
    expect(screen.queryByRole('radio', { name: 'Observation' })).toBeNull();
  });

  it('checks the current verdict only', () => {
    renderChoice({ value: 'minor-nc' });
    expect(checkedNames()).toEqual(['Minor nonconformity']);
  });

  it('speaks German when the UI does', () => {
    renderChoice({ value: 'major-nc', lang: 'de' });
    expect(checkedNames()).toEqual(['Wesentliche Nichtkonformität']);
    expect(screen.getByRole('radio', { name: 'Konform' })).toBeTruthy();
  });

  it('reports the verdict the consultant picks', async () => {
    const onChange = renderChoice();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Major nonconformity' }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('major-nc');
  });
});
