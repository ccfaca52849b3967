import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../shared/contract';

type Command = EventPayload<'menu:command'>['command'];

/**
 * The application menu. Menu labels are English-only because Electron builds them natively before the
 * renderer's i18n runs; every command is carried out by the renderer, which speaks the user's language.
 */
export function installMenu(win: BrowserWindow, onAbout: () => void): void {
  const send = (command: Command) => () => win.webContents.send('menu:command', { command });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Engagement…', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { type: 'separator' },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: send('saveCopy') },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+P', click: send('exportPdf') },
        { type: 'separator' },
        { label: 'Close Workbook', accelerator: 'CmdOrCtrl+W', click: send('close') },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo goes through the workbook's change log (the renderer handles Ctrl+Z outside text fields).
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Deutsch', click: send('language-de') },
        { label: 'English', click: send('language-en') },
        { type: 'separator' },
        { label: 'Workshop Mode', accelerator: 'F11', click: send('workshopMode') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Help', submenu: [{ label: 'About AIMS Workbench', click: onAbout }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
