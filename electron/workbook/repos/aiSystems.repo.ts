import type { AiSystem, Classification, ImpactAssessment } from '../../../shared/schemas/risk';
import { collection } from '../collection';
import { defineTable } from '../table';

export const aiSystems = collection(
  defineTable<AiSystem>({
    table: 'ai_systems',
    entity: 'aiSystem',
    key: ['id'],
    orderBy: 'name',
    columns: {
      id: 'text',
      name: 'text',
      purpose: 'text',
      owner: 'text',
      operatorRole: 'text',
      dataCategories: 'text',
      modelType: 'text',
      lifecycleStage: 'text',
      users: 'text',
      updatedAt: 'text',
    },
  }),
  {
    name: '',
    purpose: '',
    owner: '',
    operatorRole: 'deployer',
    dataCategories: '',
    modelType: '',
    lifecycleStage: 'operation',
    users: '',
  },
);

export const classifications = collection(
  defineTable<Classification>({
    table: 'classifications',
    entity: 'classification',
    key: ['id'],
    columns: {
      id: 'text',
      aiSystemId: 'text',
      regime: 'text',
      answers: 'json',
      tier: 'text',
      complete: 'bool',
      result: 'json',
      rationaleNote: 'text',
      updatedAt: 'text',
    },
  }),
  { aiSystemId: '', regime: 'amended-2026', answers: {}, tier: null, complete: false, result: {}, rationaleNote: '' },
);

export const impactAssessments = collection(
  defineTable<ImpactAssessment>({
    table: 'impact_assessments',
    entity: 'impact',
    key: ['id'],
    columns: {
      id: 'text',
      aiSystemId: 'text',
      affectedGroups: 'text',
      individualImpact: 'text',
      fundamentalRights: 'text',
      societalImpact: 'text',
      mitigation: 'text',
      humanOversight: 'text',
      assessor: 'text',
      assessedOn: 'text',
      updatedAt: 'text',
    },
  }),
  {
    aiSystemId: '',
    affectedGroups: '',
    individualImpact: '',
    fundamentalRights: '',
    societalImpact: '',
    mitigation: '',
    humanOversight: '',
    assessor: '',
    assessedOn: null,
  },
);
