import { create } from 'zustand';
import type { DocumentStatus } from '../../../shared/catalog/vocab/audit';

export type AuditTab = 'documents' | 'audits' | 'review' | 'nonconformities' | 'readiness';
export type DocumentFilter = 'all' | 'own' | DocumentStatus;

/** UI state of the audit-readiness phase, kept here so it survives switching phases. */
interface AuditViewState {
  tab: AuditTab;
  documentFilter: DocumentFilter;
  /** The nonconformity open in the side form. */
  nonconformityId: string | null;
  setTab(tab: AuditTab): void;
  setDocumentFilter(filter: DocumentFilter): void;
  selectNonconformity(id: string | null): void;
}

export const useAuditView = create<AuditViewState>((set) => ({
  tab: 'documents',
  documentFilter: 'all',
  nonconformityId: null,
  setTab: (tab) => set({ tab }),
  setDocumentFilter: (documentFilter) => set({ documentFilter }),
  selectNonconformity: (nonconformityId) => set({ nonconformityId }),
}));
