import { useTranslation } from 'react-i18next';
import type { ManagementSystem } from '../../../shared/schemas/integration';

/** How a reference cites the standard: the norm's number, or "GDPR"/"DSGVO" for a privacy programme. */
export function useReferencePrefix() {
  const { t } = useTranslation();
  return (standard: ManagementSystem['standard']) =>
    standard === 'gdpr' ? t('integration.crosswalk.gdpr') : t(`integration.standards.${standard}`);
}
