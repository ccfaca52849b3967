import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/schemas/assessment';
import type { Engagement } from '../../../shared/schemas/engagement';
import { unwrap, api, ApiError } from '../../api';
import { useWorkbook } from '../../store/workbook';

/** The engagement at a glance; the full dashboard grows here with the journey UI. */
export function Overview() {
  const { t } = useTranslation();
  const { open, fail } = useWorkbook();
  const [engagement, setEngagement] = useState<Engagement | null>(null);
  const [assessments, setAssessments] = useState<Assessment[]>([]);

  useEffect(() => {
    if (!open) return;
    const wb = open.wb;
    const load = async () => {
      try {
        setEngagement(await unwrap(api.engagement.get({ wb })));
        setAssessments(await unwrap(api.assessment.list({ wb })));
      } catch (error) {
        if (error instanceof ApiError) fail(error.error);
      }
    };
    void load();
    return api.events['workbook:changed']((event) => {
      if (event.wb === wb) void load();
    });
  }, [open, fail]);

  if (!open) return null;
  const rated = assessments.filter((a) => a.maturityCurrent !== null || a.verdict !== 'not-assessed').length;
  return (
    <div className="overview">
      <section className="card">
        <h2>{t('overview.engagement')}</h2>
        {engagement && (
          <dl>
            <dt>{t('wizard.clientName')}</dt>
            <dd>{engagement.clientName}</dd>
            <dt>{t('wizard.sector')}</dt>
            <dd>{engagement.sector}</dd>
            <dt>{t('wizard.scope')}</dt>
            <dd>{engagement.scopeStatement}</dd>
            <dt>{t('wizard.consultant')}</dt>
            <dd>
              {engagement.consultant} {engagement.firm && `(${engagement.firm})`}
            </dd>
          </dl>
        )}
        <p>{t('overview.catalogVersion', { version: open.catalogVersion })}</p>
      </section>
      <section className="card">
        <h2>{t('overview.progress')}</h2>
        <progress max={assessments.length || 1} value={rated} aria-label={t('overview.progress')} />
        <p data-testid="progress-text">{t('overview.itemsRated', { rated, total: assessments.length })}</p>
      </section>
    </div>
  );
}
