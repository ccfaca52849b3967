import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '../../../shared/schemas/audit';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/form/DateField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { AUDIT_STATUSES } from './statuses';

type Patch = Parameters<typeof api.audit.update>[0]['patch'];

/** One internal audit of the programme (ISO 42001 9.2), every field saved as it is edited. */
export function AuditCard({ audit }: { audit: Audit }) {
  const { t } = useTranslation();
  const save = (patch: Patch) => saveEdit((wb) => api.audit.update({ wb, id: audit.id, patch }));
  const headingId = `audit-${audit.id}`;
  return (
    <article className="card audit-record-card" aria-labelledby={headingId} data-status={audit.status}>
      <header>
        <h3 id={headingId}>{audit.title}</h3>
        <span className="kit-chip audit-status-chip" data-status={audit.status}>
          {t(`audit.auditStatus.${audit.status}`)}
        </span>
        <span className="kit-spacer" />
        <ConfirmButton
          label={t('audit.audits.delete', { name: audit.title })}
          confirmLabel={t('audit.confirmDelete')}
          onConfirm={() => saveEdit((wb) => api.audit.delete({ wb, id: audit.id }))}
        >
          <Trash2 size={16} aria-hidden />
        </ConfirmButton>
      </header>
      <div className="kit-field-grid">
        <TextField
          label={t('audit.audits.title')}
          value={audit.title}
          required
          onSave={(title) => save({ title })}
        />
        <TextField
          label={t('audit.audits.auditor')}
          value={audit.auditor}
          onSave={(auditor) => save({ auditor })}
        />
        <DateField
          label={t('audit.audits.planned')}
          value={audit.plannedDate}
          onSave={(plannedDate) => save({ plannedDate })}
        />
        <DateField
          label={t('audit.audits.performed')}
          value={audit.performedDate}
          onSave={(performedDate) => save({ performedDate })}
        />
        <SelectField
          label={t('audit.audits.status')}
          value={audit.status}
          options={AUDIT_STATUSES.map((id) => ({ value: id, label: t(`audit.auditStatus.${id}`) }))}
          onChange={(status) => save({ status })}
        />
        <TextField
          className="kit-wide"
          label={t('audit.audits.scope')}
          value={audit.scope}
          multiline
          onSave={(scope) => save({ scope })}
        />
        <TextField
          className="kit-wide"
          label={t('audit.audits.summary')}
          value={audit.summary}
          multiline
          onSave={(summary) => save({ summary })}
        />
      </div>
    </article>
  );
}
