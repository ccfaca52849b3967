import { ListPlus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NC_SEVERITIES,
  NC_SEVERITY_LABELS,
  NC_STATUSES,
  NC_STATUS_LABELS,
} from '../../../shared/catalog/vocab/audit';
import type { Nonconformity } from '../../../shared/schemas/audit';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { ItemSelect } from './ItemSelect';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/form/DateField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { vocabularyOptions } from '../../components/form/vocabularyOptions';

type Patch = Parameters<typeof api.nonconformity.update>[0]['patch'];

/** A major finding blocks certification, so its corrective action goes to the top of the plan. */
const PRIORITY_BY_SEVERITY = { major: 'critical', minor: 'high', observation: 'medium' } as const;

/** The nonconformity and its handling (ISO 42001 10.2): root cause, correction, corrective action. */
export function NonconformityForm({ nc }: { nc: Nonconformity }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [added, setAdded] = useState<string | null>(null);
  const save = (patch: Patch) => saveEdit((wb) => api.nonconformity.update({ wb, id: nc.id, patch }));
  const addAction = async () => {
    const data = {
      title: (
        nc.correctiveAction.split('\n')[0]?.trim() || t('audit.nc.actionTitle', { title: nc.title })
      ).slice(0, 500),
      description: nc.correctiveAction,
      sourceKind: 'nonconformity' as const,
      sourceId: nc.id,
      owner: nc.owner,
      dueDate: nc.dueDate,
      priority: PRIORITY_BY_SEVERITY[nc.severity],
    };
    const action = await saveEdit((wb) => api.action.create({ wb, data }));
    if (action) setAdded(action.ref);
  };
  const headingId = `nc-${nc.id}`;
  return (
    <section className="card audit-side-form" aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>
          <span className="kit-muted">{nc.ref}</span> {nc.title}
        </h3>
        <ConfirmButton
          label={t('audit.nc.delete', { name: nc.title })}
          confirmLabel={t('audit.confirmDelete')}
          onConfirm={() => saveEdit((wb) => api.nonconformity.delete({ wb, id: nc.id }))}
        >
          <Trash2 size={16} aria-hidden />
        </ConfirmButton>
      </header>
      <div className="kit-field-grid">
        <TextField
          className="kit-wide"
          label={t('audit.nc.title')}
          value={nc.title}
          required
          onSave={(title) => save({ title })}
        />
        <SelectField
          label={t('audit.nc.severity')}
          value={nc.severity}
          options={vocabularyOptions(NC_SEVERITIES, NC_SEVERITY_LABELS, lang)}
          onChange={(severity) => save({ severity })}
        />
        <SelectField
          label={t('audit.nc.status')}
          value={nc.status}
          options={vocabularyOptions(NC_STATUSES, NC_STATUS_LABELS, lang)}
          onChange={(status) => save({ status })}
        />
        <ItemSelect
          label={t('audit.nc.item')}
          value={nc.itemId ?? ''}
          onChange={(itemId) => save({ itemId: itemId || null })}
        />
        <TextField label={t('audit.nc.source')} value={nc.source} onSave={(source) => save({ source })} />
        <TextField label={t('audit.nc.owner')} value={nc.owner} onSave={(owner) => save({ owner })} />
        <DateField label={t('audit.nc.due')} value={nc.dueDate} onSave={(dueDate) => save({ dueDate })} />
        <TextField
          className="kit-wide"
          label={t('audit.nc.description')}
          value={nc.description}
          multiline
          onSave={(description) => save({ description })}
        />
        <TextField
          className="kit-wide"
          label={t('audit.nc.rootCause')}
          value={nc.rootCause}
          multiline
          onSave={(rootCause) => save({ rootCause })}
        />
        <TextField
          className="kit-wide"
          label={t('audit.nc.correction')}
          value={nc.correction}
          multiline
          onSave={(correction) => save({ correction })}
        />
        <TextField
          className="kit-wide"
          label={t('audit.nc.correctiveAction')}
          value={nc.correctiveAction}
          multiline
          onSave={(correctiveAction) => save({ correctiveAction })}
        />
      </div>
      <div className="audit-buttons">
        <button type="button" className="kit-icon-button" onClick={() => void addAction()}>
          <ListPlus size={16} aria-hidden /> {t('audit.nc.addAction')}
        </button>
        {added && (
          <p role="status" className="kit-muted">
            {t('audit.nc.actionAdded', { ref: added })}
          </p>
        )}
      </div>
    </section>
  );
}
