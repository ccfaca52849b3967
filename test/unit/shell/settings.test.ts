import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore, SettingsUnreadable } from '../../../electron/services/settings';
import { startupMessage } from '../../../electron/startup';
import { NativeModuleError, nativeProblem } from '../../../electron/workbook/sqlite';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();

describe('the settings file', () => {
  it('starts from the defaults, keeps what the user picks, and tells listeners', () => {
    const dir = tempDir();
    const settings = new SettingsStore(dir, { language: 'en' });
    expect(settings.get()).toEqual({ language: 'en' });
    const seen: string[] = [];
    settings.subscribe(({ language }) => seen.push(language));
    settings.update({ language: 'de' });
    expect(seen).toEqual(['de']);
    expect(new SettingsStore(dir, { language: 'en' }).get()).toEqual({ language: 'de' });
  });

  it('moves a damaged file aside and carries on with the defaults', () => {
    for (const damage of ['{"language": "fr"}', 'not json', '']) {
      const dir = tempDir();
      writeFileSync(join(dir, 'settings.json'), damage);
      const settings = new SettingsStore(dir, { language: 'de' });
      expect(settings.get()).toEqual({ language: 'de' });
      expect(readFileSync(settings.damagedCopy!, 'utf8')).toBe(damage);
      expect(readdirSync(dir)).not.toContain('settings.json');
    }
  });

  it('refuses a file it cannot read, naming the folder and the reason', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'settings.json'));
    expect(() => new SettingsStore(dir, { language: 'de' })).toThrow(SettingsUnreadable);
  });
});

describe('what a failed start says', () => {
  it('tells which SQLite problem it is from the loader’s own message', () => {
    expect(nativeProblem(Object.assign(new Error("Cannot find module '/x.node'"), { code: 'MODULE_NOT_FOUND' }))).toBe('missing');
    expect(
      nativeProblem(
        new Error(
          "The module '/x.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 150. This version of Node.js requires NODE_MODULE_VERSION 115.",
        ),
      ),
    ).toBe('wrong-abi');
    expect(nativeProblem(new Error('/x.node: invalid ELF header'))).toBe('unloadable');
  });

  it('gives the packaged app’s user something to do, and the developer the command', () => {
    const error = new NativeModuleError('wrong-abi', '/x.node', new Error('NODE_MODULE_VERSION'));
    const packaged = startupMessage(error, { language: 'en', packaged: true, logFile: '/logs/main.log' });
    expect(packaged).toEqual({
      title: 'AIMS Workbench cannot start',
      message: [
        'The SQLite module was built for another version of Electron.',
        'Please reinstall AIMS Workbench.',
        '',
        'Details are in the log file: /logs/main.log',
      ].join('\n'),
    });
    expect(startupMessage(error, { language: 'de', packaged: false, logFile: '/l' }).message).toContain('„npm start“');
    expect(startupMessage(new TypeError('x is undefined'), { language: 'de', packaged: true, logFile: '/l' }).message).toBe(
      'Beim Start ist ein unerwarteter Fehler aufgetreten.\n\nEinzelheiten stehen in der Protokolldatei: /l',
    );
  });
});
