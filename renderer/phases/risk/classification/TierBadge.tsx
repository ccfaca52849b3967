import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../shared/schemas/risk';

type TierState = NonNullable<Classification['tier']> | 'none' | 'incomplete' | 'out-of-scope';

/** Where a recorded classification stands: not started, incomplete, out of scope or its tier. */
function tierState(classification: Classification | undefined): TierState {
  if (!classification) return 'none';
  if (!classification.complete) return 'incomplete';
  return classification.tier ?? 'out-of-scope';
}

export function TierBadge({ classification }: { classification: Classification | undefined }) {
  const { t } = useTranslation();
  const state = tierState(classification);
  return (
    <span className="tier-badge" data-tier={state}>
      {t(`risk.tiers.${state}`)}
    </span>
  );
}
