import { Trash2 } from 'lucide-react';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  type ActionStatus,
} from '../../../../shared/catalog/vocab/actions';
import type { Objective } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit, useList } from '../../../store/records';
import { AddForm } from '../../../components/form/AddForm';
import { DataTable } from '../../../components/DataTable';
import { DateField } from '../../../components/form/DateField';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DraftTextarea } from '../../../components/form/DraftInput';
import { useStableOrder } from '../useStableOrder';
import { useUiLanguage } from '../../../i18n/useUiLanguage';

type Patch = Partial<Omit<Objective, 'id' | 'updatedAt'>>;
const update = (id: string, patch: Patch) => saveEdit((wb) => api.objective.update({ wb, id, patch }));
const column = createColumnHelper<Objective>();
type TextField = 'title' | 'measure' | 'target' | 'owner';

/** AI objectives (ISO 42001 6.2) with how each is measured, its target, owner, due date and status. */
export function ObjectivesTable() {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const objectives = useStableOrder(useList('objective'));
  const columns = useMemo(() => {
    const label = (field: string, o: Objective) =>
      t('governance.common.fieldOf', { field: t(`governance.objectives.columns.${field}`), record: o.title });
    // Every text wraps: targets and owners are often longer than their narrow columns.
    const text = (field: TextField) =>
      column.accessor(field, {
        header: () => t(`governance.objectives.columns.${field}`),
        cell: ({ row: { original: o } }) => (
          <DraftTextarea
            value={o[field]}
            required={field === 'title'}
            aria-label={label(field, o)}
            onSave={(value) => void update(o.id, { [field]: value })}
          />
        ),
      });
    return [
      text('title'),
      text('measure'),
      text('target'),
      text('owner'),
      column.accessor('dueDate', {
        header: () => t('governance.objectives.columns.dueDate'),
        cell: ({ row: { original: o } }) => (
          <DateField
            hideLabel
            label={label('dueDate', o)}
            value={o.dueDate}
            onSave={(dueDate) => void update(o.id, { dueDate })}
          />
        ),
      }),
      column.accessor('status', {
        header: () => t('governance.objectives.columns.status'),
        cell: ({ row: { original: o } }) => (
          <select
            value={o.status}
            aria-label={label('status', o)}
            onChange={(e) => void update(o.id, { status: e.target.value as ActionStatus })}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s].label[lang]}
              </option>
            ))}
          </select>
        ),
      }),
      column.display({
        id: 'delete',
        header: () => <span className="visually-hidden">{t('governance.common.actions')}</span>,
        cell: ({ row: { original: o } }) => (
          <ConfirmButton
            label={t('governance.common.delete', { name: o.title })}
            confirmLabel={t('governance.common.confirmDelete')}
            onConfirm={() => void saveEdit((wb) => api.objective.delete({ wb, id: o.id }))}
          >
            <Trash2 size={16} aria-hidden />
          </ConfirmButton>
        ),
      }),
    ];
  }, [t, lang]);
  const table = useReactTable({
    data: objectives,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (o) => o.id,
  });

  return (
    <section className="card" aria-labelledby="gov-objectives-title">
      <h3 id="gov-objectives-title">{t('governance.objectives.title')}</h3>
      <p className="hint">{t('governance.objectives.intro')}</p>
      {objectives.length === 0 ? (
        <p className="empty">{t('governance.objectives.empty')}</p>
      ) : (
        <div className="table-scroll">
          <DataTable className="gov-table" table={table} label={t('governance.objectives.title')} />
        </div>
      )}
      <AddForm
        label={t('governance.objectives.new')}
        button={t('governance.common.add')}
        onAdd={(title) => saveEdit((wb) => api.objective.create({ wb, data: { title, status: 'open' } }))}
      />
    </section>
  );
}
