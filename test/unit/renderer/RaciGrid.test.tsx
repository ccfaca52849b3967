import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RolesPanel } from '../../../renderer/phases/governance/roles/RolesPanel';
import type { RaciCell } from '../../../shared/schemas/governance';
import { callsTo } from './fakeApi';
import { activity, fakeGovernanceMain, role } from './governanceMain';
import { openWorkbook, WB } from './workbook';

const ROLES = [role('r1', 'AI officer'), role('r2', 'Data protection officer')];
const ACTIVITIES = [activity('a1', 'Maintain the AI policy'), activity('a2', 'Review AI risks')];

async function renderGrid(cells: RaciCell[] = []) {
  fakeGovernanceMain({ roles: ROLES, activities: ACTIVITIES, cells });
  render(<RolesPanel />);
  return screen.findByRole('grid', { name: 'RACI matrix' });
}
const cell = (name: string) => screen.getByRole('gridcell', { name: new RegExp(`^${name}`) });

beforeEach(() => {
  openWorkbook();
});

describe('RACI grid', () => {
  it('names every cell by activity, role and value, with one tab stop', async () => {
    const grid = await renderGrid([{ activityId: 'a2', roleId: 'r1', value: 'A' }]);
    expect(
      within(grid)
        .getAllByRole('gridcell')
        .map((c) => c.getAttribute('aria-label')),
    ).toEqual([
      'Maintain the AI policy – AI officer: not assigned',
      'Maintain the AI policy – Data protection officer: not assigned',
      'Review AI risks – AI officer: Accountable',
      'Review AI risks – Data protection officer: not assigned',
    ]);
    expect(
      within(grid)
        .getAllByRole('gridcell')
        .filter((c) => c.tabIndex === 0),
    ).toEqual([cell('Maintain the AI policy – AI officer')]);
  });

  it('moves the focus with the arrow keys, Home and End, and stops at the edges', async () => {
    await renderGrid();
    const user = userEvent.setup();
    cell('Maintain the AI policy – AI officer').focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(cell('Maintain the AI policy – Data protection officer'));
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(cell('Review AI risks – Data protection officer'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(cell('Review AI risks – AI officer'));
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowLeft}');
    expect(document.activeElement).toBe(cell('Maintain the AI policy – AI officer'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cell('Maintain the AI policy – Data protection officer'));
    expect(callsTo('raci:set')).toEqual([]);
  });

  it('sets a cell with R, A, C, I and clears it with Delete, through the api', async () => {
    await renderGrid();
    const user = userEvent.setup();
    cell('Review AI risks – AI officer').focus();
    await user.keyboard('a');
    expect(cell('Review AI risks – AI officer').getAttribute('aria-label')).toMatch(/: Accountable$/);
    await user.keyboard('c');
    await user.keyboard('{Delete}');
    expect(cell('Review AI risks – AI officer').getAttribute('aria-label')).toMatch(/: not assigned$/);
    expect(callsTo('raci:set')).toEqual([
      { wb: WB, activityId: 'a2', roleId: 'r1', value: 'A' },
      { wb: WB, activityId: 'a2', roleId: 'r1', value: 'C' },
      { wb: WB, activityId: 'a2', roleId: 'r1', value: null },
    ]);
  });

  it('warns where an activity has several or no accountable role, and clears the warning once fixed', async () => {
    const grid = await renderGrid([
      { activityId: 'a1', roleId: 'r1', value: 'A' },
      { activityId: 'a1', roleId: 'r2', value: 'A' },
    ]);
    const [policyRow, risksRow] = within(grid).getAllByRole('row').slice(1);
    expect(within(policyRow!).getByText('Several accountable')).toBeTruthy();
    expect(within(risksRow!).getByText('No one accountable')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe('2 activities need exactly one accountable role (A).');

    const user = userEvent.setup();
    cell('Maintain the AI policy – Data protection officer').focus();
    await user.keyboard('r');
    expect(within(policyRow!).queryByText('Several accountable')).toBeNull();
    expect(screen.getByRole('note').textContent).toBe('1 activity needs exactly one accountable role (A).');
  });
});
