import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type Updater,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schemas/action';
import { useFormats } from '../../i18n/formats';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { actionColumns } from './actionColumns';
import { useActionView } from './actionView';
import { useSourceLabel } from './useSourceLabel';

const ROW_HEIGHT = 38;

interface ActionTableProps {
  actions: readonly Action[];
  onCreate: () => void;
  /** With the side form open the table is narrower, so the least needed column gives way. */
  compact: boolean;
}

const typing = (target: EventTarget) =>
  target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);

/**
 * The action plan as a sortable table that renders only the rows in view, so 2,000 actions scroll
 * smoothly. One row is in the tab order; arrows move the selection, Enter edits it, N adds an action.
 */
export function ActionTable({ actions, onCreate, compact }: ActionTableProps) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const { day } = useFormats();
  const source = useSourceLabel();
  const { sorting, setSorting, selectedId, select, open } = useActionView();
  const columns = useMemo(() => actionColumns({ t, lang, day, source }), [t, lang, day, source]);
  const table = useReactTable({
    data: actions as Action[],
    columns,
    state: { sorting, columnVisibility: { source: !compact } },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting(typeof updater === 'function' ? updater(sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const activeIndex = Math.max(
    0,
    rows.findIndex((row) => row.id === selectedId),
  );
  const pendingFocus = useRef(false);

  // A row moved to by keyboard may only exist once the virtualizer has scrolled to it.
  useEffect(() => {
    if (!pendingFocus.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-id="${selectedId}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = false;
    }
  });

  const moveTo = (target: number) => {
    // A position in the sorted rows; row.index would be the position in the unsorted data.
    const index = Math.min(rows.length - 1, Math.max(0, target));
    const row = rows[index];
    if (!row) return;
    pendingFocus.current = true;
    select(row.id);
    virtualizer.scrollToIndex(index);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const target: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in target) {
      event.preventDefault();
      moveTo(target[event.key]!);
    } else if (event.key === 'Enter' && rows[activeIndex]) {
      event.preventDefault();
      open(rows[activeIndex].id);
    } else if (event.key.toLowerCase() === 'n' && !event.shiftKey) {
      event.preventDefault();
      onCreate();
    }
  };

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div
      className="act-table-scroll"
      ref={scroller}
      onKeyDown={onKeyDown}
      aria-keyshortcuts="N"
      data-testid="action-table"
    >
      <table
        className="kit-table act-action-table"
        role="grid"
        aria-readonly
        aria-label={t('actions.table.label')}
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            // The title takes whatever width the fixed columns leave.
            <col key={c.id} style={{ width: c.id === 'title' ? undefined : c.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ArrowUpDown;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="act-sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={t('actions.table.sort')}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <Icon size={14} aria-hidden data-sorted={!!sorted} />
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden className="act-spacer-row" style={{ height: paddingTop }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                data-id={row.id}
                data-index={item.index}
                data-priority={row.original.priority}
                data-status={row.original.status}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                ref={virtualizer.measureElement}
                tabIndex={item.index === activeIndex ? 0 : -1}
                onClick={() => select(row.id)}
                style={{ height: ROW_HEIGHT }}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`act-cell-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden className="act-spacer-row" style={{ height: paddingBottom }}>
              <td colSpan={columnCount} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="kit-empty">{t('actions.table.none')}</p>}
    </div>
  );
}
