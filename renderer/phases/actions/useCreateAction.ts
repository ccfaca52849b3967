import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { todayIso } from '../../i18n/formats';
import { useActionView } from './actionView';

/** Creates a manual action starting today and opens it with its title ready to be typed over. */
export function useCreateAction(): () => Promise<void> {
  const { t } = useTranslation();
  const open = useActionView((s) => s.open);
  return async () => {
    const data = { title: t('actions.newTitle'), sourceKind: 'manual' as const, startDate: todayIso() };
    const action = await saveEdit((wb) => api.action.create({ wb, data }));
    if (action) open(action.id);
  };
}
