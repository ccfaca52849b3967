import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useList } from '../../../renderer/store/records';
import { answer, callsTo, emit } from './fakeApi';
import { role } from './governanceMain';
import { changedEvent, openWorkbook, WB } from './workbook';

function RoleNames() {
  const roles = useList('role');
  return (
    <ul aria-label="Roles">
      {roles?.map((r) => (
        <li key={r.id}>{r.name}</li>
      ))}
    </ul>
  );
}

const changed = (aggregates: string[], wb = WB) =>
  act(() => emit('workbook:changed', changedEvent(aggregates, undefined, wb)));

beforeEach(() => {
  openWorkbook();
});

describe('Cached lists', () => {
  it('loads a list once on first use, and again only when a change names its aggregate', async () => {
    let roles = [role('r1', 'AI officer')];
    answer('role:list', () => roles);
    render(<RoleNames />);
    expect(await screen.findByText('AI officer')).toBeTruthy();
    expect(callsTo('role:list')).toEqual([{ wb: WB }]);

    roles = [role('r1', 'Chief AI officer')];
    await changed(['risk', 'action']);
    await changed(['role'], 'another-workbook');
    expect(callsTo('role:list')).toHaveLength(1);
    expect(screen.getByText('AI officer')).toBeTruthy();

    await changed(['risk', 'role']);
    expect(await screen.findByText('Chief AI officer')).toBeTruthy();
    expect(callsTo('role:list')).toHaveLength(2);
  });
});
