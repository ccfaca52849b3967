import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { saveEdit, useList } from '../../store/records';
import { AuditCard } from './AuditCard';

/** The internal audit programme (ISO 42001 9.2): planned and performed audits with their results. */
export function AuditProgramme() {
  const { t } = useTranslation();
  const audits = useList('audit');
  const [title, setTitle] = useState('');
  if (!audits) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data = { title: title.trim() || t('audit.audits.defaultTitle') };
    if (await saveEdit((wb) => api.audit.create({ wb, data }))) setTitle('');
  };
  return (
    <>
      <form
        className="kit-inline-form"
        onSubmit={(e) => void submit(e)}
        aria-label={t('audit.audits.addTitle')}
      >
        <div className="kit-field kit-grow">
          <label htmlFor="new-audit-title">{t('audit.audits.title')}</label>
          <input
            id="new-audit-title"
            value={title}
            placeholder={t('audit.audits.defaultTitle')}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <button type="submit" className="primary kit-icon-button">
          <Plus size={16} aria-hidden /> {t('audit.audits.add')}
        </button>
      </form>
      {audits.length === 0 && <p className="kit-empty">{t('audit.audits.empty')}</p>}
      <div className="audit-record-list">
        {audits.map((audit) => (
          <AuditCard key={audit.id} audit={audit} />
        ))}
      </div>
    </>
  );
}
