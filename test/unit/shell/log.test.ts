import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLog, describeError, redact } from '../../../electron/log';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();

describe('the main process log', () => {
  it('keeps client data out: paths, file names, quoted text and e-mail addresses', () => {
    const text = redact(
      `cannot open '/home/anna/Mandanten/Müller GmbH/Gap 2026.aimswb' for anna.berg@mueller.de: C:\\Users\\anna\\Desktop\\Ζωή.aimswb “Geheimprojekt”`,
    );
    for (const secret of ['Müller', 'Gap 2026', 'anna', 'mueller.de', 'Ζωή', 'Geheimprojekt', 'Mandanten']) expect(text).not.toContain(secret);
    expect(text).toContain('cannot open');
    expect(redact('SQLITE_BUSY: database is locked')).toBe('SQLITE_BUSY: database is locked');
  });

  it('writes an error as one line with its code and the first frames of its stack, and its cause', () => {
    const cause = Object.assign(new Error("Cannot find module '/opt/app/out/native/electron-150/better_sqlite3.node'"), {
      code: 'MODULE_NOT_FOUND',
    });
    const text = describeError(new Error('the SQLite module could not be loaded (missing)', { cause }));
    expect(text.split('\n')[0]).toBe('Error: the SQLite module could not be loaded (missing)');
    expect(text).toMatch(/^ {4}at /m);
    expect(text).toContain('caused by Error [MODULE_NOT_FOUND]: Cannot find module <text>');
    expect(text).not.toContain('/opt/app');
  });

  it('rotates at its size limit and keeps only the newest files', () => {
    const dir = tempDir();
    const log = createLog(dir, { maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.info(`line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    expect(readFileSync(log.file, 'utf8')).toContain('line 39');
    expect(readFileSync(join(dir, 'main.2.log'), 'utf8')).not.toContain('line 0 ');
  });

  it('never throws when the folder cannot be written', () => {
    const dir = tempDir();
    const log = createLog(join(dir, 'missing\0name'));
    expect(() => log.error('boom', new Error('x'))).not.toThrow();
    expect(existsSync(log.file)).toBe(false);
  });
});
