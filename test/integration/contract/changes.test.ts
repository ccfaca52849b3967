import { expect, it } from 'vitest';
import { describeAction } from '../../../shared/actionLabel';
import { UNDO_HISTORY_LIMIT } from '../../../electron/workbook/changeLog';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();

async function withLinkedRisk() {
  const s = testServices(tempDir());
  const { wb, path } = await s.newWorkbook();
  const system = await s.call('aiSystem:create', { wb, data: { name: 'CV-Screening' } });
  const risk = await s.call('risk:create', {
    wb,
    data: { title: 'Bias', likelihood: 3, impact: 4, aiSystemId: system.id },
  });
  await s.call('classification:save', { wb, aiSystemId: system.id, answers: {}, rationaleNote: '' });
  const since = () => s.changes.splice(0).map((change) => change.aggregates);
  since();
  return { s, wb, path, system, risk, since };
}

it('announces what an edit logged, and nothing for reads', async () => {
  const { s, wb, since } = await withLinkedRisk();
  await s.call('risk:list', { wb });
  await s.call('engagement:get', { wb });
  await s.call('workbook:undoState', { wb });
  expect(since()).toEqual([]);

  await s.call('soa:update', { wb, controlId: 'A.6.2.8', patch: { applicable: true, inclusionReasons: ['legal'] } });
  expect(since()).toEqual([['soa', 'document']]);
  // A patch that changes nothing is no action: nothing announced, nothing to undo.
  await s.call('soa:update', { wb, controlId: 'A.6.2.8', patch: { applicable: true } });
  expect(since()).toEqual([]);
  s.sessions.closeAll();
});

it('takes a deletion back with its cascade, and replays it on redo', async () => {
  const { s, wb, system, risk, since } = await withLinkedRisk();
  await s.call('aiSystem:delete', { wb, id: system.id });
  // The schema's SET NULL and CASCADE ran as logged steps of the same action.
  expect(since().map((aggregates) => new Set(aggregates))).toEqual([new Set(['risk', 'classification', 'aiSystem'])]);
  expect((await s.call('risk:list', { wb }))[0]!.aiSystemId).toBeNull();
  expect(await s.call('classification:list', { wb })).toEqual([]);

  const undone = await s.call('workbook:undo', { wb });
  expect(describeAction(undone.label, 'en')).toBe('Delete AI system ‘CV-Screening’');
  expect(describeAction(undone.label, 'de')).toBe('KI-System ‚CV-Screening‘ löschen');
  expect(new Set(undone.entities)).toEqual(new Set(['aiSystem', 'classification', 'risk']));
  expect(new Set(since()[0])).toEqual(new Set(['aiSystem', 'classification', 'risk']));
  expect((await s.call('risk:list', { wb }))[0]).toEqual(risk);
  expect(await s.call('classification:list', { wb })).toHaveLength(1);
  expect((await s.call('workbook:undoState', { wb })).redo?.channel).toBe('aiSystem:delete');

  const redone = await s.call('workbook:redo', { wb });
  expect(redone.label.channel).toBe('aiSystem:delete');
  expect((await s.call('risk:list', { wb }))[0]!.aiSystemId).toBeNull();
  expect(await s.call('aiSystem:list', { wb })).toEqual([]);
  expect(await s.call('classification:list', { wb })).toEqual([]);
  s.sessions.closeAll();
});

it('drops the redo stack on a new edit and keeps the history in the file', async () => {
  const { s, wb, path, system } = await withLinkedRisk();
  await s.call('aiSystem:update', { wb, id: system.id, patch: { owner: 'HR' } });
  await s.call('workbook:undo', { wb });
  const last = s.changes.at(-1)!.history;
  expect(last.redo?.channel).toBe('aiSystem:update');
  expect(last.undo?.channel).toBe('classification:save');

  await s.call('aiSystem:update', { wb, id: system.id, patch: { purpose: 'Screening' } });
  expect(s.changes.at(-1)!.history.redo).toBeNull();
  const redo = await s.dispatch('workbook:redo', { wb });
  expect(redo).toMatchObject({ ok: false, error: { code: 'nothing-to-redo' } });

  await s.call('workbook:undo', { wb });
  s.sessions.closeAll();
  s.dialogs.answer(path);
  const reopened = (await s.call('workbook:open', {}))!.wb;
  const state = await s.call('workbook:undoState', { wb: reopened });
  expect(state.redo?.channel).toBe('aiSystem:update');
  expect(state.undo?.channel).toBe('classification:save');
  await s.call('workbook:redo', { wb: reopened });
  expect((await s.call('aiSystem:list', { wb: reopened }))[0]!.purpose).toBe('Screening');
  s.sessions.closeAll();
});

it(`keeps the last ${UNDO_HISTORY_LIMIT} actions`, async () => {
  const s = testServices(tempDir());
  const { wb } = await s.newWorkbook();
  const system = await s.call('aiSystem:create', { wb, data: { name: 'S' } });
  for (let i = 0; i < UNDO_HISTORY_LIMIT + 5; i++) {
    await s.call('aiSystem:update', { wb, id: system.id, patch: { owner: `owner ${i}` } });
  }
  let undone = 0;
  while ((await s.dispatch('workbook:undo', { wb })).ok) undone++;
  expect(undone).toBe(UNDO_HISTORY_LIMIT);
  expect((await s.call('aiSystem:list', { wb }))[0]!.owner).toBe('owner 4');
  s.sessions.closeAll();
});
