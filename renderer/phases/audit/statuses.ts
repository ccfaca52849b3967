import type { Audit } from '../../../shared/schemas/audit';

/** Shared by audits and management reviews; labels under audit.auditStatus. */
export const AUDIT_STATUSES = [
  'planned',
  'in-progress',
  'done',
] as const satisfies readonly Audit['status'][];
