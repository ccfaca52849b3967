import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagementSystem } from '../../../shared/schemas/integration';
import { api } from '../../api';
import { saveEdit } from '../../store/records';
import { STANDARDS } from './standards';

type Standard = ManagementSystem['standard'];

/** Records an existing management system: the standard first, a usual name filled in from it. */
export function AddSystemForm() {
  const { t } = useTranslation();
  const [standard, setStandard] = useState<Standard>('iso27001');
  const [name, setName] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const data = { standard, name: name.trim() || t(`integration.defaultNames.${standard}`) };
    const created = await saveEdit((wb) => api.managementSystem.create({ wb, data }));
    if (created) setName('');
  };
  return (
    <form
      className="kit-inline-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('integration.systems.newTitle')}
    >
      <div className="kit-field">
        <label htmlFor="new-system-standard">{t('integration.systems.standard')}</label>
        <select
          id="new-system-standard"
          value={standard}
          onChange={(e) => setStandard(e.target.value as Standard)}
        >
          {STANDARDS.map((id) => (
            <option key={id} value={id}>
              {t(`integration.standards.${id}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="kit-field kit-grow">
        <label htmlFor="new-system-name">{t('integration.systems.name')}</label>
        <input
          id="new-system-name"
          value={name}
          placeholder={t(`integration.defaultNames.${standard}`)}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <button type="submit" className="primary kit-icon-button">
        <Plus size={16} aria-hidden /> {t('integration.systems.add')}
      </button>
    </form>
  );
}
