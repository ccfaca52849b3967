import type { z } from 'zod';
import type { Lang } from '../catalog/types';
import type { CatalogItemSchema } from '../contract/catalog';
import type { Action } from '../schemas/action';
import type { Assessment, Evidence } from '../schemas/assessment';
import type { Audit, DocumentRecord, ManagementReview, Nonconformity } from '../schemas/audit';
import type { Branding } from '../schemas/branding';
import type { Attendee, Engagement, WorkshopSession } from '../schemas/engagement';
import type { Objective, SoaEntry } from '../schemas/governance';
import type { Coverage, ManagementSystem } from '../schemas/integration';
import type { AiSystem, Classification, ImpactAssessment, Risk } from '../schemas/risk';
import type { ReportType } from './model';

/**
 * The workbook as a report reads it: the records the contract's list channels return, the catalogue
 * snapshot the workbook was created with, and the logos as validated data URIs.
 */
export interface ReportData {
  readonly engagement: Engagement;
  /** The catalogue version recorded in the workbook (meta 'catalogVersion'). */
  readonly catalogVersion: string;
  readonly catalog: readonly z.output<typeof CatalogItemSchema>[];
  readonly assessments: readonly Assessment[];
  readonly evidence: readonly Evidence[];
  readonly aiSystems: readonly AiSystem[];
  readonly classifications: readonly Classification[];
  readonly impactAssessments: readonly ImpactAssessment[];
  readonly risks: readonly Risk[];
  readonly soa: readonly SoaEntry[];
  readonly objectives: readonly Objective[];
  readonly managementSystems: readonly ManagementSystem[];
  readonly coverage: readonly Coverage[];
  readonly documents: readonly DocumentRecord[];
  readonly audits: readonly Audit[];
  readonly reviews: readonly ManagementReview[];
  readonly nonconformities: readonly Nonconformity[];
  readonly actions: readonly Action[];
  readonly sessions: readonly WorkshopSession[];
  readonly attendees: readonly Attendee[];
  readonly branding: Omit<Branding, 'firmLogo' | 'clientLogo'>;
  readonly logos: { readonly firm: string | null; readonly client: string | null };
}

export interface ReportOptions {
  readonly type: ReportType;
  readonly lang: Lang;
  /** The moment of generation as an ISO timestamp; the report date is its calendar day. */
  readonly now: string;
  /** Document version shown on the cover and in the document control; '1.0' unless given. */
  readonly version?: string;
}
