import { create } from 'zustand';

export const PHASES = [
  'overview',
  'gap',
  'risk',
  'governance',
  'integration',
  'audit',
  'actions',
  'reports',
] as const;
export type Phase = (typeof PHASES)[number];

interface NavigationState {
  phase: Phase;
  /** The catalogue item shown in the gap analysis detail pane. */
  itemId: string | null;
  go(phase: Phase): void;
  /** Opens an item in the gap analysis, e.g. from a gap on the overview. */
  showItem(itemId: string): void;
  selectItem(itemId: string | null): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  phase: 'overview',
  itemId: null,
  go: (phase) => set({ phase }),
  showItem: (itemId) => set({ phase: 'gap', itemId }),
  selectItem: (itemId) => set({ itemId }),
}));

/** Where the consultant edits each kind of record: the undo toast's "show" link goes there. */
const PHASE_OF_ENTITY: Readonly<Record<string, Phase>> = {
  engagement: 'overview',
  session: 'gap',
  attendee: 'gap',
  assessment: 'gap',
  evidence: 'gap',
  aiSystem: 'risk',
  classification: 'risk',
  risk: 'risk',
  impact: 'risk',
  role: 'governance',
  raciActivity: 'governance',
  raci: 'governance',
  policy: 'governance',
  objective: 'governance',
  competence: 'governance',
  soa: 'governance',
  managementSystem: 'integration',
  coverage: 'integration',
  document: 'audit',
  audit: 'audit',
  review: 'audit',
  nonconformity: 'audit',
  action: 'actions',
  branding: 'reports',
};
export const phaseOfEntity = (entity: string): Phase => PHASE_OF_ENTITY[entity] ?? 'overview';
