import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { Action } from '../../../shared/schemas/action';

export type ActionsViewMode = 'table' | 'roadmap';

export interface ActionFilters {
  status: Action['status'] | 'all';
  priority: Action['priority'] | 'all';
  owner: string | 'all';
  source: Action['sourceKind'] | 'all';
  search: string;
}

export const NO_FILTERS: ActionFilters = {
  status: 'all',
  priority: 'all',
  owner: 'all',
  source: 'all',
  search: '',
};

/** UI state of the action plan, kept here so filters and selection survive switching phases. */
interface ActionViewState {
  mode: ActionsViewMode;
  filters: ActionFilters;
  sorting: SortingState;
  /** The action open in the side form. */
  selectedId: string | null;
  /** The action whose title the side form focuses once: a new one, so typing names it, or one opened by Enter. */
  focusTitleId: string | null;
  setMode(mode: ActionsViewMode): void;
  setFilter<K extends keyof ActionFilters>(key: K, value: ActionFilters[K]): void;
  resetFilters(): void;
  setSorting(sorting: SortingState): void;
  select(id: string | null): void;
  /** Selects an action and moves the keyboard into its form. */
  open(id: string): void;
  titleFocused(): void;
}

export const useActionView = create<ActionViewState>((set) => ({
  mode: 'table',
  filters: NO_FILTERS,
  sorting: [],
  selectedId: null,
  focusTitleId: null,
  setMode: (mode) => set({ mode }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setSorting: (sorting) => set({ sorting }),
  select: (selectedId) => set({ selectedId }),
  open: (id) => set({ selectedId: id, focusTitleId: id }),
  titleFocused: () => set({ focusTitleId: null }),
}));
