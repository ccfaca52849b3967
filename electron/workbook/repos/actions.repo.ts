import type { Action } from '../../../shared/schemas/action';
import { collection } from '../collection';
import { defineTable } from '../table';

export const actions = collection(
  defineTable<Action>({
    table: 'actions',
    entity: 'action',
    key: ['id'],
    orderBy: 'ref',
    columns: {
      id: 'text',
      ref: 'text',
      title: 'text',
      description: 'text',
      sourceKind: 'text',
      sourceId: 'text',
      owner: 'text',
      effortDays: 'real',
      priority: 'text',
      startDate: 'text',
      dueDate: 'text',
      status: 'text',
      updatedAt: 'text',
    },
  }),
  {
    title: '',
    description: '',
    sourceKind: 'manual',
    sourceId: null,
    owner: '',
    effortDays: null,
    priority: 'medium',
    startDate: null,
    dueDate: null,
    status: 'open',
  },
  'M',
);
