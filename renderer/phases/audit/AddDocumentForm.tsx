import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { ItemSelect } from './ItemSelect';

/** A document the client keeps beyond what the standard requires, e.g. an AI procurement guideline. */
export function AddDocumentForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [itemId, setItemId] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    const data = { title: title.trim(), itemId: itemId || null };
    if (await saveEdit((wb) => api.document.create({ wb, data }))) setTitle('');
  };
  return (
    <form
      className="kit-inline-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('audit.documents.addTitle')}
    >
      <div className="kit-field kit-grow">
        <label htmlFor="new-document-title">{t('audit.documents.title')}</label>
        <input
          id="new-document-title"
          value={title}
          required
          placeholder={t('audit.documents.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <ItemSelect label={t('audit.documents.item')} value={itemId} onChange={setItemId} />
      <button type="submit" className="primary kit-icon-button" disabled={!title.trim()}>
        <Plus size={16} aria-hidden /> {t('audit.documents.add')}
      </button>
    </form>
  );
}
