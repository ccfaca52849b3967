import { useTranslation } from 'react-i18next';
import type { ImpactAssessment as Impact } from '../../../../shared/schemas/risk';
import { useList } from '../../../store/records';
import { storedResult } from '../classification/storedResult';
import { TextField } from '../../../components/form/TextField';
import { DateField } from '../../../components/form/DateField';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useFormats } from '../../../i18n/formats';
import { NoSystems, SystemSelect } from '../SystemSelect';
import { useClassifications, useSelectedSystem } from '../systems';
import { saveImpact } from './saveImpact';

type TextField = Exclude<keyof Impact, 'id' | 'aiSystemId' | 'assessor' | 'assessedOn' | 'updatedAt'>;
const TEXT_FIELDS: readonly TextField[] = [
  'affectedGroups',
  'individualImpact',
  'fundamentalRights',
  'societalImpact',
  'mitigation',
  'humanOversight',
];

/**
 * The AI system impact assessment (ISO/IEC 42001 6.1.4, A.5). Each field says which item of an Art. 27
 * FRIA and of a GDPR Art. 35 DPIA it feeds, so the record can be carried over into either.
 */
export function ImpactAssessment() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const format = useFormats();
  const { systems, system } = useSelectedSystem();
  const impacts = useList('impact');
  const classifications = useClassifications();
  if (!systems || !impacts) return <p aria-busy="true">…</p>;
  if (!system) return <NoSystems />;

  const record = impacts.find((i) => i.aiSystemId === system.id);
  const save = (patch: Partial<Omit<Impact, 'id' | 'aiSystemId' | 'updatedAt'>>) =>
    saveImpact(system.id, record, patch);
  const result = storedResult(classifications.get(system.id));
  const fria = result?.status === 'complete' && result.tier !== null ? result.fria : null;

  return (
    <div className="impact">
      <div className="toolbar">
        <SystemSelect systems={systems} system={system} />
        {record && (
          <span className="toolbar-status muted">
            {t('risk.impact.updated', { date: format.day(record.updatedAt.slice(0, 10)) })}
          </span>
        )}
      </div>
      <section className="card impact-card" aria-labelledby="impact-title" key={system.id}>
        <h3 id="impact-title">{t('risk.impact.title', { name: system.name })}</h3>
        <p className="usable-for">
          {t('risk.impact.usableFor')} <span className="chip">{t('risk.impact.fria')}</span>{' '}
          <span className="chip">{t('risk.impact.dpia')}</span>
        </p>
        {fria && (
          <p className="notice" data-required={fria.required}>
            {fria.reason[lang]}
          </p>
        )}
        <div className="impact-fields">
          {TEXT_FIELDS.map((field) => (
            <TextField
              key={field}
              label={t(`risk.impact.fields.${field}.label`)}
              hint={t(`risk.impact.fields.${field}.hint`)}
              value={record?.[field] ?? ''}
              multiline
              rows={4}
              onSave={(value) => save({ [field]: value })}
            />
          ))}
        </div>
        <div className="field-row narrow">
          <TextField
            label={t('risk.impact.assessor')}
            value={record?.assessor ?? ''}
            onSave={(assessor) => save({ assessor })}
          />
          <DateField
            label={t('risk.impact.assessedOn')}
            value={record?.assessedOn ?? null}
            onSave={(assessedOn) => save({ assessedOn })}
          />
        </div>
      </section>
    </div>
  );
}
