import fc from 'fast-check';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHANNELS, EDIT_CHANNELS, type Channel, type Input } from '../../../shared/contract';
import { applyListChange } from '../../../shared/listChange';
import { entityOfTable } from '../../../electron/workbook/table';
import type { Db } from '../../../electron/workbook/sql';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';
import { editXlsx, generateQuestionnaire, Q, questionnaireSheet, rowOf } from '../../support/xlsx';
import { png } from '../../support/images';

/** Sequences per run of `npm test`; `npm run soak:undo` raises it. */
const RUNS = Number(process.env.UNDO_RUNS ?? 200);
const tempDir = useTempDir();

/** One generated step: which channel, and numbers and text the payload builder draws on. */
interface Step {
  channel: Channel;
  pick: number;
  level: number;
  flag: boolean;
  text: string;
}

/** The ids of the records a payload can name, read from the workbook before each step. */
type Pool = (table: string, column?: string) => string[];

type Builder = (pool: Pool, step: Step, files: Files) => object | null;
interface Files {
  evidence: string;
  logo: string;
  questionnaire: string;
}

const choose = <T>(list: readonly T[], pick: number): T | undefined =>
  list.length ? list[pick % list.length] : undefined;
const byId = (table: string, build: (id: string, step: Step) => object) => (pool: Pool, step: Step) => {
  const id = choose(pool(table), step.pick);
  return id === undefined ? null : build(id, step);
};
const crud = (
  table: string,
  create: (pool: Pool, step: Step) => object | null,
  patch: (step: Step) => object,
) => ({
  create: (pool: Pool, step: Step) => {
    const data = create(pool, step);
    return data && { data };
  },
  update: byId(table, (id, step) => ({ id, patch: patch(step) })),
  delete: byId(table, (id) => ({ id })),
});
const LEVELS = (step: Step) => (step.level % 5) + 1;
const itemOf = (pool: Pool, step: Step) => choose(pool('catalog_items', 'item_id'), step.pick)!;
const controlOf = (pool: Pool, step: Step) => choose(pool('soa_entries', 'control_id'), step.pick)!;

/**
 * A payload per write channel of the contract. The test fails for a channel without one, so a new write
 * channel cannot escape the property.
 */
const CRUD: Record<string, ReturnType<typeof crud>> = {
  session: crud(
    'workshop_sessions',
    (_, s) => ({ title: `Workshop ${s.text}` }),
    (s) => ({ location: s.text }),
  ),
  attendee: crud(
    'attendees',
    (pool, s) => {
      const sessionId = choose(pool('workshop_sessions'), s.pick);
      return sessionId ? { sessionId, name: `Ζωή ${s.text}` } : null;
    },
    (s) => ({ role: s.text }),
  ),
  aiSystem: crud(
    'ai_systems',
    (_, s) => ({ name: `System ${s.text}` }),
    (s) => ({ owner: s.text }),
  ),
  risk: crud(
    'risks',
    (pool, s) => ({
      title: `Risk ${s.text}`,
      likelihood: LEVELS(s),
      impact: LEVELS({ ...s, level: s.level + 2 }),
      aiSystemId: s.flag ? (choose(pool('ai_systems'), s.pick) ?? null) : null,
    }),
    (s) => ({ owner: s.text, likelihood: LEVELS(s) }),
  ),
  impact: crud(
    'impact_assessments',
    (pool, s) => {
      const taken = new Set(pool('impact_assessments', 'ai_system_id'));
      const aiSystemId = pool('ai_systems').find((id) => !taken.has(id));
      return aiSystemId ? { aiSystemId, affectedGroups: s.text } : null;
    },
    (s) => ({ mitigation: s.text }),
  ),
  role: crud(
    'roles',
    (_, s) => ({ name: `Role ${s.text}` }),
    (s) => ({ holder: s.text }),
  ),
  raciActivity: crud(
    'raci_activities',
    (_, s) => ({ name: `Activity ${s.text}` }),
    (s) => ({ name: `A ${s.text}` }),
  ),
  policy: crud(
    'policy_sections',
    (_, s) => ({ title: `Section ${s.text}` }),
    (s) => ({ body: s.text }),
  ),
  objective: crud(
    'objectives',
    (_, s) => ({ title: `Objective ${s.text}` }),
    (s) => ({ measure: s.text }),
  ),
  competence: crud(
    'competences',
    (_, s) => ({ person: `Person ${s.text}` }),
    (s) => ({ role: s.text }),
  ),
  managementSystem: crud(
    'management_systems',
    (_, s) => ({ standard: s.flag ? 'iso27001' : 'iso9001', name: `ISMS ${s.text}` }),
    (s) => ({ scope: s.text }),
  ),
  document: crud(
    'documents',
    (_, s) => ({ title: `Doc ${s.text}` }),
    (s) => ({ owner: s.text }),
  ),
  audit: crud(
    'audits',
    (_, s) => ({ title: `Audit ${s.text}` }),
    (s) => ({ auditor: s.text }),
  ),
  review: crud(
    'management_reviews',
    (_, s) => ({ attendees: s.text }),
    (s) => ({ attendees: `${s.text}!` }),
  ),
  nonconformity: crud(
    'nonconformities',
    (pool, s) => ({ title: `NC ${s.text}`, severity: s.flag ? 'major' : 'minor', itemId: itemOf(pool, s) }),
    (s) => ({ rootCause: s.text }),
  ),
  action: crud(
    'actions',
    (_, s) => ({ title: `Action ${s.text}` }),
    (s) => ({ owner: s.text }),
  ),
};

const BUILDERS: Partial<Record<Channel, Builder>> = {
  ...Object.fromEntries(
    Object.entries(CRUD).flatMap(([aggregate, verbs]) =>
      Object.entries(verbs).map(([verb, build]) => [`${aggregate}:${verb}`, build]),
    ),
  ),
  'engagement:update': (_, s) => ({ patch: { scopeStatement: s.text } }),
  'assessment:update': (pool, s) => ({
    itemId: itemOf(pool, s),
    patch: s.flag ? { maturityCurrent: s.level % 6, verdict: 'minor-nc' } : { finding: s.text },
  }),
  'evidence:create': (pool, s) => ({
    itemId: itemOf(pool, s),
    kind: 'requested',
    title: `E ${s.text}`,
    reference: '',
  }),
  'evidence:attach': (pool, s) => ({ itemId: itemOf(pool, s), kind: 'seen' }),
  'evidence:delete': byId('evidence', (id) => ({ id })),
  'classification:save': (pool, s) => {
    const aiSystemId = choose(pool('ai_systems'), s.pick);
    return aiSystemId ? { aiSystemId, answers: { prohibited: s.flag }, rationaleNote: s.text } : null;
  },
  'raci:set': (pool, s) => {
    const activityId = choose(pool('raci_activities'), s.pick);
    const roleId = choose(pool('roles'), s.level);
    return activityId && roleId
      ? { activityId, roleId, value: s.flag ? choose(['R', 'A', 'C', 'I'], s.level) : null }
      : null;
  },
  'soa:update': (pool, s) => ({
    controlId: controlOf(pool, s),
    patch: s.flag
      ? { applicable: true, inclusionReasons: ['risk'] }
      : { applicable: false, exclusionJustification: s.text },
  }),
  'coverage:set': (pool, s) => {
    const managementSystemId = choose(pool('management_systems'), s.pick);
    return managementSystemId
      ? { itemId: itemOf(pool, s), managementSystemId, reference: 'A.5.24', note: s.text, covered: s.flag }
      : null;
  },
  'branding:update': (_, s) => ({ patch: { firmName: s.text } }),
  'branding:attachLogo': (_, s) => ({ slot: s.flag ? 'firm' : 'client' }),
  'branding:removeLogo': (_, s) => ({ slot: s.flag ? 'firm' : 'client' }),
  'questionnaire:apply': () => ({}),
};

/** Every table's rows in a canonical order: what the consultant's data is, without the undo history itself. */
function dump(db: Db): Record<string, string[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN ('change_log', 'edit_actions', 'sqlite_sequence')`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((name) => {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all();
      return [name, rows.map((row) => JSON.stringify(row)).sort()];
    }),
  );
}

/** The entities whose tables differ between two dumps. */
function differing(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  return Object.keys(after)
    .filter((table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]))
    .map((table) => entityOfTable(table) ?? table)
    .sort();
}

/** The aggregates whose list the renderer keeps; each is a whole-workbook read. */
const LISTS = CHANNELS.filter((name) => name.endsWith(':list'));

async function readLists(
  call: ReturnType<typeof testServices>['call'],
  wb: string,
): Promise<Record<string, unknown[]>> {
  const lists: Record<string, unknown[]> = {};
  for (const name of LISTS)
    lists[name.slice(0, -':list'.length)] = (await call(name, { wb } as never)) as unknown[];
  return lists;
}

let template: string;
let files: Files;
let templateDir: string;
afterAll(() => rmSync(templateDir, { recursive: true, force: true }));
beforeAll(async () => {
  const dir = (templateDir = mkdtempSync(join(tmpdir(), 'aims-undo-')));
  const s = testServices(dir);
  const { wb, path } = await s.newWorkbook('template.aimswb', 'Дмитрий & 李 GmbH');
  // Records with links of every kind, so that generated deletions meet their SET NULL and CASCADE rows.
  const call = s.call;
  const session = await call('session:create', { wb, data: { title: 'Kick-off' } });
  await call('attendee:create', { wb, data: { sessionId: session.id, name: 'דוד כהן' } });
  await call('assessment:update', {
    wb,
    itemId: '4.1',
    patch: { sessionId: session.id, maturityCurrent: 2 },
  });
  for (const name of ['CV-Screening', 'Chatbot']) {
    const system = await call('aiSystem:create', { wb, data: { name } });
    await call('risk:create', {
      wb,
      data: { title: `Bias ${name}`, likelihood: 3, impact: 4, aiSystemId: system.id },
    });
    await call('classification:save', { wb, aiSystemId: system.id, answers: {}, rationaleNote: '' });
    await call('impact:create', { wb, data: { aiSystemId: system.id } });
  }
  const role = await call('role:create', { wb, data: { name: 'AI Officer' } });
  const activity = await call('raciActivity:create', { wb, data: { name: 'Risk review' } });
  await call('raci:set', { wb, activityId: activity.id, roleId: role.id, value: 'A' });
  const isms = await call('managementSystem:create', { wb, data: { standard: 'iso27001', name: 'ISMS' } });
  await call('coverage:set', {
    wb,
    itemId: '5.2',
    managementSystemId: isms.id,
    reference: '5.2',
    note: '',
    covered: true,
  });
  const questionnaire = await editXlsx(
    await generateQuestionnaire(s, wb, dir, 'en'),
    join(dir, 'filled.xlsx'),
    (book) => {
      rowOf(questionnaireSheet(book), '4.1').getCell(Q.rating).value = 3;
      rowOf(questionnaireSheet(book), '5.2').getCell(Q.answer).value = 'We have a policy';
    },
  );
  s.sessions.closeAll();
  template = path;
  files = { evidence: join(dir, 'evidence.pdf'), logo: join(dir, 'logo.png'), questionnaire };
  writeFileSync(files.evidence, '%PDF-1.7\n%%EOF\n');
  writeFileSync(files.logo, png());
});

it('covers every write channel of the contract', () => {
  expect(Object.keys(BUILDERS).sort()).toEqual([...EDIT_CHANNELS].sort());
});

const stepArb = fc.record({
  channel: fc.constantFrom(...EDIT_CHANNELS),
  pick: fc.nat(1000),
  level: fc.nat(20),
  flag: fc.boolean(),
  text: fc.string({ maxLength: 12 }),
});

it(`undoes and redoes ${RUNS} random sequences over every write channel exactly`, async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 20 }), async (steps) => {
      const dir = tempDir();
      const path = join(dir, `run-${run++}.aimswb`);
      copyFileSync(template, path);
      const s = testServices(dir);
      s.dialogs.answer(path);
      const wb = (await s.call('workbook:open', {}))!.wb;
      const db = s.sessions.get(wb).db;
      const pool: Pool = (table, column = 'id') =>
        db.prepare(`SELECT "${column}" FROM "${table}" ORDER BY rowid`).pluck().all() as string[];
      try {
        const start = dump(db);
        // The renderer's copy of every list, kept only from what the change events say.
        const copies = await readLists(s.call, wb);
        let actions = 0;
        /**
         * Calls a channel and checks that what it announced is exactly what changed in the file, and that the
         * lists rebuilt from its events equal fresh reads.
         */
        const step = async (channel: Channel, payload: object) => {
          const before = dump(db);
          s.changes.length = 0;
          const result = await s.dispatch(channel, { wb, ...payload } as Input<Channel>);
          if (!result.ok)
            expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('internal');
          const after = dump(db);
          const announced = [...new Set(s.changes.flatMap((change) => change.aggregates))].sort();
          expect(announced, channel).toEqual(differing(before, after));
          for (const change of s.changes) {
            for (const [aggregate, list] of Object.entries(change.lists)) {
              copies[aggregate] = applyListChange(copies[aggregate]!, list)!;
            }
          }
          expect(copies, channel).toEqual(await readLists(s.call, wb));
          return announced.length > 0;
        };
        for (const generated of steps) {
          const payload = BUILDERS[generated.channel]!(pool, generated, files);
          if (payload === null) continue;
          if (generated.channel === 'evidence:attach') s.dialogs.answer(files.evidence);
          if (generated.channel === 'branding:attachLogo') s.dialogs.answer(files.logo);
          if (generated.channel === 'questionnaire:apply') {
            s.dialogs.answer(files.questionnaire);
            const preview = await s.call('questionnaire:preview', { wb });
            Object.assign(payload, { token: preview!.token });
          }
          if (await step(generated.channel, payload)) actions++;
        }
        const end = dump(db);
        for (let i = 0; i < actions; i++) expect(await step('workbook:undo', {}), 'undo').toBe(true);
        expect(dump(db)).toEqual(start);
        for (let i = 0; i < actions; i++) expect(await step('workbook:redo', {}), 'redo').toBe(true);
        expect(dump(db)).toEqual(end);
      } finally {
        s.sessions.closeAll();
      }
    }),
    { numRuns: RUNS },
  );
}, 600_000);
