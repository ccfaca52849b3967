import type { Competence, Objective, PolicySection, RaciActivity, RaciCell, Role } from '../../../shared/schemas/governance';
import { collection } from '../collection';
import type { Db } from '../sql';
import { defineTable, deleteRecord, findRecord, insertRecord, listRecords, updateRecord } from '../table';

export const roles = collection(
  defineTable<Role>({
    table: 'roles',
    entity: 'role',
    key: ['id'],
    orderBy: 'name',
    columns: { id: 'text', name: 'text', holder: 'text', description: 'text', updatedAt: 'text' },
  }),
  { name: '', holder: '', description: '' },
);

export const raciActivities = collection(
  defineTable<RaciActivity>({
    table: 'raci_activities',
    entity: 'raciActivity',
    key: ['id'],
    orderBy: 'name',
    columns: { id: 'text', name: 'text', itemId: 'text', updatedAt: 'text' },
  }),
  { name: '', itemId: null },
);

const raciCellSpec = defineTable<RaciCell>({
  table: 'raci_cells',
  entity: 'raci',
  key: ['activityId', 'roleId'],
  columns: { activityId: 'text', roleId: 'text', value: 'text' },
});

export const listRaciCells = (db: Db): RaciCell[] => listRecords(db, raciCellSpec);

/** Sets or clears (value null) one cell of the RACI matrix. */
export function setRaciCell(db: Db, cell: { activityId: string; roleId: string; value: RaciCell['value'] | null }): void {
  const key = { activityId: cell.activityId, roleId: cell.roleId };
  const existing = findRecord(db, raciCellSpec, key);
  if (cell.value === null) {
    if (existing) deleteRecord(db, raciCellSpec, key);
  } else if (existing) updateRecord(db, raciCellSpec, key, { value: cell.value });
  else insertRecord(db, raciCellSpec, { ...key, value: cell.value });
}

export const policySections = collection(
  defineTable<PolicySection>({
    table: 'policy_sections',
    entity: 'policy',
    key: ['id'],
    orderBy: 'position',
    columns: { id: 'text', title: 'text', body: 'text', position: 'int', updatedAt: 'text' },
  }),
  { title: '', body: '', position: 0 },
);

export const objectives = collection(
  defineTable<Objective>({
    table: 'objectives',
    entity: 'objective',
    key: ['id'],
    orderBy: 'title',
    columns: {
      id: 'text',
      title: 'text',
      measure: 'text',
      target: 'text',
      owner: 'text',
      dueDate: 'text',
      status: 'text',
      updatedAt: 'text',
    },
  }),
  { title: '', measure: '', target: '', owner: '', dueDate: null, status: 'open' },
);

export const competences = collection(
  defineTable<Competence>({
    table: 'competences',
    entity: 'competence',
    key: ['id'],
    orderBy: 'person',
    columns: {
      id: 'text',
      person: 'text',
      role: 'text',
      requiredCompetence: 'text',
      training: 'text',
      completedOn: 'text',
      evidence: 'text',
      updatedAt: 'text',
    },
  }),
  { person: '', role: '', requiredCompetence: '', training: '', completedOn: null, evidence: '' },
);
