import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUS_LABELS, PRIORITY_LABELS } from '../../../shared/catalog/vocab/actions';
import type { Action } from '../../../shared/schemas/action';
import { todayIso, useFormats } from '../../i18n/formats';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useActionView } from './actionView';
import { monthOffset, roadmapRows, timelineMonths } from './roadmapLayout';

const MONTH_WIDTH = 96;
const LABEL_WIDTH = 280;
const ROW_HEIGHT = 32;
const HEADING_HEIGHT = 30;
const MILESTONE = 14;

const isOverdue = (a: Action, today: string) =>
  !!a.dueDate && a.dueDate < today && a.status !== 'done' && a.status !== 'cancelled';

/**
 * The plan over time: a bar per action from start to due date, under a heading per month, with a line
 * for today. Only the rows in view are drawn; one bar is in the tab order and arrows move between bars.
 */
export function Roadmap({ actions }: { actions: readonly Action[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const dates = useFormats();
  const { selectedId, select, open } = useActionView();
  const today = todayIso();
  const { rows, unscheduled } = useMemo(() => roadmapRows(actions), [actions]);
  const months = useMemo(() => timelineMonths(actions, today), [actions, today]);
  const first = months[0]!;
  const x = (iso: string, endOfDay = false) => monthOffset(first, iso, endOfDay) * MONTH_WIDTH;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'month' ? HEADING_HEIGHT : ROW_HEIGHT),
    overscan: 10,
  });
  const actionIndexes = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'action' ? [index] : [])),
    [rows],
  );
  const selectedIndex = rows.findIndex((row) => row.kind === 'action' && row.action.id === selectedId);
  const activeIndex = selectedIndex >= 0 ? selectedIndex : (actionIndexes[0] ?? -1);
  const pendingFocus = useRef(false);

  // Open on today rather than on the earliest month, which may lie years back.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = Math.max(0, x(today) - MONTH_WIDTH * 2);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the roadmap is first shown
  }, []);

  useEffect(() => {
    if (!pendingFocus.current) return;
    const bar = scroller.current?.querySelector<HTMLElement>(`[data-bar="${selectedId}"]`);
    if (bar) {
      bar.focus({ preventScroll: true });
      pendingFocus.current = false;
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const position = actionIndexes.indexOf(activeIndex);
    const step = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined || position < 0) return;
    event.preventDefault();
    const next = Math.min(actionIndexes.length - 1, Math.max(0, position + step));
    const index = actionIndexes[next]!;
    const row = rows[index]!;
    if (row.kind !== 'action') return;
    pendingFocus.current = true;
    select(row.action.id);
    virtualizer.scrollToIndex(index);
  };

  const width = LABEL_WIDTH + months.length * MONTH_WIDTH;
  const todayX = LABEL_WIDTH + x(today);
  return (
    <div className="act-roadmap">
      <div className="act-roadmap-legend" aria-hidden>
        {(['open', 'in-progress', 'done', 'cancelled'] as const).map((status) => (
          <span key={status} className="act-legend-item" data-status={status}>
            {ACTION_STATUS_LABELS[status].label[lang]}
          </span>
        ))}
        <span className="act-legend-item" data-overdue="true">
          {t('actions.roadmap.overdue')}
        </span>
        {unscheduled > 0 && (
          <span className="kit-muted">{t('actions.roadmap.unscheduled', { count: unscheduled })}</span>
        )}
      </div>
      <div
        className="act-roadmap-scroll"
        ref={scroller}
        role="region"
        aria-label={t('actions.roadmap.label')}
        onKeyDown={onKeyDown}
        data-testid="roadmap"
      >
        <div className="act-roadmap-canvas" style={{ width }}>
          <div
            className="act-roadmap-header"
            style={{ gridTemplateColumns: `${LABEL_WIDTH}px repeat(${months.length}, ${MONTH_WIDTH}px)` }}
          >
            <div className="act-roadmap-corner">{t('actions.roadmap.action')}</div>
            {months.map((month) => (
              <div
                key={month.toISOString()}
                className="act-roadmap-month"
                data-year-start={month.getMonth() === 0}
              >
                <span>{dates.shortMonth(month)}</span>
                {(month.getMonth() === 0 || month === first) && <small>{month.getFullYear()}</small>}
              </div>
            ))}
            <div className="act-today-label" style={{ left: todayX }}>
              {t('actions.roadmap.today')}
            </div>
          </div>
          <div
            className="act-roadmap-body"
            style={{
              height: virtualizer.getTotalSize(),
              backgroundSize: `${MONTH_WIDTH}px 100%`,
              backgroundPosition: `${LABEL_WIDTH}px 0`,
            }}
          >
            <div className="act-today-line" style={{ left: todayX }} aria-hidden />
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              const style = { transform: `translateY(${item.start}px)`, height: item.size };
              if (row.kind === 'month') {
                return (
                  <div key={row.key} className="act-roadmap-heading" style={style}>
                    <span>
                      {dates.month(row.month)} · {t('actions.roadmap.count', { count: row.count })}
                    </span>
                  </div>
                );
              }
              const a = row.action;
              const from = a.startDate ?? a.dueDate!;
              const to = a.dueDate ?? a.startDate!;
              const milestone = !a.startDate || !a.dueDate;
              // A single date is drawn as a diamond centred on that day.
              const left = milestone ? x(from) - MILESTONE / 2 : x(from);
              const barWidth = milestone ? MILESTONE : Math.max(8, x(to, true) - left);
              const span =
                a.startDate && a.dueDate
                  ? `${dates.day(a.startDate)} – ${dates.day(a.dueDate)}`
                  : dates.day(from);
              const label = t('actions.roadmap.bar', {
                ref: a.ref,
                title: a.title,
                dates: span,
                status: ACTION_STATUS_LABELS[a.status].label[lang],
                priority: PRIORITY_LABELS[a.priority].label[lang],
              });
              return (
                <div
                  key={row.key}
                  className="act-roadmap-row"
                  style={style}
                  data-selected={a.id === selectedId}
                >
                  <div className="act-roadmap-label" style={{ width: LABEL_WIDTH }} title={a.title}>
                    <span className="act-ref">{a.ref}</span> {a.title}
                  </div>
                  <button
                    type="button"
                    className="act-bar"
                    data-bar={a.id}
                    data-status={a.status}
                    data-priority={a.priority}
                    data-overdue={isOverdue(a, today)}
                    data-milestone={milestone}
                    aria-label={label}
                    aria-pressed={a.id === selectedId}
                    title={label}
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    style={{ left: LABEL_WIDTH + left, width: barWidth }}
                    onClick={() => select(a.id)}
                    onKeyDown={(e) => {
                      if (e.key !== 'Enter') return;
                      e.preventDefault();
                      open(a.id);
                    }}
                  />
                </div>
              );
            })}
          </div>
        </div>
        {rows.length === 0 && <p className="kit-empty">{t('actions.roadmap.none')}</p>}
      </div>
    </div>
  );
}
