import type { RaciActivity, RaciCell, Role } from '../../../shared/schemas/governance';
import { answer, emit } from './fakeApi';
import { changedEvent } from './workbook';

const STAMP = '2026-01-01T00:00:00.000Z';
export const role = (id: string, name: string, holder = ''): Role => ({
  id,
  name,
  holder,
  description: '',
  updatedAt: STAMP,
});
export const activity = (id: string, name: string): RaciActivity => ({
  id,
  name,
  itemId: null,
  updatedAt: STAMP,
});

/**
 * Main's side of the roles panel: keeps roles, activities and RACI cells, answers their lists and edits, and
 * after each edit announces the aggregate it touched, as main does.
 */
export function fakeGovernanceMain(start: { roles: Role[]; activities: RaciActivity[]; cells: RaciCell[] }) {
  const state = { roles: [...start.roles], activities: [...start.activities], cells: [...start.cells] };
  const changed = (aggregate: string) =>
    void emit('workbook:changed', changedEvent([aggregate]));
  answer('role:list', () => state.roles);
  answer('raciActivity:list', () => state.activities);
  answer('raci:list', () => state.cells);
  answer('role:update', ({ id, patch }) => {
    state.roles = state.roles.map((r) => (r.id === id ? { ...r, ...patch } : r));
    changed('role');
    return state.roles.find((r) => r.id === id)!;
  });
  answer('raci:set', ({ activityId, roleId, value }) => {
    const others = state.cells.filter((c) => c.activityId !== activityId || c.roleId !== roleId);
    state.cells = value === null ? others : [...others, { activityId, roleId, value }];
    changed('raci');
    return state.cells;
  });
  return state;
}
