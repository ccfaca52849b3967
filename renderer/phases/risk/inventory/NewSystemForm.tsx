import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';

/** Adds an AI system by name; the rest is filled in the form that opens for it. */
export function NewSystemForm({ onCreated }: { onCreated(id: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const created = await saveEdit((wb) => api.aiSystem.create({ wb, data: { name: name.trim() } }));
    if (!created) return;
    setName('');
    setOpen(false);
    onCreated(created.id);
  };

  if (!open) {
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        <Plus size={16} aria-hidden /> {t('risk.inventory.new')}
      </button>
    );
  }
  return (
    <form className="inline-create" onSubmit={(e) => void submit(e)}>
      <input
        autoFocus
        value={name}
        placeholder={t('risk.system.name')}
        aria-label={t('risk.system.name')}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      />
      <button type="submit" className="primary" disabled={name.trim() === ''}>
        {t('risk.inventory.add')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('risk.common.cancel')}
      </button>
    </form>
  );
}
