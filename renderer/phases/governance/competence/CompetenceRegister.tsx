import { Trash2 } from 'lucide-react';
import { createColumnHelper, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competence } from '../../../../shared/schemas/governance';
import { api } from '../../../api';
import { saveEdit, useList } from '../../../store/records';
import { AddForm } from '../../../components/form/AddForm';
import { DataTable } from '../../../components/DataTable';
import { DateField } from '../../../components/form/DateField';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DraftInput, DraftTextarea } from '../../../components/form/DraftInput';
import { useStableOrder } from '../useStableOrder';
import { LiteracyNote } from './LiteracyNote';

type Patch = Partial<Omit<Competence, 'id' | 'updatedAt'>>;
const update = (id: string, patch: Patch) => saveEdit((wb) => api.competence.update({ wb, id, patch }));
const column = createColumnHelper<Competence>();
type TextField = 'person' | 'role' | 'requiredCompetence' | 'training' | 'evidence';

/** Competence and AI literacy register (ISO 42001 7.2, A.4.6; EU AI Act Art. 4). */
export function CompetenceRegister() {
  const { t, i18n } = useTranslation();
  const entries = useStableOrder(useList('competence'));
  const columns = useMemo(() => {
    const label = (field: string, c: Competence) =>
      t('governance.common.fieldOf', {
        field: t(`governance.competence.columns.${field}`),
        record: c.person,
      });
    const text = (field: TextField, multiline = false) =>
      column.accessor(field, {
        header: () => t(`governance.competence.columns.${field}`),
        cell: ({ row: { original: c } }) => {
          const Field = multiline ? DraftTextarea : DraftInput;
          return (
            <Field
              value={c[field]}
              required={field === 'person'}
              aria-label={label(field, c)}
              onSave={(value) => void update(c.id, { [field]: value })}
            />
          );
        },
      });
    return [
      text('person'),
      text('role', true),
      text('requiredCompetence', true),
      text('training', true),
      column.accessor('completedOn', {
        header: () => t('governance.competence.columns.completedOn'),
        cell: ({ row: { original: c } }) => (
          <DateField
            hideLabel
            label={label('completedOn', c)}
            value={c.completedOn}
            onSave={(completedOn) => void update(c.id, { completedOn })}
          />
        ),
      }),
      text('evidence', true),
      column.display({
        id: 'delete',
        header: () => <span className="visually-hidden">{t('governance.common.actions')}</span>,
        cell: ({ row: { original: c } }) => (
          <ConfirmButton
            label={t('governance.common.delete', { name: c.person })}
            confirmLabel={t('governance.common.confirmDelete')}
            onConfirm={() => void saveEdit((wb) => api.competence.delete({ wb, id: c.id }))}
          >
            <Trash2 size={16} aria-hidden />
          </ConfirmButton>
        ),
      }),
    ];
  }, [t]);
  const table = useReactTable({
    data: entries,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (c) => c.id,
  });
  const trained = entries.filter((c) => c.completedOn !== null).length;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });

  return (
    <section className="card" aria-labelledby="gov-competence-title">
      <div className="card-head">
        <h3 id="gov-competence-title">{t('governance.competence.title')}</h3>
        {entries.length > 0 && (
          <span className="figure">
            {t('governance.competence.trained', {
              trained,
              total: entries.length,
              percent: percent.format(trained / entries.length),
            })}
          </span>
        )}
      </div>
      <LiteracyNote />
      {entries.length === 0 ? (
        <p className="empty">{t('governance.competence.empty')}</p>
      ) : (
        <div className="table-scroll">
          <DataTable className="gov-table" table={table} label={t('governance.competence.title')} />
        </div>
      )}
      <AddForm
        label={t('governance.competence.new')}
        button={t('governance.common.add')}
        onAdd={(person) => saveEdit((wb) => api.competence.create({ wb, data: { person } }))}
      />
    </section>
  );
}
