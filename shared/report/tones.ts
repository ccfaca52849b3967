/*
 * Which tone a vocabulary value takes in a report. Kept in one place so a verdict, a band or a status
 * looks the same in every table and chart of every report.
 */
import type { ActionStatus, Priority } from '../catalog/vocab/actions';
import type { Verdict } from '../catalog/vocab/assessment';
import type { DocumentStatus } from '../catalog/vocab/audit';
import type { RiskBand } from '../catalog/vocab/risk';
import type { ImplementationStatus } from '../catalog/vocab/soa';
import type { Tone } from './model';

export const VERDICT_TONES: Readonly<Record<Verdict, Tone>> = {
  conform: 'good',
  'minor-nc': 'warn',
  'major-nc': 'bad',
  observation: 'info',
  ofi: 'info',
  'not-applicable': 'muted',
  'not-assessed': 'muted',
};

export const BAND_TONES: Readonly<Record<RiskBand, Tone>> = {
  low: 'good',
  medium: 'warn',
  high: 'bad',
  critical: 'critical',
};

export const PRIORITY_TONES: Readonly<Record<Priority, Tone>> = {
  low: 'muted',
  medium: 'info',
  high: 'warn',
  critical: 'critical',
};

export const ACTION_STATUS_TONES: Readonly<Record<ActionStatus, Tone>> = {
  open: 'neutral',
  'in-progress': 'info',
  done: 'good',
  cancelled: 'muted',
};

export const DOCUMENT_STATUS_TONES: Readonly<Record<DocumentStatus, Tone>> = {
  missing: 'bad',
  draft: 'warn',
  'in-review': 'info',
  approved: 'good',
};

export const IMPLEMENTATION_TONES: Readonly<Record<ImplementationStatus, Tone>> = {
  'not-started': 'bad',
  planned: 'warn',
  partial: 'info',
  implemented: 'good',
};
