import { useTranslation } from 'react-i18next';

export function Reports() {
  const { t } = useTranslation();
  return <h2>{t('reports.title')}</h2>;
}
