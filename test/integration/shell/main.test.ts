import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from '../../../electron/security';
import { CHANNELS } from '../../../shared/contract';
import { buildChild, startChild } from '../../support/child';
import {
  electronDouble,
  runMain,
  type ElectronDouble,
  type MenuTemplateItem,
} from '../../support/electronDouble';
import { testServices } from '../../support/services';
import { useTempDir } from '../../support/temp';

const require = createRequire(import.meta.url);
const NODE_ADDON = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
const OWN_FRAME = { senderFrame: { url: 'app://aims/index.html', parent: null } };
const tempDir = useTempDir();

/**
 * An app folder as `npm start` leaves it, for the ABI of the Node running this test: Electron's SQLite
 * build stands in as a copy of the Node build, under the name main computes for the running ABI.
 */
function appFolder(
  dir: string,
  addon: 'copy' | 'none' | 'garbage' = 'copy',
): { appPath: string; binding: string } {
  const appPath = join(dir, 'app');
  const binding = join(
    appPath,
    'out',
    'native',
    `electron-${process.versions.modules}`,
    'better_sqlite3.node',
  );
  mkdirSync(join(binding, '..'), { recursive: true });
  if (addon === 'copy') copyFileSync(NODE_ADDON, binding);
  if (addon === 'garbage') writeFileSync(binding, 'this is not a shared library');
  return { appPath, binding };
}

async function workbookFile(dir: string, name: string, clientName: string): Promise<string> {
  const services = testServices(dir);
  const { path, wb } = await services.newWorkbook(name, clientName);
  await services.call('workbook:close', { wb });
  return path;
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

async function started(double: ElectronDouble, args: string[] = []) {
  stop = runMain(double, args);
  await double.ready();
  double.window!.webContents.emit('did-finish-load');
}

const labels = (menu: MenuTemplateItem[]) => menu.map((item) => item.label);
const opened = (double: ElectronDouble) =>
  double.window!.webContents.sent.filter((m) => m.channel === 'app:openRequested').map((m) => m.payload);

describe('the built main process, under a recording electron double', () => {
  it('starts one hardened window that serves only the app, with every contract channel and no other', async () => {
    const dir = tempDir();
    const double = electronDouble({ userData: join(dir, 'user-data'), ...appFolder(dir) });
    stop = runMain(double);
    expect(double.record.singleInstanceRequests).toBe(1);
    // The app:// scheme is privileged before the app is ready, as Electron requires.
    expect(double.record.readyAtSchemeRegistration).toEqual([false]);
    expect(double.record.windows).toHaveLength(0);
    await double.ready();

    const [win] = double.record.windows;
    expect(double.record.windows).toHaveLength(1);
    const prefs = win!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toEqual({ ...WEB_PREFERENCES, preload: resolve('out/preload/preload.cjs') });
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(existsSync(win!.options.icon as string)).toBe(true);
    expect(win!.loadedUrl).toBe('app://aims/index.html');
    expect([...double.record.ipc.keys()].sort()).toEqual([...CHANNELS].sort());

    const serve = double.record.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://aims/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<div id="root"');
    expect((await serve(new Request('app://aims/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await serve(new Request('app://other/index.html'))).status).toBe(404);

    const contents = win!.webContents;
    expect(contents.dispatch('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.dispatch('will-navigate', 'app://aims/index.html#gap')).toBe(false);
    expect(contents.dispatch('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(contents.dispatch('will-attach-webview')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://iso.org/standard/81230.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(double.record.externalUrls).toEqual(['https://iso.org/standard/81230.html']);
    let granted: boolean | null = null;
    double.record.permissionRequest!(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(double.record.permissionCheck!()).toBe(false);

    // A request from our page is served; one from anywhere else never reaches the services.
    const recent = double.record.ipc.get('workbook:recent')! as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>;
    expect(await recent(OWN_FRAME, {})).toEqual({ ok: true, value: [] });
    expect(await recent({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    win!.emit('ready-to-show');
    expect(win!.shown).toBe(true);
  });

  it('opens workbooks from argv, a second instance and the OS through Electron’s own SQLite build', async () => {
    const dir = tempDir();
    const first = await workbookFile(dir, 'Ζωή.aimswb', 'Ζωή Παπαδοπούλου AE');
    const second = await workbookFile(dir, 'second.aimswb', 'Zweite GmbH');
    const third = await workbookFile(dir, 'third.aimswb', 'Dritte KG');
    const { appPath, binding } = appFolder(dir);
    const double = electronDouble({ userData: join(dir, 'user-data'), appPath });
    expect(require.cache[binding]).toBeUndefined();

    stop = runMain(double, ['--enable-logging', first]);
    await double.ready();
    // Start-up proved that the addon main computed for this ABI loads; forgotten again, it must come back
    // when the workbook itself is opened — with it, not with the Node build in node_modules.
    expect(require.cache[binding]).toBeDefined();
    delete require.cache[binding];
    double.window!.webContents.emit('did-finish-load');
    expect(opened(double)).toEqual([
      { summary: expect.objectContaining({ fileName: 'Ζωή.aimswb', clientName: 'Ζωή Παπαδοπούλου AE' }) },
    ]);
    expect(require.cache[binding]).toBeDefined();

    double.app.emit('second-instance', {}, ['/opt/AIMS Workbench/aims-workbench', second], dir);
    let prevented = false;
    double.app.emit('open-file', { preventDefault: () => (prevented = true) }, third);
    expect(prevented).toBe(true);
    expect(opened(double).slice(1)).toEqual([
      { summary: expect.objectContaining({ clientName: 'Zweite GmbH' }) },
      { summary: expect.objectContaining({ clientName: 'Dritte KG' }) },
    ]);

    // The renderer reaches the opened workbook by its id only.
    const { wb } = (opened(double)[0] as { summary: { wb: string } }).summary;
    const info = double.record.ipc.get('workbook:info')! as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>;
    expect(await info(OWN_FRAME, { wb })).toMatchObject({ ok: true, value: { fileName: 'Ζωή.aimswb' } });

    // The Edit menu names the next undo and redo, from the page's first look and from every change after it.
    const call = (channel: string, payload: unknown) =>
      (double.record.ipc.get(channel)! as (event: unknown, payload: unknown) => Promise<unknown>)(
        OWN_FRAME,
        payload,
      );
    const edit = () => double.record.menus.at(-1)![1]!.submenu!.slice(0, 2);
    await call('workbook:undoState', { wb });
    expect(edit().map((item) => [item.label, item.enabled])).toEqual([
      ['Rückgängig', false],
      ['Wiederholen', false],
    ]);
    await call('aiSystem:create', { wb, data: { name: 'CV-Screening' } });
    await call('workbook:undo', { wb });
    expect(edit().map((item) => [item.label, item.enabled])).toEqual([
      ['Rückgängig', false],
      ['Wiederholen: KI-System ‚CV-Screening‘ anlegen', true],
    ]);
    await call('workbook:close', { wb });
    expect(edit().map((item) => item.enabled)).toEqual([undefined, undefined]);
    await call('workbook:open', { path: first });

    // Quitting closes every workbook: the files are free for another process again.
    stop!();
    stop = null;
    const holder = startChild(await buildChild('holdWorkbook.ts'), [first]);
    const refused = holder.exited.then((code) =>
      Promise.reject(new Error(`the workbook is still held (exit ${code})`)),
    );
    await Promise.race([holder.ready, refused]);
    holder.child.kill('SIGKILL');
    await holder.exited;
  });

  it('reports a workbook on argv that another process holds, and keeps the window', async () => {
    const dir = tempDir();
    const path = await workbookFile(dir, 'locked.aimswb', 'Gesperrt AG');
    const holder = startChild(await buildChild('holdWorkbook.ts'), [path]);
    await holder.ready;
    try {
      const before = readFileSync(path);
      const double = electronDouble({ userData: join(dir, 'user-data'), ...appFolder(dir) });
      await started(double, [path]);
      expect(opened(double)).toEqual([{ error: expect.objectContaining({ code: 'workbook-locked' }) }]);
      expect(double.record.errorBoxes).toEqual([]);
      expect(double.record.exits).toEqual([]);
      expect(readFileSync(path).equals(before)).toBe(true);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }
  });

  it('leaves at once when another instance holds the single-instance lock', () => {
    const dir = tempDir();
    const double = electronDouble({ userData: join(dir, 'user-data'), ...appFolder(dir), gotLock: false });
    stop = runMain(double);
    expect(double.record.quits).toBe(1);
    expect(double.record.privilegedSchemes).toEqual([]);
  });

  it('builds the menu in the UI language and rebuilds it when the user switches', async () => {
    const dir = tempDir();
    const double = electronDouble({ userData: join(dir, 'user-data'), ...appFolder(dir), locale: 'de-AT' });
    await started(double);
    expect(labels(double.record.menus.at(-1)!)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);

    const update = double.record.ipc.get('settings:update')! as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>;
    expect(await update(OWN_FRAME, { patch: { language: 'en' } })).toEqual({
      ok: true,
      value: { language: 'en' },
    });
    expect(labels(double.record.menus.at(-1)!)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(JSON.parse(readFileSync(join(dir, 'user-data', 'settings.json'), 'utf8'))).toEqual({
      language: 'en',
    });

    // A menu command reaches the renderer as an event, never as a call into main.
    const file = double.record.menus.at(-1)![0]!.submenu!;
    file.find((item) => item.label === 'Save a Copy…')!.click!();
    expect(double.window!.webContents.sent.at(-1)).toEqual({
      channel: 'menu:command',
      payload: { command: 'saveCopy' },
    });
  });
});

describe('a start that cannot succeed ends in a translated dialog, never a blank window', () => {
  async function failedStart(options: {
    addon?: 'copy' | 'none' | 'garbage';
    locale?: string;
    settings?: 'folder';
  }) {
    const dir = tempDir();
    const userData = join(dir, 'user-data');
    if (options.settings === 'folder') mkdirSync(join(userData, 'settings.json'), { recursive: true });
    const double = electronDouble({
      userData,
      ...appFolder(dir, options.addon),
      locale: options.locale ?? 'de-DE',
    });
    stop = runMain(double);
    await double.ready();
    return { double, log: join(userData, 'logs', 'main.log'), dir };
  }

  it('names a missing SQLite build, what to do and the log file, in German, and quits', async () => {
    const { double, log, dir } = await failedStart({ addon: 'none' });
    expect(double.record.windows).toEqual([]);
    expect(double.record.errorBoxes).toEqual([
      {
        title: 'AIMS Workbench kann nicht starten',
        message: expect.stringContaining('Das für diese Electron-Version gebaute SQLite-Modul fehlt.'),
      },
    ]);
    expect(double.record.errorBoxes[0]!.message).toContain('„npm start“');
    expect(double.record.errorBoxes[0]!.message).toContain(`Protokolldatei: ${log}`);
    expect(double.record.errorBoxes[0]!.message).not.toMatch(/\bat \w|Error:/);
    expect(double.record.exits).toEqual([1]);
    const logged = readFileSync(log, 'utf8');
    expect(logged).toContain(
      'start-up failed: NativeModuleError: the SQLite module could not be loaded (missing)',
    );
    expect(logged).not.toContain(dir);
  });

  it('tells an addon that does not load from a missing one, in English on an English system', async () => {
    const { double } = await failedStart({ addon: 'garbage', locale: 'en-GB' });
    expect(double.record.windows).toEqual([]);
    expect(double.record.errorBoxes[0]).toEqual({
      title: 'AIMS Workbench cannot start',
      message: expect.stringContaining('The SQLite module cannot be loaded.'),
    });
    expect(double.record.exits).toEqual([1]);
  });

  it('refuses to start on settings it cannot read, naming the folder', async () => {
    const { double, dir } = await failedStart({ settings: 'folder' });
    expect(double.record.windows).toEqual([]);
    expect(double.record.errorBoxes[0]!.message).toContain(
      `Die Einstellungen in ${join(dir, 'user-data')} lassen sich nicht lesen (EISDIR).`,
    );
    expect(double.record.exits).toEqual([1]);
  });

  it('quits with a dialog when the window’s page fails to load', async () => {
    const dir = tempDir();
    const double = electronDouble({ userData: join(dir, 'user-data'), ...appFolder(dir), locale: 'en-US' });
    stop = runMain(double);
    await double.ready();
    double.window!.webContents.emit(
      'did-fail-load',
      {},
      -6,
      'ERR_FILE_NOT_FOUND',
      'app://aims/index.html',
      true,
    );
    expect(double.record.errorBoxes[0]!.message).toContain('The user interface could not be loaded.');
    expect(double.record.exits).toEqual([1]);
  });
});
