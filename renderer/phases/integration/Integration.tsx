import { useTranslation } from 'react-i18next';

export function Integration() {
  const { t } = useTranslation();
  return <h2>{t('integration.title')}</h2>;
}
