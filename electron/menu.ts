import { Menu, type BrowserWindow } from 'electron';
import type { Lang } from '../shared/catalog/types';
import { menuTemplate } from './menuTemplate';

/** Installs the application menu in `language`; main calls it again when the user switches language. */
export function installMenu(win: BrowserWindow, language: Lang, onAbout: () => void): void {
  const template = menuTemplate({
    language,
    platform: process.platform,
    send: (command) => win.webContents.send('menu:command', { command }),
    onAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
