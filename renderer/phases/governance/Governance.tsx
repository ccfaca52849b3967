import { useTranslation } from 'react-i18next';

export function Governance() {
  const { t } = useTranslation();
  return <h2>{t('governance.title')}</h2>;
}
