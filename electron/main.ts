import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UndoState, WorkbookSummary } from '../shared/contract/workbook';
import { assetPath } from './appRoot';
import { registerIpc } from './ipc';
import { createLog } from './log';
import { installMenu } from './menu';
import { renderInWorker } from './report/renderInWorker';
import type { Dispatch } from './services/dispatch';
import type { Dialogs } from './services/ports';
import { createServices, type Services } from './services';
import { languageOfLocale, shellText } from './shellText';
import { RendererUnavailable, startupMessage } from './startup';
import { createMainWindow, registerAppScheme, serveRenderer } from './window';
import { electronBindingPath, useNativeBinding } from './workbook/sqlite';

const isWorkbookPath = (arg: string): boolean => arg.toLowerCase().endsWith('.aimswb');

function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = () => window() ?? undefined;
  const filters = {
    workbook: [{ name: 'AIMS Workbench', extensions: ['aimswb'] }],
    pdf: [{ name: 'PDF', extensions: ['pdf'] }],
    xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
    json: [{ name: 'JSON', extensions: ['json'] }],
  };
  const choose = async (options: Electron.OpenDialogOptions) => {
    const owner = parent();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseWorkbookToOpen: () => choose({ properties: ['openFile'], filters: filters.workbook }),
    chooseFileToRead: ({ kind }) =>
      choose({
        properties: ['openFile'],
        filters:
          kind === 'image'
            ? [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'svg'] }]
            : kind === 'evidence'
              ? []
              : filters[kind],
      }),
    chooseSavePath: async ({ defaultName, kind }) => {
      const options = { defaultPath: defaultName, filters: filters[kind] };
      const owner = parent();
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

/**
 * App lifecycle. Whatever fails before the window has loaded — SQLite's Electron build missing or for
 * another ABI, unreadable settings, a renderer that does not load — ends in a native dialog in the user's
 * language naming the cause and the log file, and the app quits; it never leaves a blank window.
 */
function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  const log = createLog(join(app.getPath('userData'), 'logs'));
  let win: BrowserWindow | null = null;
  let services: Services | null = null;
  let started = false;
  // The Edit menu names what undo and redo would do in the open workbook.
  let history: UndoState | null = null;
  let refreshMenu = () => {};
  const showHistory = (next: UndoState | null) => {
    history = next;
    refreshMenu();
  };
  const pending: string[] = process.argv.slice(1).filter(isWorkbookPath);

  const fail = (error: unknown) => {
    log.error('start-up failed', error);
    const language = services?.settings.get().language ?? languageOfLocale(app.getLocale());
    const { title, message } = startupMessage(error, {
      language,
      packaged: app.isPackaged,
      logFile: log.file,
    });
    dialog.showErrorBox(title, message);
    services?.sessions.closeAll();
    app.exit(1);
  };
  process.on('uncaughtException', (error) =>
    started ? log.error('uncaught exception', error) : fail(error),
  );

  const openRequested = (path: string) => {
    if (!win || !services || !started) return void pending.push(path);
    let payload: { summary: WorkbookSummary } | { error: { code: string; message: string } };
    try {
      payload = { summary: services.files.openPath(path) };
    } catch (error) {
      const failure = error as { code?: string; message?: string };
      payload = { error: { code: failure.code ?? 'io', message: failure.message ?? 'cannot open' } };
    }
    win.webContents.send('app:openRequested', payload);
    if (win.isMinimized()) win.restore();
    win.focus();
  };
  app.on('second-instance', (_event, argv) => argv.filter(isWorkbookPath).forEach(openRequested));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openRequested(path);
  });

  const launch = () => {
    useNativeBinding(electronBindingPath(app.getAppPath(), process.versions.modules));
    const ready = createServices(
      {
        userDataDir: app.getPath('userData'),
        appVersion: app.getVersion(),
        defaultLanguage: languageOfLocale(app.getLocale()),
        dialogs: electronDialogs(() => win),
        renderReport: renderInWorker(join(__dirname, 'reportWorker.cjs')),
      },
      {
        onChanged: (change) => {
          win?.webContents.send('workbook:changed', change);
          showHistory(change.history);
        },
        log: (error) => log.error('request failed', error),
      },
    );
    services = ready;
    if (ready.settings.damagedCopy)
      log.warn('the settings file was damaged; it was moved aside and the defaults used');

    const rendererDir = join(__dirname, '..', 'renderer');
    if (!existsSync(join(rendererDir, 'index.html'))) throw new RendererUnavailable('index.html is missing');
    serveRenderer(rendererDir);
    // Besides every change, the menu learns the history when the page reads it on opening, and forgets it on close.
    const dispatch = (async (name, payload) => {
      const result = await ready.dispatch(name, payload);
      if (result.ok && name === 'workbook:undoState') showHistory(result.value as UndoState);
      if (result.ok && name === 'workbook:close') showHistory(null);
      return result;
    }) as Dispatch;
    registerIpc(ipcMain, dispatch);
    const window = createMainWindow({
      preloadDir: join(__dirname, '..', 'preload'),
      icon: assetPath('icon.png'),
    });
    win = window;

    const onAbout = () => {
      const { language } = ready.settings.get();
      void dialog.showMessageBox(window, {
        type: 'info',
        title: 'AIMS Workbench',
        message: `AIMS Workbench ${app.getVersion()}`,
        detail: shellText(language, 'about.detail'),
      });
    };
    refreshMenu = () => installMenu(window, ready.settings.get().language, onAbout, history);
    refreshMenu();
    ready.settings.subscribe(() => refreshMenu());

    window.webContents.on('did-fail-load', (_event, code, description, _url, isMainFrame) => {
      if (isMainFrame && !started) fail(new RendererUnavailable(`${description} (${code})`));
    });
    window.webContents.once('did-finish-load', () => {
      started = true;
      log.info('started');
      pending.splice(0).forEach(openRequested);
    });
  };

  app.whenReady().then(launch).catch(fail);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services?.sessions.closeAll());
}

start();
