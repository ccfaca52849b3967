import { Presentation, Users } from 'lucide-react';
import { QuestionnaireDialog } from './questionnaire/QuestionnaireDialog';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../store/navigation';
import { useList } from '../../store/records';
import { useGapStore } from './gapStore';
import { ItemDetail } from './ItemDetail';
import { ItemList } from './ItemList';
import { ListFilters } from './ListFilters';
import { SessionsDialog } from './SessionsDialog';
import { SessionSelect } from './SessionSelect';
import { ShortcutLegend } from './ShortcutLegend';
import { useFormats } from '../../i18n/formats';
import { useGapKeys } from './useGapKeys';
import { useGapRows } from './useGapRows';
import './gap.css';

/** Phase 1: the requirement and control list beside the item being assessed, run by keyboard in workshops. */
export function GapAnalysis() {
  const { t } = useTranslation();
  const formats = useFormats();
  const data = useGapRows(formats.lang);
  const sessions = useList('session');
  const { itemId, selectItem } = useNavigation();
  const { workshop, toggleWorkshop } = useGapStore();
  const [sessionsOpen, setSessionsOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const selected = data?.all.find((r) => r.item.id === itemId) ?? null;
  const firstShown = data?.shown[0]?.item.id;

  useGapKeys({
    root,
    rows: data?.shown ?? [],
    all: data?.all ?? [],
    selected,
    select: selectItem,
    announce: (message) => setNotice(t(`gap.workshop.${message}`)),
  });

  useEffect(() => {
    if (data && !selected && firstShown) selectItem(firstShown);
  }, [data, selected, firstShown, selectItem]);

  useEffect(() => {
    detail.current?.scrollTo({ top: 0 });
    setNotice(null);
  }, [itemId]);

  if (!data) return <p aria-busy="true">{t('gap.title')}…</p>;
  const { coverage } = data;
  return (
    <div ref={root} className="gap" data-workshop={workshop}>
      <header className="gap-toolbar">
        <h2>{t('gap.title')}</h2>
        <span className="gap-rated">
          {t('gap.rated', { rated: coverage.assessed, total: coverage.applicable })}
        </span>
        <span className="toolbar-spacer" />
        <SessionSelect sessions={sessions ?? []} formats={formats} />
        <QuestionnaireDialog />
        <button type="button" onClick={() => setSessionsOpen(true)}>
          <Users size={16} aria-hidden="true" /> {t('gap.sessions.manage')}
        </button>
        <button
          type="button"
          className="workshop-toggle"
          aria-pressed={workshop}
          aria-keyshortcuts="W"
          onClick={() => {
            toggleWorkshop();
            root.current?.querySelector<HTMLElement>('[data-key-target="list"]')?.focus();
          }}
        >
          <Presentation size={16} aria-hidden="true" /> {t('gap.workshop.toggle')}
        </button>
      </header>
      {workshop && <ShortcutLegend />}
      <div className="gap-body">
        <section className="gap-list" aria-label={t('gap.list.label')}>
          <ListFilters rows={data.all} formats={formats} />
          <p className="list-count" aria-live="polite">
            {notice ?? t('gap.list.shown', { shown: data.shown.length, total: data.all.length })}
          </p>
          <ItemList
            rows={data.shown}
            selectedId={itemId}
            onSelect={selectItem}
            lang={formats.lang}
            workshop={workshop}
          />
        </section>
        <div ref={detail} className="gap-detail">
          {selected ? (
            <ItemDetail key={selected.item.id} row={selected} formats={formats} />
          ) : (
            <p className="quiet">{t('gap.detail.empty')}</p>
          )}
        </div>
      </div>
      {sessionsOpen && <SessionsDialog onClose={() => setSessionsOpen(false)} formats={formats} />}
    </div>
  );
}
