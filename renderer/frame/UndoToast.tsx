import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAction } from '../../shared/actionLabel';
import type { ActionLabel } from '../../shared/contract/workbook';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { phaseOfEntity, useNavigation } from '../store/navigation';
import { runUndo, useUndo } from '../store/undo';

/** Long enough to read the label and reach for the button, short enough not to linger over the work. */
const TOAST_MS = 10_000;

const same = (a: ActionLabel | null, b: ActionLabel) => a !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * Says what Ctrl+Z or Ctrl+Shift+Z just did, links to where it happened and offers the way back — as long
 * as that is still the next step (a new edit drops the redo).
 */
export function UndoToast() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { done, undo, redo, dismiss } = useUndo();
  useEffect(() => {
    if (!done) return;
    const timer = window.setTimeout(dismiss, TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [done, dismiss]);
  if (!done) return null;
  const text = describeAction(done.label, lang);
  const back = done.direction === 'undo' ? 'redo' : 'undo';
  const canGoBack = same(back === 'redo' ? redo : undo, done.label);
  const show = () => {
    const { go, showItem } = useNavigation.getState();
    if (done.label.entity === 'assessment' && done.label.subject) showItem(done.label.subject);
    else go(phaseOfEntity(done.label.entity));
    dismiss();
  };
  return (
    <div className="undo-toast" role="status" data-direction={done.direction}>
      <span>{t(done.direction === 'undo' ? 'undo.undone' : 'undo.redone', { action: text })}</span>
      <button type="button" className="link" onClick={show}>
        {t('undo.show')}
      </button>
      {canGoBack && (
        <button type="button" onClick={() => void runUndo(back)}>
          {t(back === 'redo' ? 'undo.redo' : 'undo.undo')}
        </button>
      )}
      <button type="button" className="link" aria-label={t('frame.dismiss')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
