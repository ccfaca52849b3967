import type { Risk } from '../../../shared/schemas/risk';
import { collection } from '../collection';
import { defineTable } from '../table';

export const risks = collection(
  defineTable<Risk>({
    table: 'risks',
    entity: 'risk',
    key: ['id'],
    orderBy: 'ref',
    columns: {
      id: 'text',
      ref: 'text',
      title: 'text',
      description: 'text',
      aiSystemId: 'text',
      riskSource: 'text',
      owner: 'text',
      likelihood: 'int',
      impact: 'int',
      treatment: 'text',
      treatmentPlan: 'text',
      residualLikelihood: 'int',
      residualImpact: 'int',
      status: 'text',
      controlIds: 'json',
      dueDate: 'text',
      updatedAt: 'text',
    },
  }),
  {
    title: '',
    description: '',
    aiSystemId: null,
    riskSource: '',
    owner: '',
    likelihood: 3,
    impact: 3,
    treatment: 'modify',
    treatmentPlan: '',
    residualLikelihood: null,
    residualImpact: null,
    status: 'open',
    controlIds: [],
    dueDate: null,
  },
  'R',
);
