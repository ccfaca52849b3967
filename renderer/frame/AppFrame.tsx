import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbook } from '../store/workbook';
import { setUiLanguage } from '../i18n';
import { Navigation } from './Navigation';
import { SaveIndicator } from './SaveIndicator';
import { UndoToast } from './UndoToast';
import { useShortcuts } from './useShortcuts';

/** The frame around every phase: client and file in the title bar, the journey, the saved indicator. */
export function AppFrame({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { open, close, copySaved, dismissCopySaved } = useWorkbook();
  useShortcuts();
  if (!open) return null;
  return (
    <div className="frame">
      <header className="title-bar">
        <h1>
          {open.clientName} <small>{open.fileName}</small>
        </h1>
        <SaveIndicator />
        <select
          className="language"
          aria-label={t('languages.label')}
          value={i18n.language}
          onChange={(e) => setUiLanguage(e.target.value === 'en' ? 'en' : 'de')}
        >
          <option value="de">{t('languages.de')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
        <button type="button" onClick={() => void close()}>
          {t('frame.close')}
        </button>
      </header>
      {open.backupFileName && <p className="notice">{t('frame.migrated', { file: open.backupFileName })}</p>}
      {copySaved && (
        <p className="notice" role="status">
          {t('frame.copySaved', { file: copySaved })}{' '}
          <button type="button" className="link" onClick={dismissCopySaved}>
            {t('frame.dismiss')}
          </button>
        </p>
      )}
      <UndoToast />
      <div className="frame-body">
        <Navigation />
        <main className="phase">{children}</main>
      </div>
    </div>
  );
}
