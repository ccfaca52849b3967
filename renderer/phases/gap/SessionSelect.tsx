import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/contract';
import { useWorkbook } from '../../store/workbook';
import { useGapStore } from './gapStore';
import { SelectField } from '../../components/form/SelectField';
import type { Formats } from '../../i18n/formats';

type Session = Output<'session:list'>[number];

/** The latest session first — usually the workshop being run — and undated ones last. */
export const byDate = (a: Session, b: Session) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);

export const sessionLabel = (session: Session, formats: Formats) =>
  session.date ? `${session.title} · ${formats.day(session.date)}` : session.title;

/** Which workshop session the ratings being made belong to; every edit is stamped with it. */
export function SessionSelect({ sessions, formats }: { sessions: readonly Session[]; formats: Formats }) {
  const { t } = useTranslation();
  const wb = useWorkbook((s) => s.open?.wb);
  const { session, chooseSession } = useGapStore();
  const chosen = session && session.wb === wb && sessions.some((s) => s.id === session.id) ? session.id : '';
  if (!wb) return null;
  return (
    <SelectField
      className="session-select"
      label={t('gap.sessions.current')}
      value={chosen}
      options={[
        { value: '', label: t('gap.sessions.none') },
        ...[...sessions].sort(byDate).map((s) => ({ value: s.id, label: sessionLabel(s, formats) })),
      ]}
      onChange={(id) => chooseSession(wb, id || null)}
    />
  );
}
