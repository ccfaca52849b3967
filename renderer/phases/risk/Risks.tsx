import { useTranslation } from 'react-i18next';

export function Risks() {
  const { t } = useTranslation();
  return <h2>{t('risk.title')}</h2>;
}
