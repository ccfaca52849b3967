import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getExpandedRowModel,
  getGroupedRowModel,
  useReactTable,
  type TableState,
} from '@tanstack/react-table';
import { Fragment, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNEX_A_GROUPS } from '../../../../shared/catalog/iso42001/annexA';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useGovernanceView } from '../governanceView';
import { ControlCell, DecisionCell, StatusCell, SuggestionCell } from './SoaCells';
import { SoaDetails } from './SoaDetails';
import { acceptSuggestion, decide } from './soaEdits';
import type { SoaRow } from './useSoaRows';

const column = createColumnHelper<SoaRow>();
/**
 * One object for the life of the app: the table compares its state by reference, and a fresh one each
 * render would regroup the rows and reset its page index in an endless loop. Groups are always open.
 */
const TABLE_STATE: Partial<TableState> = {
  grouping: ['group'],
  expanded: true,
  columnVisibility: { group: false },
};
const GROUP_TITLES = new Map(ANNEX_A_GROUPS.map((g) => [g.id, g.title]));

/** Keys typed into a text field or a list box are the consultant's text, never shortcuts. */
const isTextEntry = (el: HTMLElement) =>
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLInputElement && !['radio', 'checkbox'].includes(el.type));

export const focusSoaRow = (controlId: string) =>
  document.querySelector<HTMLElement>(`[data-row-focus="${CSS.escape(controlId)}"]`)?.focus();

/**
 * The Statement of Applicability grouped by Annex A objective. Anywhere in a row outside a text field:
 * A accepts the suggestion, Y includes, N excludes and moves to the justification, U reopens; on the
 * control button ↑/↓ (or K/J) move between rows.
 */
export function SoaTable({ rows }: { rows: SoaRow[] }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const details = useGovernanceView((s) => s.soaDetails);
  const columns = useMemo(
    () => [
      column.accessor('group', { header: () => null }),
      column.display({
        id: 'control',
        header: () => t('governance.soa.control'),
        cell: ({ row }) => <ControlCell row={row.original} />,
      }),
      column.display({
        id: 'suggestion',
        header: () => t('governance.soa.suggestion'),
        cell: ({ row }) => <SuggestionCell row={row.original} />,
      }),
      column.display({
        id: 'decision',
        header: () => t('governance.soa.decisionColumn'),
        cell: ({ row }) => <DecisionCell row={row.original} />,
      }),
      column.display({
        id: 'status',
        header: () => t('governance.soa.status'),
        cell: ({ row }) => <StatusCell row={row.original} />,
      }),
    ],
    [t],
  );
  const table = useReactTable({
    data: rows,
    columns,
    state: TABLE_STATE,
    getCoreRowModel: getCoreRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    getRowId: (row) => row.controlId,
  });
  const span = table.getVisibleLeafColumns().length;
  const byId = new Map(rows.map((r) => [r.controlId, r]));

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(target)) return;
    const row = byId.get(target.closest<HTMLElement>('[data-control-id]')?.dataset.controlId ?? '');
    if (!row) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const onAnchor = target.dataset.rowFocus !== undefined;
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[key];
    if (step !== undefined && (onAnchor || key.length === 1)) {
      const next = rows[rows.indexOf(row) + step];
      if (next) focusSoaRow(next.controlId);
    } else if (key === 'a') void acceptSuggestion(row.entry, row.suggestion);
    else if (key === 'y') void decide(row.entry, true, row.suggestion);
    else if (key === 'u') void decide(row.entry, null);
    else if (key === 'n') {
      void decide(row.entry, false);
      // The field appears with the edit's render, which React commits before the next frame.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-justification="${CSS.escape(row.controlId)}"]`)?.focus(),
      );
    } else return;
    event.preventDefault();
  };

  return (
    <table className="gov-table soa-table" aria-label={t('governance.soa.title')}>
      <thead>
        <tr>
          {table.getFlatHeaders().map((header) =>
            header.column.getIsVisible() ? (
              <th key={header.id} scope="col" className={`col-${header.id}`}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </th>
            ) : null,
          )}
        </tr>
      </thead>
      <tbody onKeyDown={onKeyDown}>
        {table.getRowModel().rows.map((row) => {
          if (row.getIsGrouped()) {
            const group = String(row.groupingValue);
            const decided = row.subRows.filter((r) => r.original.entry.applicable !== null).length;
            return (
              <tr key={row.id} className="group-row">
                <th scope="colgroup" colSpan={span}>
                  <span className="control-id">{group}</span> {GROUP_TITLES.get(group)?.[lang]}
                  <span className="figure">
                    {t('governance.soa.groupDecided', { decided, total: row.subRows.length })}
                  </span>
                </th>
              </tr>
            );
          }
          const open = details.includes(row.original.controlId);
          return (
            <Fragment key={row.id}>
              <tr
                data-control-id={row.original.controlId}
                data-issue={row.original.issue ?? undefined}
                className={open ? 'open' : undefined}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
              {open && (
                <tr data-control-id={row.original.controlId} className="details-row">
                  <td colSpan={span}>
                    <SoaDetails row={row.original} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
