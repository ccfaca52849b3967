import { create } from 'zustand';
import type { Verdict } from '../../../shared/catalog/vocab/assessment';

/** 'all', every item of one kind ('kind:clause', 'kind:control'), or one group id ('4', 'A.6'). */
export type GroupFilter = 'all' | 'kind:clause' | 'kind:control' | (string & {});

export interface GapFilters {
  group: GroupFilter;
  verdict: Verdict | 'any';
  /** Smallest shortfall target − current to show; 0 shows every item. */
  minGap: number;
  unanswered: boolean;
  search: string;
}

export const NO_FILTERS: GapFilters = {
  group: 'all',
  verdict: 'any',
  minGap: 0,
  unanswered: false,
  search: '',
};

/** UI state of the gap analysis: what the list shows, the projector layout, the session being run. */
interface GapState {
  filters: GapFilters;
  workshop: boolean;
  /** The session chosen for a workbook; kept with its workbook so another workbook never inherits it. */
  session: { wb: string; id: string } | null;
  setFilters(patch: Partial<GapFilters>): void;
  toggleWorkshop(): void;
  chooseSession(wb: string, id: string | null): void;
}

export const useGapStore = create<GapState>((set) => ({
  filters: NO_FILTERS,
  workshop: false,
  session: null,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleWorkshop: () => set((s) => ({ workshop: !s.workshop })),
  chooseSession: (wb, id) => set({ session: id ? { wb, id } : null }),
}));
