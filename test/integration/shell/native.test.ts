import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { electronBindingPath } from '../../../electron/workbook/sqlite';
import {
  electronTarget,
  prepareElectronSqlite,
  prepareOrExplain,
  type Rebuild,
} from '../../../scripts/native.mjs';
import { useTempDir } from '../../support/temp';

const tempDir = useTempDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A project folder with an installed electron and better-sqlite3 (its Node build a marker file). */
function project(electron = '45.4.1', abi = '150') {
  const root = tempDir();
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('node_modules/electron/package.json', JSON.stringify({ version: electron }));
  write('node_modules/electron/abi_version', `${abi}\n`);
  write('node_modules/better-sqlite3/package.json', JSON.stringify({ version: '12.9.0' }));
  write('node_modules/better-sqlite3/lib/index.js', 'module.exports = {};');
  write('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'node build');
  return { root, nodeBuild: join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node') };
}

/** A stand-in for @electron/rebuild: writes a "build" into the staged copy, as the real one does. */
const rebuildTo = (content: string) =>
  vi.fn<Rebuild>(({ stage }) => {
    // @electron/rebuild rebuilds every copy below the nearest lockfile: the stage must be a project of its own.
    expect(existsSync(join(stage, 'package-lock.json'))).toBe(true);
    expect(stage.startsWith(tmpdir())).toBe(true);
    const out = join(stage, 'node_modules/better-sqlite3/build/Release');
    // The staged copy starts without the Node build, so nothing of node_modules can leak into the result.
    expect(existsSync(join(out, 'better_sqlite3.node'))).toBe(false);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'better_sqlite3.node'), content);
  });

describe('SQLite for Electron (scripts/native.mjs)', () => {
  it('builds into out/native/electron-<abi>/ from a staged copy, leaving node_modules on the Node build', () => {
    const { root, nodeBuild } = project();
    const before = sha(nodeBuild);
    const rebuild = rebuildTo('electron build: node_register_module_v150');
    const result = prepareElectronSqlite({ root, rebuild });
    expect(result.built).toBe(true);
    expect(rebuild).toHaveBeenCalledOnce();
    expect(rebuild.mock.calls[0]![0].build).toEqual({
      electron: '45.4.1',
      abi: '150',
      platform: process.platform,
      arch: process.arch,
      betterSqlite3: '12.9.0',
    });
    // The file is where main looks for it (electron/workbook/sqlite.ts), in development and packaged.
    expect(result.file).toBe(electronBindingPath(root, '150'));
    expect(electronBindingPath('/opt/AIMS/resources/app.asar', '150')).toBe(
      join('/opt/AIMS/resources/app.asar.unpacked', 'out/native/electron-150/better_sqlite3.node'),
    );
    expect(readFileSync(result.file, 'utf8')).toBe('electron build: node_register_module_v150');
    expect(sha(nodeBuild)).toBe(before);
    expect(existsSync(rebuild.mock.calls[0]![0].stage)).toBe(false);
  });

  it('reuses a build that matches, and rebuilds when Electron changes', () => {
    const { root } = project();
    prepareElectronSqlite({ root, rebuild: rebuildTo('first node_register_module_v150') });
    const again = rebuildTo('second node_register_module_v150');
    expect(prepareElectronSqlite({ root, rebuild: again }).built).toBe(false);
    expect(again).not.toHaveBeenCalled();

    writeFileSync(join(root, 'node_modules/electron/package.json'), JSON.stringify({ version: '45.5.0' }));
    expect(prepareElectronSqlite({ root, rebuild: again }).built).toBe(true);
    expect(readFileSync(electronTarget(root).file, 'utf8')).toBe('second node_register_module_v150');
  });

  it('refuses a build for another ABI (node-gyp pointed at Node’s headers) instead of passing it on', () => {
    const { root } = project();
    expect(() => prepareElectronSqlite({ root, rebuild: rebuildTo('node_register_module_v115') })).toThrow(
      'is not for ABI 150',
    );
    expect(existsSync(electronTarget(root).file)).toBe(false);
  });

  it('says in one line what to do when it cannot build (offline), and changes nothing', () => {
    const { root, nodeBuild } = project();
    const before = sha(nodeBuild);
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    try {
      const offline = vi.fn<Rebuild>(() => {
        throw new Error('getaddrinfo ENOTFOUND electronjs.org');
      });
      expect(prepareOrExplain(root, offline)).toBe(false);
      expect(existsSync(offline.mock.calls[0]![0].stage)).toBe(false);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^Cannot prepare SQLite for Electron 45\.4\.1 \(ABI 150\): .*network connection/,
    );
    expect(errors[0]).not.toContain('\n');
    expect(sha(nodeBuild)).toBe(before);
    expect(existsSync(electronTarget(root).file)).toBe(false);
  });
});
