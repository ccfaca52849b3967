import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { WorkbookSummary } from '../shared/contract/workbook';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { renderInWorker } from './report/renderInWorker';
import type { Dialogs } from './services/ports';
import { createServices } from './services';
import { createMainWindow, registerAppScheme, serveRenderer } from './window';

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

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  let win: BrowserWindow | null = null;
  const pending: string[] = process.argv.slice(1).filter(isWorkbookPath);
  const services = createServices(
    {
      userDataDir: app.getPath('userData'),
      appVersion: app.getVersion(),
      dialogs: electronDialogs(() => win),
      renderReport: renderInWorker(join(__dirname, 'reportWorker.cjs')),
    },
    {
      onChanged: (wb, aggregates) => win?.webContents.send('workbook:changed', { wb, aggregates }),
      log: (error) => console.error(error),
    },
  );

  const openRequested = (path: string) => {
    if (!win) return void pending.push(path);
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

  app.whenReady().then(() => {
    serveRenderer(join(__dirname, '..', 'renderer'));
    registerIpc(ipcMain, services.dispatch);
    win = createMainWindow(join(__dirname, '..', 'preload'));
    installMenu(win, () =>
      dialog.showMessageBox(win!, {
        type: 'info',
        title: 'AIMS Workbench',
        message: `AIMS Workbench ${app.getVersion()}`,
        detail: 'ISO/IEC 42001 gap analysis, AI risk assessment and audit readiness — offline.',
      }),
    );
    win.webContents.once('did-finish-load', () => pending.splice(0).forEach(openRequested));
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services.sessions.closeAll());
}

start();
