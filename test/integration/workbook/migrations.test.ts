import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/workbook/migrations';
import { openWorkbook } from '../../../electron/workbook/workbook';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Released migrations are never edited: a workbook out in the field was migrated by exactly this text. */
const RELEASED = {
  '0010-init': 'bb4e4c1a00cfe8b3e7f414486cb35af66336bf3e535268b9a6a0dd413517b3c8',
  '0020-evidence-items': '60c5ffc1659b6f73e4bc73f68946d549ec80d18df16a7b87b17c9197ff5d39aa',
  '0030-undo-history': '8466d69d56d7ce2a1b3edc2f07a594184cfe6d32ff55cf56b44cbed14fc78348',
};

/**
 * A schema-v1 workbook as the first release wrote it, with evidence still in two free-text fields
 * (one assessment of 4.1 whose evidence_seen holds two references and a blank line).
 */
const V1_FIXTURE = join(import.meta.dirname, '../../fixtures/workbook-v1.aimswb');
const writeV1Workbook = (path: string) => copyFileSync(V1_FIXTURE, path);

describe('migrations', () => {
  it('are numbered in steps of ten and every released one is unchanged', () => {
    expect(MIGRATIONS.map((m) => m.name.slice(0, 4))).toEqual(
      MIGRATIONS.map((_, i) => String((i + 1) * 10).padStart(4, '0')),
    );
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    for (const [name, hash] of Object.entries(RELEASED)) {
      expect(sha256(MIGRATIONS.find((m) => m.name === name)!.sql), name).toBe(hash);
    }
  });

  it('migrate a v1 workbook after keeping a byte-identical copy of it beside the file', () => {
    const dir = tempDir();
    const path = join(dir, 'Kunde.aimswb');
    writeV1Workbook(path);
    const original = readFileSync(path);

    const workbook = openWorkbook(path);
    try {
      expect(workbook.backup).toBe(join(dir, 'Kunde.backup-v1.aimswb'));
      expect(workbook.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      const evidence = workbook.db.prepare('SELECT kind, title FROM evidence ORDER BY kind, title').all();
      expect(evidence).toEqual([
        { kind: 'requested', title: 'Stakeholderliste' },
        { kind: 'seen', title: 'Kontextanalyse 2026' },
        { kind: 'seen', title: 'Rechtskataster' },
      ]);
      const assessment = workbook.db
        .prepare(`SELECT maturity_current, verdict FROM assessments WHERE item_id = '4.1'`)
        .get();
      expect(assessment).toEqual({ maturity_current: 3, verdict: 'conform' });
    } finally {
      workbook.close();
    }

    const backup = new Database(workbook.backup!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT evidence_seen FROM assessments').pluck().get()).toContain('Rechtskataster');
    backup.close();
    expect(sha256(original)).not.toBe(sha256(readFileSync(path)));
    expect(existsSync(`${path}-journal`)).toBe(false);
  });

  it('never overwrite an earlier backup, and a current workbook is not backed up again', () => {
    const dir = tempDir();
    const path = join(dir, 'Kunde.aimswb');
    writeV1Workbook(path);
    const earlier = join(dir, 'Kunde.backup-v1.aimswb');
    writeFileSync(earlier, 'an earlier backup');

    const migrated = openWorkbook(path);
    migrated.close();
    expect(migrated.backup).toBe(join(dir, 'Kunde.backup-v1-2.aimswb'));
    expect(readFileSync(earlier, 'utf8')).toBe('an earlier backup');

    const reopened = openWorkbook(path);
    reopened.close();
    expect(reopened.backup).toBeNull();
  });
});
