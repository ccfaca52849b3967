import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
} from '../../../shared/catalog/vocab/actions';
import type { Action } from '../../../shared/schemas/action';

const column = createColumnHelper<Action>();

/** Vocabulary columns sort by their meaning (low → critical), not alphabetically. */
const byRank =
  (order: readonly string[]): SortingFn<Action> =>
  (a, b, id) =>
    order.indexOf(a.getValue<string>(id)) - order.indexOf(b.getValue<string>(id));

/** Empty dates sort last in either direction; ISO dates compare as text. */
const byDate: SortingFn<Action> = (a, b, id) =>
  (a.getValue<string | null>(id) ?? '9999').localeCompare(b.getValue<string | null>(id) ?? '9999');

interface ColumnContext {
  t: TFunction;
  lang: 'de' | 'en';
  day: (iso: string | null) => string;
  source: (action: Action) => string;
}

/** The action plan's columns; cells are plain text because editing happens in the side form. */
export function actionColumns({ t, lang, day, source }: ColumnContext) {
  return [
    column.accessor('ref', { header: t('actions.fields.ref'), size: 76 }),
    column.accessor('title', { header: t('actions.fields.title'), size: 320 }),
    column.accessor('priority', {
      header: t('actions.fields.priority'),
      size: 104,
      sortingFn: byRank(PRIORITIES),
      cell: (c) => PRIORITY_LABELS[c.getValue()].label[lang],
    }),
    column.accessor('status', {
      header: t('actions.fields.status'),
      size: 120,
      sortingFn: byRank(ACTION_STATUSES),
      cell: (c) => ACTION_STATUS_LABELS[c.getValue()].label[lang],
    }),
    column.accessor('owner', { header: t('actions.fields.owner'), size: 136 }),
    column.accessor((a) => source(a), { id: 'source', header: t('actions.fields.source'), size: 120 }),
    column.accessor('dueDate', {
      header: t('actions.fields.due'),
      size: 110,
      sortingFn: byDate,
      cell: (c) => day(c.getValue()),
    }),
  ];
}
