import { flexRender, type Table } from '@tanstack/react-table';

/**
 * An editable register laid out from a TanStack table: header, then one row per record. Each cell
 * carries `col-<column id>` so the phase's stylesheet (given by className) can size the columns.
 */
export function DataTable<T>({
  table,
  label,
  className,
}: {
  table: Table<T>;
  label: string;
  className: string;
}) {
  return (
    <table className={className} aria-label={label}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={`col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
