import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbook } from '../store/workbook';
import { NewEngagementForm } from './NewEngagementForm';

/** New engagement, Open, and the recent workbooks with client, last use and progress. */
export function StartScreen() {
  const { t, i18n } = useTranslation();
  const { recent, loadRecent, create, openDialog, restoreArchive, openRecent, forgetRecent, busy, wizard, showWizard } =
    useWorkbook();
  useEffect(() => void loadRecent(), [loadRecent]);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  if (wizard) return <NewEngagementForm onCancel={() => showWizard(false)} onCreate={(e) => void create(e)} />;
  return (
    <main className="start" aria-busy={busy}>
      <h1>{t('app.name')}</h1>
      <p className="tagline">{t('app.tagline')}</p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => showWizard(true)}>
          {t('start.newEngagement')}
        </button>
        <button type="button" onClick={() => void openDialog()}>
          {t('start.open')}
        </button>
        <button type="button" onClick={() => void restoreArchive()}>
          {t('start.restore')}
        </button>
      </div>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t('start.recent')}</h2>
        {recent.length === 0 && <p>{t('start.noRecent')}</p>}
        <ul className="recent">
          {recent.map((entry) => (
            <li key={entry.id}>
              <button type="button" disabled={entry.missing} onClick={() => void openRecent(entry.id)}>
                <strong>{entry.clientName}</strong> <span>{entry.fileName}</span>
                <small>
                  {entry.missing
                    ? t('start.missing')
                    : `${t('start.progress', { percent: percent.format(entry.progress) })} · ${t('start.lastOpened', { date: date.format(new Date(entry.lastOpened)) })}`}
                </small>
              </button>
              <button type="button" className="link" onClick={() => void forgetRecent(entry.id)}>
                {t('start.forget')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
