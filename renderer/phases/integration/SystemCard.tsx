import { Network, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ManagementSystem } from '../../../shared/schemas/integration';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/form/DateField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { todayIso, useFormats } from '../../i18n/formats';
import { useIntegrationView } from './integrationView';
import { STANDARDS } from './standards';

const CERTIFICATE_STATUSES = [
  'certified',
  'in-progress',
  'planned',
  'none',
] as const satisfies readonly ManagementSystem['certificateStatus'][];

type Patch = Parameters<typeof api.managementSystem.update>[0]['patch'];

/** One existing management system with its certificate, every field saved as it is edited. */
export function SystemCard({ system, coverageCount }: { system: ManagementSystem; coverageCount: number }) {
  const { t } = useTranslation();
  const dates = useFormats();
  const showCrosswalk = useIntegrationView((s) => s.showCrosswalk);
  const save = (patch: Patch) => saveEdit((wb) => api.managementSystem.update({ wb, id: system.id, patch }));
  const expired =
    system.certificateStatus === 'certified' && !!system.validUntil && system.validUntil < todayIso();
  const headingId = `system-${system.id}`;
  return (
    <article className="card integ-system-card" aria-labelledby={headingId} data-standard={system.standard}>
      <header>
        <h3 id={headingId}>{system.name}</h3>
        <span className="kit-chip integ-standard-chip">{t(`integration.standards.${system.standard}`)}</span>
        <span
          className="kit-chip integ-certificate-chip"
          data-status={expired ? 'expired' : system.certificateStatus}
        >
          {expired
            ? t('integration.systems.expired')
            : t(`integration.certificate.${system.certificateStatus}`)}
          {system.validUntil && !expired && system.certificateStatus === 'certified'
            ? ` · ${t('integration.systems.validTo', { date: dates.day(system.validUntil) })}`
            : ''}
        </span>
        <span className="kit-spacer" />
        <button type="button" className="kit-quiet kit-icon-button" onClick={() => showCrosswalk(system.id)}>
          <Network size={16} aria-hidden />
          {t('integration.systems.covers', { count: coverageCount })}
        </button>
        <ConfirmButton
          label={t('integration.systems.delete', { name: system.name })}
          confirmLabel={t('integration.systems.confirmDelete')}
          onConfirm={() => saveEdit((wb) => api.managementSystem.delete({ wb, id: system.id }))}
        >
          <Trash2 size={16} aria-hidden />
        </ConfirmButton>
      </header>
      <div className="kit-field-grid">
        <TextField
          label={t('integration.systems.name')}
          value={system.name}
          required
          onSave={(name) => save({ name })}
        />
        <SelectField
          label={t('integration.systems.standard')}
          value={system.standard}
          options={STANDARDS.map((id) => ({ value: id, label: t(`integration.standards.${id}`) }))}
          onChange={(standard) => save({ standard })}
        />
        <SelectField
          label={t('integration.systems.certificateStatus')}
          value={system.certificateStatus}
          options={CERTIFICATE_STATUSES.map((id) => ({
            value: id,
            label: t(`integration.certificate.${id}`),
          }))}
          onChange={(certificateStatus) => save({ certificateStatus })}
        />
        <TextField
          label={t('integration.systems.body')}
          value={system.certificationBody}
          onSave={(certificationBody) => save({ certificationBody })}
        />
        <DateField
          label={t('integration.systems.validUntil')}
          value={system.validUntil}
          onSave={(validUntil) => save({ validUntil })}
        />
        <TextField
          className="kit-wide"
          label={t('integration.systems.scope')}
          value={system.scope}
          multiline
          onSave={(scope) => save({ scope })}
        />
      </div>
    </article>
  );
}
