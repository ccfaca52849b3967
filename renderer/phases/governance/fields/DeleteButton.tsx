import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** Deletes without asking: Ctrl+Z brings the record back through the change log. */
export function DeleteButton({ name, onDelete }: { name: string; onDelete(): void }) {
  const { t } = useTranslation();
  const label = t('governance.common.delete', { name });
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onDelete}>
      <Trash2 size={16} aria-hidden="true" />
    </button>
  );
}
