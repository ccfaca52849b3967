import type { RaciCell } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';

export type RaciValue = RaciCell['value'];

/** Clicking a cell walks — → R → A → C → I → —. */
const CYCLE: readonly (RaciValue | null)[] = [null, 'R', 'A', 'C', 'I'];
export const nextRaciValue = (value: RaciValue | null): RaciValue | null =>
  CYCLE[(CYCLE.indexOf(value) + 1) % CYCLE.length]!;

/** The value a key sets in a cell: its letter, or null to clear; undefined for any other key. */
export function raciValueForKey(key: string): RaciValue | null | undefined {
  switch (key.toUpperCase()) {
    case 'R':
    case 'A':
    case 'C':
    case 'I':
      return key.toUpperCase() as RaciValue;
    case 'DELETE':
    case 'BACKSPACE':
    case '-':
      return null;
    default:
      return undefined;
  }
}

export const cellKey = (activityId: string, roleId: string): string => `${activityId}|${roleId}`;

/** Exactly one role is accountable for an activity; none or several is what a RACI review catches. */
export function accountability(
  cells: ReadonlyMap<string, RaciValue>,
  activityId: string,
  roleIds: readonly string[],
): 'ok' | 'missing' | 'several' {
  const count = roleIds.filter((roleId) => cells.get(cellKey(activityId, roleId)) === 'A').length;
  return count === 1 ? 'ok' : count === 0 ? 'missing' : 'several';
}

/**
 * Sets one cell. The grid shows the new value at once, so a quick second key press on the same cell
 * starts from it.
 */
export function setRaciCell(activityId: string, roleId: string, value: RaciValue | null): void {
  void saveEdit((wb) => api.raci.set({ wb, activityId, roleId, value }), {
    aggregate: 'raci',
    apply: (rows) => {
      const others = rows.filter((c) => c.activityId !== activityId || c.roleId !== roleId);
      return value === null ? others : [...others, { activityId, roleId, value }];
    },
  });
}
