import { UserMinus, UserPlus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { SHORT_TEXT_MAX } from '../../../shared/schemas/common';
import { addAttendee, removeAttendee } from './edits';
import type { Formats } from '../../i18n/formats';

type Session = Output<'session:list'>[number];
type Attendee = Output<'attendee:list'>[number];

interface SessionCardProps {
  session: Session;
  attendees: readonly Attendee[];
  inUse: boolean;
  onUse(): void;
  formats: Formats;
}

/** One workshop session: when and where, who attended, and whether ratings are being recorded for it. */
export function SessionCard({ session, attendees, inUse, onUse, formats }: SessionCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    void addAttendee({
      sessionId: session.id,
      name: name.trim(),
      role: role.trim(),
      organisation: organisation.trim(),
    });
    // The organisation stays: the attendees of one session mostly come from the same one.
    setName('');
    setRole('');
  };

  return (
    <li className="session-card" aria-labelledby={headingId}>
      <header>
        <div>
          <h3 id={headingId}>{session.title}</h3>
          <p className="quiet">
            {[session.date ? formats.day(session.date) : t('gap.sessions.undated'), session.location]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        {inUse ? (
          <span className="badge">{t('gap.sessions.inUse')}</span>
        ) : (
          <button type="button" onClick={onUse}>
            {t('gap.sessions.use')}
          </button>
        )}
      </header>
      <h4>
        {t('gap.sessions.attendees')} <span className="count">{attendees.length}</span>
      </h4>
      {attendees.length === 0 ? (
        <p className="quiet">{t('gap.sessions.noAttendees')}</p>
      ) : (
        <ul className="attendees">
          {attendees.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.name}</strong>
                {[a.role, a.organisation].filter(Boolean).length > 0 && (
                  <span className="quiet"> · {[a.role, a.organisation].filter(Boolean).join(', ')}</span>
                )}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('gap.sessions.removeAttendee', { name: a.name })}
                title={t('gap.sessions.removeAttendee', { name: a.name })}
                onClick={() => void removeAttendee(a.id)}
              >
                <UserMinus size={16} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form attendee-form"
        onSubmit={submit}
        aria-label={t('gap.sessions.addAttendee')}
      >
        <label>
          <span>{t('gap.sessions.attendee')}</span>
          <input value={name} required maxLength={SHORT_TEXT_MAX} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          <span>{t('gap.sessions.role')}</span>
          <input value={role} maxLength={SHORT_TEXT_MAX} onChange={(e) => setRole(e.target.value)} />
        </label>
        <label>
          <span>{t('gap.sessions.organisation')}</span>
          <input
            value={organisation}
            maxLength={SHORT_TEXT_MAX}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </label>
        <button type="submit">
          <UserPlus size={16} aria-hidden="true" /> {t('gap.sessions.addAttendee')}
        </button>
      </form>
    </li>
  );
}
