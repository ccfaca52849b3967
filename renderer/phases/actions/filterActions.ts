import type { Action } from '../../../shared/schemas/action';
import type { ActionFilters } from './actionView';

/** The actions the filters let through, in their stored order; used by the table and the roadmap alike. */
export function filterActions(actions: readonly Action[], filters: ActionFilters): Action[] {
  const needle = filters.search.trim().toLowerCase();
  return actions.filter(
    (a) =>
      (filters.status === 'all' || a.status === filters.status) &&
      (filters.priority === 'all' || a.priority === filters.priority) &&
      (filters.owner === 'all' || a.owner === filters.owner) &&
      (filters.source === 'all' || a.sourceKind === filters.source) &&
      (!needle || `${a.ref} ${a.title} ${a.owner}`.toLowerCase().includes(needle)),
  );
}

/** Every owner named in the plan, for the owner filter and the owner field's suggestions. */
export function ownersOf(actions: readonly Action[], locale: string): string[] {
  const owners = new Set(actions.map((a) => a.owner.trim()).filter(Boolean));
  return [...owners].sort((a, b) => a.localeCompare(b, locale));
}
