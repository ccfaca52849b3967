import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICT_LABELS } from '../../../shared/catalog/vocab/assessment';
import type { Lang } from '../../../shared/catalog/types';
import type { GapRow } from './useGapRows';

interface ItemListProps {
  rows: readonly GapRow[];
  selectedId: string | null;
  onSelect(itemId: string): void;
  lang: Lang;
  /** Rows are taller in workshop mode; the virtualizer needs a fresh estimate. */
  workshop: boolean;
}

const optionId = (itemId: string) => `gap-item-${itemId.replace(/\./g, '-')}`;

function Maturity({ row }: { row: GapRow }) {
  const { t } = useTranslation();
  const a = row.assessment;
  if (a?.maturityCurrent == null) return <span className="row-maturity quiet">{t('gap.list.notRated')}</span>;
  const target = a.maturityTarget ?? '–';
  return (
    <span className="row-maturity" title={t('gap.list.maturity', { current: a.maturityCurrent, target })}>
      {a.maturityCurrent} → {target}
    </span>
  );
}

/**
 * The items as a listbox: one tab stop, the chosen item as its active descendant, so the workshop keys
 * move the selection while focus stays put. Virtualized, so the list stays light in any catalogue size.
 */
export function ItemList({ rows, selectedId, onSelect, lang, workshop }: ItemListProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (workshop ? 76 : 60),
    getItemKey: (index) => rows[index]!.item.id,
    overscan: 10,
  });
  const selectedIndex = rows.findIndex((r) => r.item.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useEffect(() => virtualizer.measure(), [workshop, virtualizer]);

  if (rows.length === 0) return <p className="list-empty">{t('gap.list.empty')}</p>;
  return (
    <div
      ref={scroller}
      className="item-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('gap.list.label')}
      aria-activedescendant={selectedIndex >= 0 ? optionId(selectedId!) : undefined}
      aria-keyshortcuts="J K ArrowDown ArrowUp Enter"
      data-key-target="list"
    >
      <div role="presentation" className="item-list-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const row = rows[virtual.index]!;
          const verdict = row.assessment?.verdict ?? 'not-assessed';
          const verdictLabel = VERDICT_LABELS[verdict].label[lang];
          return (
            <div
              key={virtual.key}
              id={optionId(row.item.id)}
              ref={virtualizer.measureElement}
              data-index={virtual.index}
              role="option"
              aria-selected={row.item.id === selectedId}
              aria-setsize={rows.length}
              aria-posinset={virtual.index + 1}
              aria-label={t('gap.list.option', {
                id: row.item.id,
                title: row.item.title[lang],
                verdict: verdictLabel,
              })}
              className="item-row"
              data-open={row.open}
              style={{ transform: `translateY(${virtual.start}px)` }}
              onClick={() => onSelect(row.item.id)}
            >
              <span className="row-title">
                <span className="item-id">{row.item.id}</span>
                <span className="row-name">{row.item.title[lang]}</span>
              </span>
              <span className="row-status">
                <span className="verdict-dot" data-verdict={verdict} aria-hidden="true" />
                <span className="row-verdict">{verdictLabel}</span>
                <Maturity row={row} />
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
