import type { SortingState } from '@tanstack/react-table';
import { create } from 'zustand';
import type { RiskBand, RiskStatus } from '../../../shared/catalog/vocab/risk';

export const RISK_TABS = ['inventory', 'classification', 'register', 'impact'] as const;
export type RiskTab = (typeof RISK_TABS)[number];

export interface HeatmapCell {
  readonly likelihood: number;
  readonly impact: number;
}

export interface RegisterFilters {
  readonly band: RiskBand | null;
  readonly status: RiskStatus | null;
  readonly aiSystemId: string | null;
  readonly search: string;
  /** Set by clicking a heatmap cell: only risks rated exactly so. */
  readonly cell: HeatmapCell | null;
}

export const NO_FILTERS: RegisterFilters = {
  band: null,
  status: null,
  aiSystemId: null,
  search: '',
  cell: null,
};

/** What the side form of the register shows. */
export type RiskPanel = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; id: string };

/**
 * UI state of phase 2 only — which tab, which AI system, the register's filters and panel. Records live
 * in the workbook and reach the views through useList; nothing here is saved.
 */
interface RiskUiState {
  wb: string | null;
  tab: RiskTab;
  /** The AI system the inventory form, the classification wizard and the impact assessment work on. */
  systemId: string | null;
  filters: RegisterFilters;
  sorting: SortingState;
  panel: RiskPanel;
  /** Last thing done that a screen reader should hear (e.g. "action created"); shown too. */
  notice: string | null;
  setTab(tab: RiskTab): void;
  selectSystem(id: string | null): void;
  /** Opens another tab on one AI system, e.g. "classify" from the inventory. */
  openSystemIn(tab: RiskTab, id: string): void;
  setFilters(patch: Partial<RegisterFilters>): void;
  toggleCell(cell: HeatmapCell): void;
  clearFilters(): void;
  setSorting(sorting: SortingState): void;
  setPanel(panel: RiskPanel): void;
  announce(notice: string | null): void;
  /** Called with the open workbook: another workbook starts afresh, since nothing chosen here belongs to it. */
  bind(wb: string): void;
}

const INITIAL = {
  wb: null,
  tab: 'inventory',
  systemId: null,
  filters: NO_FILTERS,
  sorting: [{ id: 'ref', desc: false }],
  panel: { kind: 'closed' },
  notice: null,
} satisfies Partial<RiskUiState>;

export const useRiskUi = create<RiskUiState>((set) => ({
  ...INITIAL,
  setTab: (tab) => set({ tab }),
  selectSystem: (systemId) => set({ systemId }),
  openSystemIn: (tab, systemId) => set({ tab, systemId }),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleCell: (cell) =>
    set((s) => {
      const same = s.filters.cell?.likelihood === cell.likelihood && s.filters.cell.impact === cell.impact;
      return { filters: { ...s.filters, cell: same ? null : cell } };
    }),
  clearFilters: () => set({ filters: NO_FILTERS }),
  setSorting: (sorting) => set({ sorting }),
  setPanel: (panel) => set({ panel }),
  announce: (notice) => set({ notice }),
  bind: (wb) => set((s) => (s.wb === wb ? s : { ...INITIAL, wb })),
}));
