import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { RolesPanel } from '../../../renderer/phases/governance/roles/RolesPanel';
import { callsTo } from './fakeApi';
import { fakeGovernanceMain, role } from './governanceMain';
import { openWorkbook, WB } from './workbook';

beforeEach(() => {
  openWorkbook();
});

/** DataTable as the roles register lays it out: a named table, a header row, a row per record. */
describe('Roles table', () => {
  it('shows a named table with one row per role under the column headers', async () => {
    fakeGovernanceMain({
      roles: [role('r1', 'AI officer', 'Dana Schmidt'), role('r2', 'Data protection officer', 'Ωmega Ltd')],
      activities: [],
      cells: [],
    });
    render(<RolesPanel />);
    const table = await screen.findByRole('table', { name: 'AI roles' });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Role', 'Held by', 'Responsibilities and authorities', 'Actions']);
    expect(rows).toHaveLength(2);
    expect(
      within(rows[1]!).getByRole<HTMLInputElement>('textbox', { name: 'Held by – Data protection officer' })
        .value,
    ).toBe('Ωmega Ltd');
    expect(within(rows[0]!).getByRole('button', { name: 'Delete “AI officer”' })).toBeTruthy();
  });

  it('saves an edited cell through the api and shows what main stored', async () => {
    fakeGovernanceMain({ roles: [role('r1', 'AI officer')], activities: [], cells: [] });
    render(<RolesPanel />);
    const holder = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Held by – AI officer' });
    const user = userEvent.setup();
    await user.type(holder, 'Dana');
    await user.tab();
    expect(callsTo('role:update')).toEqual([{ wb: WB, id: 'r1', patch: { holder: 'Dana' } }]);
    expect(holder.value).toBe('Dana');
  });

  it('shows no table while there are no roles, only the way to add one', async () => {
    fakeGovernanceMain({ roles: [], activities: [], cells: [] });
    render(<RolesPanel />);
    expect(await screen.findByText(/Add roles above first/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'AI roles' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'New role' })).toBeTruthy();
  });
});
