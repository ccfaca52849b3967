import { useTranslation } from 'react-i18next';

export function GapAnalysis() {
  const { t } = useTranslation();
  return <h2>{t('gap.title')}</h2>;
}
