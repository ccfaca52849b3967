/*
 * Register of documented information ISO/IEC 42001 requires: clause-level items always, Annex A items
 * only for controls the SoA marks applicable. The register in the workbook is pre-filled from this list
 * (DocumentSchema.requirementKey holds the id).
 */
import type { Text } from '../catalog/types';
import { ANNEX_A_DOCUMENTS } from './documents.annexA';
import { CLAUSE_DOCUMENTS } from './documents.clauses';

/** 'document': maintained and approved; 'record': retained as evidence of what was done. */
export type DocumentKind = 'document' | 'record';

export interface RequiredDocument {
  readonly id: string;
  /** The clause or Annex A control that asks for it. */
  readonly itemId: string;
  readonly kind: DocumentKind;
  readonly title: Text;
  readonly description: Text;
  /** Annex A control that must be applicable for the item to be required. */
  readonly conditional?: string;
}

export const REQUIRED_DOCUMENTS = [...CLAUSE_DOCUMENTS, ...ANNEX_A_DOCUMENTS] as const;
export type RequiredDocumentId = (typeof REQUIRED_DOCUMENTS)[number]['id'];

const BY_ID: ReadonlyMap<string, RequiredDocument> = new Map(REQUIRED_DOCUMENTS.map((d) => [d.id, d]));

export function requiredDocument(id: string): RequiredDocument | undefined {
  return BY_ID.get(id);
}

/** The required documents and records that apply, in REQUIRED_DOCUMENTS order. */
export function documentRegister(applicableControls: ReadonlySet<string>): RequiredDocument[] {
  return REQUIRED_DOCUMENTS.filter(
    (d: RequiredDocument) => d.conditional === undefined || applicableControls.has(d.conditional),
  );
}
