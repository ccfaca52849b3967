import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoEngagement } from '../../../electron/services/demo';
import { archiveOf, restoreArchive } from '../../../electron/workbook/archive';
import { SCHEMA_VERSION } from '../../../electron/workbook/migrations';
import type { Db } from '../../../electron/workbook/sql';
import { openWorkbook } from '../../../electron/workbook/workbook';
import { png } from '../../support/images';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';
import { fileHash } from '../../support/xlsx';

const tempDir = useTempDir();
const FIXTURE_V1 = join(import.meta.dirname, '../../fixtures/workbook-v1.aimswb');

/** Every table of a database with its rows in stored order, as SQLite returns them. */
function tables(db: Db): Record<string, unknown[]> {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

/** The demo engagement with an attached evidence file and a logo, so there are binary columns to carry. */
async function demoWorkbook(dir: string) {
  const s = testServices(dir);
  const { wb, path } = await s.newWorkbook('demo.aimswb', 'Rheinland Versicherung AG');
  await writeDemoEngagement(s.dispatch, wb, 'de');
  const evidence = join(dir, 'Richtlinie.pdf');
  writeFileSync(evidence, Buffer.from('%PDF-1.7\n% an attachment\n%%EOF\n'));
  s.dialogs.answer(evidence);
  await s.call('evidence:attach', { wb, itemId: '5.2', kind: 'seen' });
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, png());
  s.dialogs.answer(logo);
  await s.call('branding:attachLogo', { wb, slot: 'firm' });
  return { s, wb, path };
}

describe('the full archive', () => {
  it('restores into a new workbook that equals the source table by table', async () => {
    const dir = tempDir();
    const { s, wb } = await demoWorkbook(dir);
    const archivePath = join(dir, 'archive.json');
    s.dialogs.answer(archivePath);
    expect(await s.call('archive:export', { wb })).toEqual({ fileName: 'archive.json' });

    const archive = JSON.parse(readFileSync(archivePath, 'utf8'));
    expect(archive).toMatchObject({
      format: 'aims-workbench-archive',
      applicationId: 0x41494d53,
      schemaVersion: SCHEMA_VERSION,
      catalogVersion: '2026.11.0',
      appVersion: 'test',
    });
    const attached = archive.tables.evidence.find((row: { content: unknown }) => row.content !== null);
    expect(Buffer.from(attached.content.$base64, 'base64').toString()).toContain('an attachment');
    expect(archive.tables.branding[0].firm_logo).toEqual({ $base64: png().toString('base64') });

    const restoredPath = join(dir, 'restored.aimswb');
    s.dialogs.answer(archivePath, restoredPath);
    const summary = (await s.call('archive:import', {}))!;
    expect(summary).toMatchObject({ fileName: 'restored.aimswb', clientName: 'Rheinland Versicherung AG' });

    const source = s.sessions.get(wb).db;
    const restored = s.sessions.get(summary.wb).db;
    const [before, after] = [tables(source), tables(restored)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name]);
    for (const pragma of ['user_version', 'application_id']) {
      expect(restored.pragma(pragma, { simple: true }), pragma).toBe(source.pragma(pragma, { simple: true }));
    }
    // The restored workbook is a working one, history included.
    expect(await s.call('workbook:history', { wb: summary.wb, limit: 5 })).toEqual(
      await s.call('workbook:history', { wb, limit: 5 }),
    );
    await s.call('risk:create', {
      wb: summary.wb,
      data: { title: 'Neues Risiko', likelihood: 2, impact: 2 },
    });
  });

  it('restores an archive of an older schema and migrates it', async () => {
    const dir = tempDir();
    const old = new Database(FIXTURE_V1, { readonly: true });
    const archive = archiveOf(old, 'old');
    old.close();
    expect(archive.schemaVersion).toBe(1);

    const restoredPath = join(dir, 'restored.aimswb');
    restoreArchive(archive, restoredPath);
    const migratedPath = join(dir, 'migrated.aimswb');
    copyFileSync(FIXTURE_V1, migratedPath);
    const [restored, migrated] = [openWorkbook(restoredPath), openWorkbook(migratedPath)];
    try {
      expect(restored.backup).toBeNull();
      const withoutIds = (rows: unknown[]) => rows.map((row) => ({ ...(row as object), id: '' }));
      const [a, b] = [tables(restored.db), tables(migrated.db)];
      expect(withoutIds(a.evidence!)).toEqual(withoutIds(b.evidence!));
      expect(a.evidence!.map((row) => (row as { title: string }).title).sort()).toEqual([
        'Kontextanalyse 2026',
        'Rechtskataster',
        'Stakeholderliste',
      ]);
      for (const name of Object.keys(b).filter((n) => n !== 'evidence'))
        expect(a[name], name).toEqual(b[name]);
    } finally {
      restored.close();
      migrated.close();
    }
  });
});

describe('a bad archive is refused and nothing is written', () => {
  async function setup() {
    const dir = tempDir();
    const s = testServices(dir);
    const { wb, path } = await s.newWorkbook();
    await s.call('action:create', { wb, data: { title: 'Maßnahme' } });
    const archivePath = join(dir, 'good.json');
    s.dialogs.answer(archivePath);
    await s.call('archive:export', { wb });
    const good = JSON.parse(readFileSync(archivePath, 'utf8'));
    const write = (name: string, content: unknown) => {
      const file = join(dir, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      return file;
    };
    /** Refused with `code`; no workbook (or temporary file) appears, and an existing target keeps its bytes. */
    async function expectRefused(
      file: string,
      code: string,
      message: RegExp,
      target = join(dir, 'restored.aimswb'),
    ) {
      const folder = readdirSync(dir).sort();
      const before = fileHash(path);
      s.dialogs.answer(file, target);
      const result = await s.dispatch('archive:import', {});
      s.dialogs.answers.length = 0; // a refusal before the save dialog leaves its answer unused
      expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
      expect(readdirSync(dir).sort()).toEqual(folder);
      expect(fileHash(path)).toBe(before);
    }
    return { dir, path, good, write, expectRefused };
  }

  it('not JSON, or JSON that is no archive of ours', async () => {
    const { write, expectRefused } = await setup();
    await expectRefused(write('text.json', 'no json {'), 'invalid-input', /not a JSON archive/);
    await expectRefused(
      write('other.json', { hello: 'world' }),
      'invalid-input',
      /not an archive of AIMS Workbench/,
    );
  });

  it('an archive from a newer schema', async () => {
    const { good, write, expectRefused } = await setup();
    const newer = write('newer.json', {
      ...good,
      schemaVersion: SCHEMA_VERSION + 1,
      tables: { something: 'else' },
    });
    await expectRefused(newer, 'workbook-too-new', /newer version/);
  });

  it('missing or unknown tables, rows without their columns, values the schema refuses, broken references', async () => {
    const { good, write, expectRefused } = await setup();
    const { actions: _actions, ...withoutActions } = good.tables;
    await expectRefused(
      write('missing.json', { ...good, tables: withoutActions }),
      'invalid-input',
      /missing table actions/,
    );
    await expectRefused(
      write('unknown.json', { ...good, tables: { ...good.tables, extra: [] } }),
      'invalid-input',
      /unknown table extra/,
    );
    const [assessment] = good.tables.assessments;
    const broken = (name: string, rows: Record<string, unknown>) =>
      write(name, { ...good, tables: { ...good.tables, ...rows } });
    const { verdict: _verdict, ...partial } = assessment;
    await expectRefused(
      broken('columns.json', { assessments: [partial] }),
      'invalid-input',
      /assessments row 1 does not have/,
    );
    await expectRefused(
      broken('check.json', { assessments: [{ ...assessment, maturity_current: 9 }] }),
      'invalid-input',
      /cannot be stored/,
    );
    const attendee = {
      id: 'a1',
      session_id: 'nowhere',
      name: 'X',
      role: '',
      organisation: '',
      updated_at: 'now',
    };
    await expectRefused(
      broken('refs.json', { attendees: [attendee] }),
      'invalid-input',
      /refer to missing rows/,
    );
    await expectRefused(
      broken('types.json', { engagement: [{ ...good.tables.engagement[0], id: { nested: true } }] }),
      'invalid-input',
      /damaged/,
    );
  });

  it('an archive over the size limit, and a target that exists already', async () => {
    const { dir, path, write, good, expectRefused } = await setup();
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 300 * 1024 * 1024);
    await expectRefused(huge, 'file-too-large', /larger than 256 MB/);
    await expectRefused(write('again.json', good), 'invalid-input', /exists already/, path);
  });
});
