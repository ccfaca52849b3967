import { expect, it } from 'vitest';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();

it('announces every aggregate an edit touches, and nothing for reads', async () => {
  const s = testServices(tempDir());
  const { wb } = await s.newWorkbook();
  const system = await s.call('aiSystem:create', { wb, data: { name: 'CV-Screening' } });
  await s.call('risk:create', {
    wb,
    data: { title: 'Bias', likelihood: 3, impact: 4, aiSystemId: system.id },
  });
  const since = () => s.changes.splice(0).map((change) => change.aggregates);

  since();
  await s.call('risk:list', { wb });
  await s.call('engagement:get', { wb });
  expect(since()).toEqual([]);

  await s.call('soa:update', {
    wb,
    controlId: 'A.6.2.8',
    patch: { applicable: true, inclusionReasons: ['legal'] },
  });
  expect(since()).toEqual([['soa', 'document']]);

  // Deleting a system unlinks its risks and drops its classification and impact assessment.
  await s.call('aiSystem:delete', { wb, id: system.id });
  expect(since()).toEqual([['aiSystem', 'risk', 'classification', 'impact']]);
  expect((await s.call('risk:list', { wb }))[0]!.aiSystemId).toBeNull();
  s.sessions.closeAll();
});
