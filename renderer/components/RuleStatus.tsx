import { CheckCircle2, CircleAlert, CircleHelp, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ReadinessRule } from '../../shared/domain/readiness';
import './ruleStatus.css';

type Status = ReadinessRule['status'];

const ICONS: Record<Status, LucideIcon> = {
  met: CheckCircle2,
  'not-met': CircleAlert,
  unknown: CircleHelp,
};

/** A readiness rule's status told by shape and colour, and by name to screen readers. */
export function RuleStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  const Icon = ICONS[status];
  return (
    <Icon
      size={18}
      role="img"
      aria-label={t(`ruleStatus.${status}`)}
      className="rule-status-icon"
      data-status={status}
    />
  );
}
