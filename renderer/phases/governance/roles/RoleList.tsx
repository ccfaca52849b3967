import { Trash2 } from 'lucide-react';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit } from '../../../store/records';
import { AddForm } from '../../../components/form/AddForm';
import { DataTable } from '../../../components/DataTable';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DraftInput, DraftTextarea } from '../../../components/form/DraftInput';

type RolePatch = Partial<Pick<Role, 'name' | 'holder' | 'description'>>;
const update = (id: string, patch: RolePatch) => saveEdit((wb) => api.role.update({ wb, id, patch }));
const column = createColumnHelper<Role>();

/** The AI roles of the client (ISO 42001 5.3, A.3.2): who holds each and what it covers. */
export function RoleList({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  const columns = useMemo(() => {
    const label = (field: string, role: Role) =>
      t('governance.common.fieldOf', { field: t(`governance.roles.columns.${field}`), record: role.name });
    return [
      column.accessor('name', {
        header: () => t('governance.roles.columns.name'),
        cell: ({ row: { original: role } }) => (
          <DraftInput
            value={role.name}
            required
            aria-label={label('name', role)}
            onSave={(name) => void update(role.id, { name })}
          />
        ),
      }),
      column.accessor('holder', {
        header: () => t('governance.roles.columns.holder'),
        cell: ({ row: { original: role } }) => (
          <DraftInput
            value={role.holder}
            aria-label={label('holder', role)}
            onSave={(holder) => void update(role.id, { holder })}
          />
        ),
      }),
      column.accessor('description', {
        header: () => t('governance.roles.columns.description'),
        cell: ({ row: { original: role } }) => (
          <DraftTextarea
            value={role.description}
            aria-label={label('description', role)}
            onSave={(description) => void update(role.id, { description })}
          />
        ),
      }),
      column.display({
        id: 'delete',
        header: () => <span className="visually-hidden">{t('governance.common.actions')}</span>,
        cell: ({ row: { original: role } }) => (
          <ConfirmButton
            label={t('governance.common.delete', { name: role.name })}
            confirmLabel={t('governance.common.confirmDelete')}
            onConfirm={() => void saveEdit((wb) => api.role.delete({ wb, id: role.id }))}
          >
            <Trash2 size={16} aria-hidden />
          </ConfirmButton>
        ),
      }),
    ];
  }, [t]);
  const table = useReactTable({
    data: roles,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.id,
  });

  return (
    <section className="card" aria-labelledby="gov-roles-title">
      <h3 id="gov-roles-title">{t('governance.roles.title')}</h3>
      <p className="hint">{t('governance.roles.intro')}</p>
      {roles.length > 0 && (
        <DataTable className="gov-table" table={table} label={t('governance.roles.title')} />
      )}
      <AddForm
        label={t('governance.roles.new')}
        button={t('governance.common.add')}
        onAdd={(name) => saveEdit((wb) => api.role.create({ wb, data: { name } }))}
      />
    </section>
  );
}
