import { useTranslation } from 'react-i18next';
import { priorityOfRisk } from '../../../../shared/domain/actionPriority';
import { SHORT_TEXT_MAX } from '../../../../shared/schemas/common';
import type { Risk } from '../../../../shared/schemas/risk';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { useRiskUi } from '../riskUi';

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
          priority: priorityOfRisk(risk),
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
