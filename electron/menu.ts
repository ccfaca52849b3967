import { Menu, type BrowserWindow } from 'electron';
import type { Lang } from '../shared/catalog/types';
import type { UndoState } from '../shared/contract/workbook';
import { menuTemplate } from './menuTemplate';

/** Installs the application menu; main calls it again when the language or what undo would do changes. */
export function installMenu(
  win: BrowserWindow,
  language: Lang,
  onAbout: () => void,
  history: UndoState | null,
): void {
  const template = menuTemplate({
    language,
    platform: process.platform,
    send: (command) => win.webContents.send('menu:command', { command }),
    onAbout,
    history,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
