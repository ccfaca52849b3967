import { useTranslation } from 'react-i18next';

export function AuditReadiness() {
  const { t } = useTranslation();
  return <h2>{t('audit.title')}</h2>;
}
