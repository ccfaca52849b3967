import type { Engagement } from '../../shared/schemas/engagement';
import { useRecord } from './records';

/** The engagement record, kept current: its language and AI Act regime steer templates, reports and the wizard. */
export const useEngagement = (): Engagement | null => useRecord('engagement') ?? null;
