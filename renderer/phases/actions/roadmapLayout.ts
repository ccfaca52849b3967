import type { Action } from '../../../shared/schemas/action';
import { parseDay } from '../../i18n/formats';

/** A short plan still fills the view with a year of months, so the grid does not stop mid-screen. */
const MIN_MONTHS = 12;

/** The months the roadmap spans, first day of each, from the earliest date to the latest (and today). */
export function timelineMonths(actions: readonly Action[], today: string): Date[] {
  const dates = [today, ...actions.flatMap((a) => [a.startDate, a.dueDate].filter((d): d is string => !!d))];
  const sorted = dates.sort();
  const first = parseDay(sorted[0]!);
  const last = parseDay(sorted.at(-1)!);
  const months: Date[] = [];
  let month = new Date(first.getFullYear(), first.getMonth(), 1);
  while (month <= last || months.length < MIN_MONTHS) {
    months.push(month);
    month = new Date(month.getFullYear(), month.getMonth() + 1, 1);
  }
  return months;
}

/**
 * Horizontal position of a day in month widths from the first month: months are drawn equally wide,
 * so a day sits at its share of its own month. `endOfDay` places it at the day's end, for due dates.
 */
export function monthOffset(first: Date, iso: string, endOfDay = false): number {
  const day = parseDay(iso);
  const months = (day.getFullYear() - first.getFullYear()) * 12 + day.getMonth() - first.getMonth();
  const length = new Date(day.getFullYear(), day.getMonth() + 1, 0).getDate();
  return months + (day.getDate() - (endOfDay ? 0 : 1)) / length;
}

export type RoadmapRow =
  | { readonly kind: 'month'; readonly key: string; readonly month: Date; readonly count: number }
  | { readonly kind: 'action'; readonly key: string; readonly action: Action };

/** The date an action is placed by on the roadmap: its start, or its due date when it has no start. */
const anchor = (a: Action): string | null => a.startDate ?? a.dueDate;

/** Scheduled actions by start date under a heading per month; those without any date are only counted. */
export function roadmapRows(actions: readonly Action[]): { rows: RoadmapRow[]; unscheduled: number } {
  const scheduled = actions
    .filter((a) => anchor(a) !== null)
    .sort((a, b) => anchor(a)!.localeCompare(anchor(b)!) || (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const byMonth = new Map<string, Action[]>();
  for (const action of scheduled) {
    const key = anchor(action)!.slice(0, 7);
    const group = byMonth.get(key);
    if (group) group.push(action);
    else byMonth.set(key, [action]);
  }
  const rows = [...byMonth].flatMap(([key, group]): RoadmapRow[] => [
    { kind: 'month', key, month: parseDay(`${key}-01`), count: group.length },
    ...group.map((action): RoadmapRow => ({ kind: 'action', key: action.id, action })),
  ]);
  return { rows, unscheduled: actions.length - scheduled.length };
}
