import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Updater,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown, ListPlus } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/schemas/risk';
import { useRiskUi } from '../riskUi';
import { COLUMN_WIDTHS, HIDDEN_BESIDE_FORM, TITLE_MIN_WIDTH } from './riskColumns';

/** One line per risk, so every row has the same height and the virtualizer needs no measuring. */
const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;

interface RiskTableProps {
  rows: readonly Risk[];
  columns: ColumnDef<Risk, never>[];
  selectedId: string | null;
  compact: boolean;
  onOpen(risk: Risk): void;
  onAction(risk: Risk): void;
}

/**
 * The register: sorted by TanStack Table, and only the rows in view (plus a few) are in the DOM, so
 * 2,000 risks scroll as smoothly as 20. Rows are one tab stop: arrows move, Enter opens, A raises an action.
 */
export function RiskTable({ rows, columns, selectedId, compact, onOpen, onAction }: RiskTableProps) {
  const { t } = useTranslation();
  const { sorting, setSorting } = useRiskUi();
  const table = useReactTable({
    data: rows as Risk[],
    columns,
    state: {
      sorting,
      columnVisibility: Object.fromEntries(HIDDEN_BESIDE_FORM.map((id) => [id, !compact])),
    },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (risk) => risk.id,
  });
  const modelRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // The sticky header sits above the first row inside the scroller: offsets count from above it.
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const [active, setActive] = useState(0);
  const focusIndex = useRef<number | null>(null);

  // A row moved to by key may only exist after the virtualizer has scrolled: focus it once it renders.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${focusIndex.current}"]`);
    if (!row) return;
    row.focus({ preventScroll: true });
    focusIndex.current = null;
  });

  const move = (index: number) => {
    const next = Math.min(Math.max(index, 0), modelRows.length - 1);
    setActive(next);
    focusIndex.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent, index: number, risk: Risk) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      PageDown: () => move(index + page),
      PageUp: () => move(index - page),
      Home: () => move(0),
      End: () => move(modelRows.length - 1),
      Enter: () => onOpen(risk),
      a: () => onAction(risk),
      A: () => onAction(risk),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };

  // The one tab stop: the active row while it is rendered, else the first row in view.
  const tabStop = items.some((i) => i.index === active) ? active : (items[0]?.index ?? -1);
  const first = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const rest = virtualizer.getTotalSize() - (items.at(-1)?.end ?? virtualizer.getTotalSize());
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const minWidth = headers.reduce(
    (sum, h) => sum + (COLUMN_WIDTHS[h.id] ?? TITLE_MIN_WIDTH),
    COLUMN_WIDTHS.action!,
  );

  return (
    <div className="register-scroll" ref={scroller}>
      <table
        className="data-table register-table"
        style={{ minWidth }}
        aria-rowcount={modelRows.length + 1}
        aria-label={t('risk.register.title')}
      >
        <colgroup>
          {headers.map((h) => (
            <col key={h.id} style={{ width: COLUMN_WIDTHS[h.id] }} />
          ))}
          <col style={{ width: COLUMN_WIDTHS.action }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((h) => {
              const sorted = h.column.getIsSorted();
              const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
              return (
                <th
                  key={h.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                    <Icon size={14} aria-hidden className={sorted ? undefined : 'faint'} />
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">{t('risk.register.columns.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr className="spacer" style={{ height: first }} aria-hidden />}
          {items.map((item) => {
            const row = modelRows[item.index]!;
            const risk = row.original;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === tabStop ? 0 : -1}
                data-selected={risk.id === selectedId}
                onFocus={(e) => e.target === e.currentTarget && setActive(item.index)}
                onClick={() => {
                  setActive(item.index);
                  onOpen(risk);
                }}
                onKeyDown={(e) => onKeyDown(e, item.index, risk)}
                aria-keyshortcuts="A Enter"
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} title={cell.column.id === 'title' ? risk.title : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="row-action"
                    tabIndex={item.index === tabStop ? 0 : -1}
                    aria-label={t('risk.register.createActionFor', { ref: risk.ref })}
                    title={t('risk.register.createActionHint')}
                    onClick={(e) => {
                      e.stopPropagation();
                      void onAction(risk);
                    }}
                  >
                    <ListPlus size={16} aria-hidden /> {t('risk.register.actionShort')}
                  </button>
                </td>
              </tr>
            );
          })}
          {rest > 0 && <tr className="spacer" style={{ height: rest }} aria-hidden />}
        </tbody>
      </table>
      {modelRows.length === 0 && <p className="muted empty-register">{t('risk.register.noMatch')}</p>}
    </div>
  );
}
