import { useTranslation } from 'react-i18next';
import { useRecords } from '../store/records';

/** Every edit is committed as it is made; this only tells the consultant that it has been. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const pending = useRecords((s) => s.pending);
  return (
    <span className="save-indicator" role="status" data-saved={pending === 0}>
      {pending > 0 ? t('status.saving') : t('status.saved')}
    </span>
  );
}
