import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ManagementReview } from '../../../shared/schemas/audit';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DateField } from '../../components/form/DateField';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useFormats } from '../../i18n/formats';
import { usePending } from '../../components/form/usePending';
import { REVIEW_INPUTS } from './reviewInputs';
import { AUDIT_STATUSES } from './statuses';

type Patch = Parameters<typeof api.review.update>[0]['patch'];

/** One management review: when, who, which 9.3.2 inputs were covered, and what was decided. */
export function ReviewCard({ review }: { review: ManagementReview }) {
  const { t } = useTranslation();
  const dates = useFormats();
  const save = (patch: Patch) => saveEdit((wb) => api.review.update({ wb, id: review.id, patch }));
  const [inputs, setInputs] = usePending(review.inputsCovered);
  const covered = new Set(inputs);
  const toggle = (input: string, on: boolean) => {
    const inputsCovered = on ? [...inputs, input] : inputs.filter((id) => id !== input);
    setInputs(inputsCovered);
    return save({ inputsCovered });
  };
  const date = review.heldDate ?? review.plannedDate;
  const name = date ? t('audit.review.titleOn', { date: dates.day(date) }) : t('audit.review.title');
  const headingId = `review-${review.id}`;
  const inputsId = `${headingId}-inputs`;
  return (
    <article className="card audit-record-card" aria-labelledby={headingId} data-status={review.status}>
      <header>
        <h3 id={headingId}>{name}</h3>
        <span className="kit-chip audit-status-chip" data-status={review.status}>
          {t(`audit.auditStatus.${review.status}`)}
        </span>
        <span className="kit-spacer" />
        <ConfirmButton
          label={t('audit.review.delete', { name })}
          confirmLabel={t('audit.confirmDelete')}
          onConfirm={() => saveEdit((wb) => api.review.delete({ wb, id: review.id }))}
        >
          <Trash2 size={16} aria-hidden />
        </ConfirmButton>
      </header>
      <div className="audit-review-body">
        <div className="kit-field-grid">
          <DateField
            label={t('audit.review.planned')}
            value={review.plannedDate}
            onSave={(plannedDate) => save({ plannedDate })}
          />
          <DateField
            label={t('audit.review.held')}
            value={review.heldDate}
            onSave={(heldDate) => save({ heldDate })}
          />
          <SelectField
            label={t('audit.review.status')}
            value={review.status}
            options={AUDIT_STATUSES.map((id) => ({ value: id, label: t(`audit.auditStatus.${id}`) }))}
            onChange={(status) => save({ status })}
          />
          <TextField
            className="kit-wide"
            label={t('audit.review.participants')}
            value={review.participants}
            onSave={(participants) => save({ participants })}
          />
          <TextField
            className="kit-wide"
            label={t('audit.review.decisions')}
            value={review.decisions}
            multiline
            onSave={(decisions) => save({ decisions })}
          />
        </div>
        <fieldset className="audit-checklist" aria-describedby={inputsId}>
          <legend>{t('audit.review.inputsTitle')}</legend>
          <p id={inputsId} className="kit-figure">
            {t('audit.review.inputsCovered', {
              covered: REVIEW_INPUTS.filter((id) => covered.has(id)).length,
              total: REVIEW_INPUTS.length,
            })}
          </p>
          {REVIEW_INPUTS.map((input) => (
            <label key={input} className="audit-check">
              <input
                type="checkbox"
                checked={covered.has(input)}
                onChange={(e) => void toggle(input, e.target.checked)}
              />
              <span>{t(`audit.review.inputs.${input}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </article>
  );
}
