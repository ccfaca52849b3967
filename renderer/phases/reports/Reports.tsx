import { useTranslation } from 'react-i18next';
import { useEngagement } from '../../store/engagement';
import { BrandingSettings } from './BrandingSettings';
import { Deliverables } from './Deliverables';
import './reports.css';

/** What the client takes home: PDF reports, spreadsheets and the archive, with the firm's branding. */
export function Reports() {
  const { t } = useTranslation();
  const language = useEngagement()?.language;
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
