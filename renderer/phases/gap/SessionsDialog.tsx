import { X } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX } from '../../../shared/schemas/common';
import { useList } from '../../store/records';
import { useWorkbook } from '../../store/workbook';
import { createSession } from './edits';
import { useGapStore } from './gapStore';
import { SessionCard } from './SessionCard';
import { byDate } from './SessionSelect';
import type { Formats } from '../../i18n/formats';

/** Today as YYYY-MM-DD in the user's time zone: the usual date of a session created on site. */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/**
 * Workshop sessions and their attendees, in a modal dialog: the browser's own <dialog> keeps focus
 * inside and closes on Escape, so the workshop keys behind it stay quiet.
 */
export function SessionsDialog({ onClose, formats }: { onClose(): void; formats: Formats }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const sessions = useList('session') ?? [];
  const attendees = useList('attendee') ?? [];
  const wb = useWorkbook((s) => s.open?.wb);
  const { session: chosen, chooseSession } = useGapStore();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [location, setLocation] = useState('');

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !wb) return;
    const created = await createSession({
      title: title.trim(),
      date: date || null,
      location: location.trim(),
    });
    // A session created on site is the one being run.
    if (created) chooseSession(wb, created.id);
    setTitle('');
    setLocation('');
  };

  return (
    <dialog ref={dialog} className="sessions-dialog" aria-labelledby="sessions-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="sessions-title">{t('gap.sessions.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('gap.sessions.close')}
          onClick={() => dialog.current?.close()}
        >
          <X size={18} aria-hidden="true" />
        </button>
      </header>
      <p className="quiet">{t('gap.sessions.hint')}</p>
      <form
        className="inline-form new-session"
        onSubmit={(e) => void submit(e)}
        aria-label={t('gap.sessions.create')}
      >
        <label className="grow">
          <span>{t('gap.sessions.name')}</span>
          <input
            value={title}
            required
            maxLength={SHORT_TEXT_MAX}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          <span>{t('gap.sessions.date')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="grow">
          <span>{t('gap.sessions.location')}</span>
          <input value={location} maxLength={SHORT_TEXT_MAX} onChange={(e) => setLocation(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('gap.sessions.submit')}
        </button>
      </form>
      {sessions.length === 0 ? (
        <p className="quiet">{t('gap.sessions.empty')}</p>
      ) : (
        <ul className="session-list">
          {[...sessions].sort(byDate).map((s) => (
            <SessionCard
              key={s.id}
              session={s}
              attendees={attendees.filter((a) => a.sessionId === s.id)}
              inUse={chosen?.wb === wb && chosen?.id === s.id}
              onUse={() => wb && chooseSession(wb, s.id)}
              formats={formats}
            />
          ))}
        </ul>
      )}
    </dialog>
  );
}
