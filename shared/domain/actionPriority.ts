import type { Priority } from '../catalog/vocab/actions';
import type { Verdict } from '../catalog/vocab/assessment';
import type { RiskBand } from '../catalog/vocab/risk';
import { riskBand } from './risk';

/** How urgent closing a gap is, from its verdict: a major nonconformity blocks certification. */
const PRIORITY_OF_VERDICT: Partial<Readonly<Record<Verdict, Priority>>> = {
  'major-nc': 'critical',
  'minor-nc': 'high',
  observation: 'medium',
  ofi: 'low',
};

/** The priority of an action raised from a gap; an item not yet judged gets the middle one. */
export const priorityOfGap = (verdict: Verdict | undefined): Priority =>
  (verdict && PRIORITY_OF_VERDICT[verdict]) ?? 'medium';

/** A risk's band sets the urgency of the action that treats it; the scales share their four steps. */
const PRIORITY_OF_BAND: Readonly<Record<RiskBand, Priority>> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
};

/** The priority of an action raised from a risk, from its inherent rating. */
export const priorityOfRisk = (risk: { likelihood: number; impact: number }): Priority =>
  PRIORITY_OF_BAND[riskBand(risk.likelihood, risk.impact)];
