import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useWorkbook } from '../../store/workbook';
import { BrandingSettings } from './BrandingSettings';
import { Deliverables } from './Deliverables';
import './reports.css';

/** What the client takes home: PDF reports, spreadsheets and the archive, with the firm's branding. */
export function Reports() {
  const { t } = useTranslation();
  const wb = useWorkbook((s) => s.open?.wb);
  const [language, setLanguage] = useState<'de' | 'en' | null>(null);
  useEffect(() => {
    if (!wb) return;
    void api.engagement.get({ wb }).then((result) => result.ok && setLanguage(result.value.language));
  }, [wb]);
  return (
    <div className="reports">
      <h2>{t('reports.title')}</h2>
      <div className="reports-grid">
        <div>{language && <Deliverables engagementLanguage={language} />}</div>
        <BrandingSettings />
      </div>
    </div>
  );
}
