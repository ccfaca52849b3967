/**
 * The inputs a management review must consider (ISO/IEC 42001 9.3.2), split so each can be ticked off
 * on its own; the performance trends of item d) are three separate inputs. The ids are stored in
 * ManagementReview.inputsCovered; their labels are under audit.review.inputs.
 */
export const REVIEW_INPUTS = [
  'previous-actions',
  'context-changes',
  'interested-parties',
  'nonconformity-trends',
  'monitoring-results',
  'audit-results',
  'improvement-opportunities',
] as const;
export type ReviewInput = (typeof REVIEW_INPUTS)[number];
