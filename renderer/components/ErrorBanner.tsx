import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/result';

/** Shows an error by its code, in the user's language; the raw message only fills a placeholder. */
export function ErrorBanner({ error, onDismiss }: { error: AppError; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-banner" data-error-code={error.code}>
      <span>{t(`errors.${error.code}`, { message: error.message })}</span>
      <button type="button" onClick={onDismiss} aria-label="×">
        ×
      </button>
    </div>
  );
}
