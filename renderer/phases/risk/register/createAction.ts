import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../../shared/catalog/vocab/actions';
import type { RiskBand } from '../../../../shared/catalog/vocab/risk';
import { riskBand } from '../../../../shared/domain/risk';
import { SHORT_TEXT_MAX } from '../../../../shared/schemas/common';
import type { Risk } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { useRiskUi } from '../riskUi';

/** A risk's band sets the urgency of the action that treats it; the scales share their four steps. */
const PRIORITY_OF_BAND: Readonly<Record<RiskBand, Priority>> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
};

/** Raises an action on the roadmap from a risk, pre-filled from its treatment, and says so. */
export function useCreateAction(): (risk: Risk) => Promise<void> {
  const { t } = useTranslation();
  return async (risk) => {
    const action = await saveEdit((wb) =>
      api.action.create({
        wb,
        data: {
          title: t('risk.register.actionTitle', { title: risk.title }).slice(0, SHORT_TEXT_MAX),
          description: risk.treatmentPlan,
          sourceKind: 'risk',
          sourceId: risk.id,
          owner: risk.owner,
          priority: PRIORITY_OF_BAND[riskBand(risk.likelihood, risk.impact)],
          dueDate: risk.dueDate,
          status: 'open',
        },
      }),
    );
    if (action) {
      useRiskUi.getState().announce(t('risk.register.actionCreated', { action: action.ref, risk: risk.ref }));
    }
  };
}
