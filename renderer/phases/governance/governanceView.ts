import { create } from 'zustand';

export const GOVERNANCE_TABS = ['roles', 'policy', 'objectives', 'competence', 'soa'] as const;
export type GovernanceTab = (typeof GOVERNANCE_TABS)[number];

export const SOA_FILTERS = ['all', 'open', 'differs'] as const;
export type SoaFilter = (typeof SOA_FILTERS)[number];

/** UI-only state of the governance phase, kept here so it survives switching phases. */
interface GovernanceViewState {
  tab: GovernanceTab;
  soaFilter: SoaFilter;
  /** Controls whose SoA details (all reasons, notes) are open. */
  soaDetails: readonly string[];
  showTab(tab: GovernanceTab): void;
  setSoaFilter(filter: SoaFilter): void;
  toggleSoaDetails(controlId: string): void;
}

export const useGovernanceView = create<GovernanceViewState>((set) => ({
  tab: 'roles',
  soaFilter: 'all',
  soaDetails: [],
  showTab: (tab) => set({ tab }),
  setSoaFilter: (soaFilter) => set({ soaFilter }),
  toggleSoaDetails: (controlId) =>
    set((s) => ({
      soaDetails: s.soaDetails.includes(controlId)
        ? s.soaDetails.filter((id) => id !== controlId)
        : [...s.soaDetails, controlId],
    })),
}));
