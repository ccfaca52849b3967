import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementCreate } from '../../shared/schemas/engagement';

/** The new-engagement wizard: who the client is, what is in scope, and who reports in which language. */
export function NewEngagementForm({
  onCreate,
  onCancel,
}: {
  onCreate: (e: EngagementCreate) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<EngagementCreate>({
    clientName: '',
    sector: '',
    scopeStatement: '',
    consultant: '',
    firm: '',
    language: 'de',
  });
  const [missing, setMissing] = useState(false);
  const field = (key: keyof EngagementCreate) => ({
    id: `engagement-${key}`,
    value: String(form[key] ?? ''),
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.clientName.trim()) return setMissing(true);
    onCreate({ ...form, clientName: form.clientName.trim() });
  };
  return (
    <form className="card wizard" onSubmit={submit} aria-labelledby="wizard-title">
      <h2 id="wizard-title">{t('wizard.title')}</h2>
      <label htmlFor="engagement-clientName">{t('wizard.clientName')}</label>
      <input {...field('clientName')} autoFocus required aria-invalid={missing} />
      {missing && <p className="field-error">{t('wizard.required')}</p>}
      <label htmlFor="engagement-sector">{t('wizard.sector')}</label>
      <input {...field('sector')} />
      <label htmlFor="engagement-scopeStatement">{t('wizard.scope')}</label>
      <textarea {...field('scopeStatement')} rows={3} />
      <label htmlFor="engagement-consultant">{t('wizard.consultant')}</label>
      <input {...field('consultant')} />
      <label htmlFor="engagement-firm">{t('wizard.firm')}</label>
      <input {...field('firm')} />
      <label htmlFor="engagement-language">{t('wizard.language')}</label>
      <select {...field('language')}>
        <option value="de">{t('languages.de')}</option>
        <option value="en">{t('languages.en')}</option>
      </select>
      <div className="buttons">
        <button type="button" onClick={onCancel}>
          {t('wizard.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('wizard.create')}
        </button>
      </div>
    </form>
  );
}
