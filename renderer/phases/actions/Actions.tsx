import { useTranslation } from 'react-i18next';

export function Actions() {
  const { t } = useTranslation();
  return <h2>{t('actions.title')}</h2>;
}
