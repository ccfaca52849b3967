import { create } from 'zustand';

export type IntegrationTab = 'systems' | 'crosswalk' | 'aiAct';
export type CrosswalkFilter = 'all' | 'clauses' | 'controls' | 'open' | 'covered';

/** UI state of the integration phase, kept here so it survives switching phases. */
interface IntegrationViewState {
  tab: IntegrationTab;
  /** The management system whose coverage the crosswalk edits; null picks the first one. */
  systemId: string | null;
  filter: CrosswalkFilter;
  aiActSearch: string;
  setTab(tab: IntegrationTab): void;
  showCrosswalk(systemId: string): void;
  setSystem(systemId: string): void;
  setFilter(filter: CrosswalkFilter): void;
  setAiActSearch(search: string): void;
}

export const useIntegrationView = create<IntegrationViewState>((set) => ({
  tab: 'systems',
  systemId: null,
  filter: 'all',
  aiActSearch: '',
  setTab: (tab) => set({ tab }),
  showCrosswalk: (systemId) => set({ tab: 'crosswalk', systemId }),
  setSystem: (systemId) => set({ systemId }),
  setFilter: (filter) => set({ filter }),
  setAiActSearch: (aiActSearch) => set({ aiActSearch }),
}));
