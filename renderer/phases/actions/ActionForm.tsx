import { ExternalLink, Trash2, X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
} from '../../../shared/catalog/vocab/actions';
import type { Action } from '../../../shared/schemas/action';
import { api } from '../../api';
import { useNavigation } from '../../store/navigation';
import { saveEdit } from '../../store/records';
import { useAuditView } from '../audit/auditView';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/form/DateField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { dateLocale } from '../../i18n/formats';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { vocabularyOptions } from '../../components/form/vocabularyOptions';
import { useActionView } from './actionView';
import { EffortField } from './EffortField';
import { useSourceLabel } from './useSourceLabel';

type Patch = Parameters<typeof api.action.update>[0]['patch'];

/** Edits one action beside the table or roadmap; every field saves on its own. */
export function ActionForm({ action, owners }: { action: Action; owners: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { focusTitleId, titleFocused, select } = useActionView();
  const { showItem, go } = useNavigation();
  const source = useSourceLabel();
  const title = useRef<HTMLInputElement>(null);
  const save = (patch: Patch) => saveEdit((wb) => api.action.update({ wb, id: action.id, patch }));

  useEffect(() => {
    if (focusTitleId !== action.id || !title.current) return;
    title.current.focus();
    title.current.select();
    titleFocused();
  }, [focusTitleId, action.id, titleFocused]);

  const openSource = () => {
    if (action.sourceKind === 'gap' && action.sourceId) showItem(action.sourceId);
    else if (action.sourceKind === 'risk') go('risk');
    else if (action.sourceKind === 'nonconformity') {
      useAuditView.getState().setTab('nonconformities');
      useAuditView.getState().selectNonconformity(action.sourceId);
      go('audit');
    }
  };
  const datesWrong = !!action.startDate && !!action.dueDate && action.dueDate < action.startDate;
  return (
    <aside className="card act-action-form" aria-labelledby="action-form-title">
      <header>
        <h3 id="action-form-title">
          <span className="kit-muted">{action.ref}</span> {t('actions.form.title')}
        </h3>
        <ConfirmButton
          label={t('actions.form.delete', { ref: action.ref })}
          confirmLabel={t('actions.form.confirmDelete')}
          onConfirm={async () => {
            if (await saveEdit((wb) => api.action.delete({ wb, id: action.id }))) select(null);
          }}
        >
          <Trash2 size={16} aria-hidden />
        </ConfirmButton>
        <button
          type="button"
          className="kit-quiet kit-icon-button"
          aria-label={t('actions.form.close')}
          title={t('actions.form.close')}
          onClick={() => select(null)}
        >
          <X size={16} aria-hidden />
        </button>
      </header>
      <div className="kit-field-grid">
        <TextField
          className="kit-wide"
          label={t('actions.fields.title')}
          value={action.title}
          required
          inputRef={title}
          onSave={(next) => save({ title: next })}
        />
        <SelectField
          label={t('actions.fields.priority')}
          value={action.priority}
          options={vocabularyOptions(PRIORITIES, PRIORITY_LABELS, lang)}
          onChange={(priority) => save({ priority })}
        />
        <SelectField
          label={t('actions.fields.status')}
          value={action.status}
          options={vocabularyOptions(ACTION_STATUSES, ACTION_STATUS_LABELS, lang)}
          onChange={(status) => save({ status })}
        />
        <TextField
          label={t('actions.fields.owner')}
          value={action.owner}
          list="action-owners"
          onSave={(owner) => save({ owner })}
        />
        <EffortField
          label={t('actions.fields.effort')}
          value={action.effortDays}
          locale={dateLocale(lang)}
          onSave={(effortDays) => save({ effortDays })}
        />
        <DateField
          label={t('actions.fields.start')}
          value={action.startDate}
          onSave={(startDate) => save({ startDate })}
        />
        <DateField
          label={t('actions.fields.due')}
          value={action.dueDate}
          onSave={(dueDate) => save({ dueDate })}
        />
        {datesWrong && (
          <p className="kit-wide act-field-warning" role="alert">
            {t('actions.form.dueBeforeStart')}
          </p>
        )}
        <TextField
          className="kit-wide"
          label={t('actions.fields.description')}
          value={action.description}
          multiline
          onSave={(description) => save({ description })}
        />
      </div>
      <p className="act-source-line">
        <span className="kit-muted">{t('actions.fields.source')}:</span> {source(action)}
        {action.sourceKind !== 'manual' && (
          <button type="button" className="kit-quiet kit-icon-button" onClick={openSource}>
            <ExternalLink size={14} aria-hidden /> {t('actions.form.openSource')}
          </button>
        )}
      </p>
      <datalist id="action-owners">
        {owners.map((owner) => (
          <option key={owner} value={owner} />
        ))}
      </datalist>
    </aside>
  );
}
