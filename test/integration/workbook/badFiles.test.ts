import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../electron/workbook/workbook';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function cleanWorkbook(dir: string): Promise<string> {
  const s = testServices(dir);
  const { path, wb } = await s.newWorkbook('source.aimswb');
  await s.call('action:create', { wb, data: { title: 'Maßnahme' } });
  await s.call('workbook:close', { wb });
  return path;
}

/** Each bad file is refused with its own error code, and neither it nor its folder changes. */
async function expectRefused(path: string, code: string): Promise<void> {
  const before = hash(path);
  const size = statSync(path).size;
  const folder = readdirSync(join(path, '..')).sort();
  expect(() => openWorkbook(path)).toThrow(expect.objectContaining({ code }));
  const s = testServices(join(path, '..', 'ud'));
  s.dialogs.answer(path);
  expect(await s.dispatch('workbook:open', {})).toMatchObject({ ok: false, error: { code } });
  expect(hash(path)).toBe(before);
  expect(statSync(path).size).toBe(size);
  expect(
    readdirSync(join(path, '..'))
      .filter((f) => f !== 'ud')
      .sort(),
  ).toEqual(folder.filter((f) => f !== 'ud'));
}

describe('open refuses bad files with distinct errors and leaves them untouched', () => {
  it('random bytes → not-a-workbook', async () => {
    const path = join(tempDir(), 'random.aimswb');
    writeFileSync(path, randomBytes(8192));
    await expectRefused(path, 'not-a-workbook');
  });

  it('an empty file → not-a-workbook', async () => {
    const path = join(tempDir(), 'empty.aimswb');
    writeFileSync(path, '');
    await expectRefused(path, 'not-a-workbook');
  });

  it('a SQLite database of another application → foreign-database', async () => {
    const path = join(tempDir(), 'other.aimswb');
    const db = new Database(path);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (1)');
    db.close();
    await expectRefused(path, 'foreign-database');
  });

  it('a truncated workbook → workbook-corrupt', async () => {
    const dir = tempDir();
    const source = await cleanWorkbook(dir);
    const path = join(dir, 'truncated.aimswb');
    copyFileSync(source, path);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    await expectRefused(path, 'workbook-corrupt');
  });

  it('a workbook with damaged pages → workbook-corrupt', async () => {
    const dir = tempDir();
    const source = await cleanWorkbook(dir);
    const path = join(dir, 'damaged.aimswb');
    copyFileSync(source, path);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite the b-tree pages (all but the first, which holds the header) with noise.
    for (let offset = pageSize; offset < bytes.length; offset += pageSize)
      randomBytes(pageSize).copy(bytes, offset);
    writeFileSync(path, bytes);
    await expectRefused(path, 'workbook-corrupt');
  });

  it('a workbook from a newer app version → workbook-too-new, byte for byte unchanged', async () => {
    const dir = tempDir();
    const source = await cleanWorkbook(dir);
    const path = join(dir, 'future.aimswb');
    copyFileSync(source, path);
    const bytes = readFileSync(path);
    bytes.writeInt32BE(99, 60); // user_version
    writeFileSync(path, bytes);
    await expectRefused(path, 'workbook-too-new');
  });

  it('a missing file → not-found', () => {
    expect(() => openWorkbook(join(tempDir(), 'nope.aimswb'))).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});

describe('the file is the document', () => {
  it('leaves no side files after close, and a copy taken while open holds every acknowledged edit', async () => {
    const dir = tempDir();
    const s = testServices(dir);
    const { path, wb } = await s.newWorkbook();
    await s.call('risk:create', {
      wb,
      data: { title: 'Halluzinationen im Chatbot', likelihood: 4, impact: 3 },
    });
    const copy = join(dir, 'usb-stick.aimswb');
    copyFileSync(path, copy); // a raw copy, as a consultant's file manager makes it, while the app has it open
    await s.call('workbook:close', { wb });
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('client'))
        .sort(),
    ).toEqual(['client.aimswb']);

    const reopened = openWorkbook(copy);
    const titles = reopened.db.prepare('SELECT title FROM risks').all();
    reopened.close();
    expect(titles).toEqual([{ title: 'Halluzinationen im Chatbot' }]);
  });

  it('"save a copy" writes a consistent, openable workbook', async () => {
    const dir = tempDir();
    const s = testServices(dir);
    const { wb } = await s.newWorkbook();
    await s.call('action:create', { wb, data: { title: 'Schulung KI-Kompetenz' } });
    const target = join(dir, 'copy.aimswb');
    s.dialogs.answer(target);
    expect(await s.call('workbook:saveCopy', { wb })).toEqual({ fileName: 'copy.aimswb' });
    const copy = openWorkbook(target);
    expect(copy.db.prepare('SELECT title FROM actions').all()).toEqual([{ title: 'Schulung KI-Kompetenz' }]);
    copy.close();
    s.sessions.closeAll();
  });
});
