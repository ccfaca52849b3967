import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Delete in two steps without a modal dialog: the first press asks, the second deletes. Undo (Ctrl+Z)
 * remains the way back.
 */
export function ConfirmDelete({ label, onDelete }: { label: string; onDelete(): unknown }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger-quiet" onClick={() => setAsking(true)}>
        <Trash2 size={16} aria-hidden /> {label}
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={label}>
      <button type="button" className="danger" autoFocus onClick={() => void onDelete()}>
        {t('risk.common.confirmDelete')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('risk.common.cancel')}
      </button>
    </span>
  );
}
