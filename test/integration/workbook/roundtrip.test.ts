import { describe, expect, it } from 'vitest';
import { CATALOG_ITEMS } from '../../../shared/catalog/iso42001';
import { CATALOG_VERSION } from '../../../shared/catalog/version';
import { documentRegister } from '../../../shared/domain/documents';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();

/** Sample create data and a patch for every aggregate with generated ids. */
const CRUD_CASES = [
  {
    name: 'session',
    create: { title: 'Kick-off', date: '2026-11-02', location: 'Köln' },
    patch: { notes: 'Agenda abgestimmt' },
  },
  {
    name: 'aiSystem',
    create: { name: 'CV-Screening', operatorRole: 'deployer' },
    patch: { purpose: 'Vorauswahl von Bewerbungen' },
  },
  {
    name: 'risk',
    create: { title: 'Bias gegenüber Älteren', likelihood: 4, impact: 4, controlIds: ['A.7.4'] },
    patch: { residualLikelihood: 2, residualImpact: 3 },
  },
  { name: 'role', create: { name: 'KI-Beauftragte' }, patch: { holder: 'Dr. Jana Weiß' } },
  {
    name: 'raciActivity',
    create: { name: 'KI-Risikobeurteilung', itemId: '6.1.2' },
    patch: { name: 'KI-Risikobeurteilung durchführen' },
  },
  {
    name: 'policy',
    create: { title: 'Zweck', body: 'Diese Politik …', position: 1 },
    patch: { body: 'Geändert' },
  },
  {
    name: 'objective',
    create: { title: 'Alle Hochrisiko-Systeme bewertet' },
    patch: { status: 'in-progress' },
  },
  {
    name: 'competence',
    create: { person: 'Max Müller', role: 'Data Scientist' },
    patch: { completedOn: '2026-10-01' },
  },
  {
    name: 'managementSystem',
    create: { standard: 'iso27001', name: 'ISMS', certificateStatus: 'certified' },
    patch: { validUntil: '2027-05-31' },
  },
  { name: 'document', create: { title: 'KI-Politik', itemId: '5.2' }, patch: { status: 'approved' } },
  {
    name: 'audit',
    create: { title: 'Internes Audit 2027' },
    patch: { status: 'done', performedDate: '2027-03-01' },
  },
  { name: 'review', create: { plannedDate: '2027-04-01' }, patch: { inputsCovered: ['status-of-actions'] } },
  {
    name: 'nonconformity',
    create: { title: 'Keine Folgenabschätzung', severity: 'major' },
    patch: { status: 'action-planned' },
  },
  {
    name: 'action',
    create: { title: 'Folgenabschätzung einführen', priority: 'high' },
    patch: { status: 'in-progress', effortDays: 5 },
  },
] as const;

describe('every aggregate round-trips through a closed and reopened workbook', () => {
  it.each(CRUD_CASES)('$name: create, update, reopen, read back, delete', async ({ name, create, patch }) => {
    const s = testServices(tempDir());
    const { path, wb } = await s.newWorkbook();
    const call = s.call as (channel: string, input: unknown) => Promise<Record<string, unknown>>;
    const created = await call(`${name}:create`, { wb, data: create });
    expect(created).toMatchObject(create);
    const updated = await call(`${name}:update`, { wb, id: created.id, patch });
    expect(updated).toMatchObject({ ...create, ...patch });

    await s.call('workbook:close', { wb });
    s.dialogs.answer(path);
    const reopened = (await s.call('workbook:open', {}))!;
    // Some aggregates start pre-filled (the documents register): only the record made here is compared.
    const list = async () =>
      (await call(`${name}:list`, { wb: reopened.wb })) as unknown as Record<string, unknown>[];
    const listed = await list();
    expect(listed.filter((record) => record.id === created.id)).toEqual([updated]);

    await call(`${name}:delete`, { wb: reopened.wb, id: created.id });
    const after = await list();
    expect(after.some((record) => record.id === created.id)).toBe(false);
    expect(after).toHaveLength(listed.length - 1);
    s.sessions.closeAll();
  });

  it('engagement, assessments, SoA, RACI, coverage, evidence, attendees and branding', async () => {
    const s = testServices(tempDir());
    const { path, wb } = await s.newWorkbook();
    await s.call('engagement:update', {
      wb,
      patch: { sector: 'Versicherung', scopeStatement: 'Alle KI-Systeme im Schadenbereich' },
    });
    await s.call('assessment:update', {
      wb,
      itemId: '6.1.4',
      patch: {
        maturityCurrent: 1,
        maturityTarget: 3,
        verdict: 'major-nc',
        finding: 'Kein Prozess',
        interviewee: 'CISO',
      },
    });
    await s.call('soa:update', {
      wb,
      controlId: 'A.5.2',
      patch: { applicable: true, inclusionReasons: ['risk', 'legal'] },
    });
    const role = await s.call('role:create', { wb, data: { name: 'KI-Beauftragte' } });
    const activity = await s.call('raciActivity:create', { wb, data: { name: 'Folgenabschätzung' } });
    await s.call('raci:set', { wb, activityId: activity.id, roleId: role.id, value: 'A' });
    const isms = await s.call('managementSystem:create', {
      wb,
      data: { standard: 'iso27001', name: 'ISMS' },
    });
    await s.call('coverage:set', {
      wb,
      itemId: '7.5.3',
      managementSystemId: isms.id,
      reference: 'ISO 27001 7.5.3',
      note: '',
      covered: true,
    });
    await s.call('evidence:create', {
      wb,
      itemId: '5.2',
      kind: 'requested',
      title: 'KI-Politik (Entwurf)',
      reference: '',
    });
    const session = await s.call('session:create', { wb, data: { title: 'Workshop 1' } });
    await s.call('attendee:create', {
      wb,
      data: { sessionId: session.id, name: 'Erika Mustermann', role: 'CDO' },
    });
    await s.call('branding:update', {
      wb,
      patch: { firmName: 'Beispiel Consulting GmbH', primaryColor: '#004080' },
    });
    await s.call('workbook:close', { wb });

    s.dialogs.answer(path);
    const again = (await s.call('workbook:open', {}))!.wb;
    expect((await s.call('engagement:get', { wb: again })).sector).toBe('Versicherung');
    const assessment = (await s.call('assessment:list', { wb: again })).find((a) => a.itemId === '6.1.4');
    expect(assessment).toMatchObject({
      maturityCurrent: 1,
      maturityTarget: 3,
      verdict: 'major-nc',
      interviewee: 'CISO',
    });
    expect((await s.call('soa:list', { wb: again })).find((e) => e.controlId === 'A.5.2')).toMatchObject({
      applicable: true,
      inclusionReasons: ['risk', 'legal'],
    });
    expect(await s.call('raci:list', { wb: again })).toEqual([
      { activityId: activity.id, roleId: role.id, value: 'A' },
    ]);
    expect(await s.call('coverage:list', { wb: again })).toEqual([
      { itemId: '7.5.3', managementSystemId: isms.id, reference: 'ISO 27001 7.5.3', note: '' },
    ]);
    expect(await s.call('evidence:list', { wb: again })).toMatchObject([
      { itemId: '5.2', kind: 'requested', title: 'KI-Politik (Entwurf)' },
    ]);
    expect(await s.call('attendee:list', { wb: again })).toMatchObject([
      { sessionId: session.id, name: 'Erika Mustermann' },
    ]);
    expect(await s.call('branding:get', { wb: again })).toMatchObject({
      firmName: 'Beispiel Consulting GmbH',
      primaryColor: '#004080',
    });
    s.sessions.closeAll();
  });

  it('a new workbook holds one assessment per catalogue item and one SoA entry per Annex A control', async () => {
    const s = testServices(tempDir());
    const { wb } = await s.newWorkbook();
    const assessments = await s.call('assessment:list', { wb });
    expect(assessments).toHaveLength(70);
    expect(assessments[0]!.itemId).toBe('4.1');
    expect(assessments.at(-1)!.itemId).toBe('A.10.4');
    expect(await s.call('soa:list', { wb })).toHaveLength(38);
    expect((await s.call('catalog:items', { wb })).map((i) => i.id)).toEqual(
      assessments.map((a) => a.itemId),
    );
    s.sessions.closeAll();
  });

  it('records the catalogue version and a full snapshot of the items, and pre-fills the documents register', async () => {
    const s = testServices(tempDir());
    const { wb, summary } = await s.newWorkbook();
    expect(summary.catalogVersion).toBe(CATALOG_VERSION);
    expect(await s.call('catalog:items', { wb })).toEqual(JSON.parse(JSON.stringify(CATALOG_ITEMS)));

    const register = await s.call('document:list', { wb });
    expect(register.map((d) => d.requirementKey).sort()).toEqual(
      documentRegister(new Set())
        .map((d) => d.id)
        .sort(),
    );
    expect(register.find((d) => d.requirementKey === 'scope')).toMatchObject({
      itemId: '4.3',
      status: 'missing',
    });

    // Marking a control applicable adds the documents it implies, in the same edit: undo takes both back.
    const conditional = documentRegister(new Set(['A.6.2.8'])).filter((d) => d.conditional === 'A.6.2.8');
    expect(conditional.length).toBeGreaterThan(0);
    await s.call('soa:update', {
      wb,
      controlId: 'A.6.2.8',
      patch: { applicable: true, inclusionReasons: ['legal'] },
    });
    const keys = (await s.call('document:list', { wb })).map((d) => d.requirementKey);
    for (const d of conditional) expect(keys).toContain(d.id);
    await s.call('workbook:undo', { wb });
    expect(await s.call('document:list', { wb })).toHaveLength(register.length);
    s.sessions.closeAll();
  });
});
