import type { Lang } from '../shared/catalog/types';
import { describeAction } from '../shared/actionLabel';
import type { EventPayload } from '../shared/contract';
import type { UndoState } from '../shared/contract/workbook';
import { shellText, type ShellTextKey } from './shellText';

export type MenuCommand = EventPayload<'menu:command'>['command'];

/** The part of Electron's MenuItemConstructorOptions the menu uses (menu.ts hands it to Menu.buildFromTemplate). */
export interface MenuItem {
  readonly label?: string;
  readonly role?:
    | 'appMenu'
    | 'about'
    | 'services'
    | 'hide'
    | 'hideOthers'
    | 'unhide'
    | 'quit'
    | 'close'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'resetZoom'
    | 'zoomIn'
    | 'zoomOut'
    | 'togglefullscreen'
    | 'minimize';
  readonly type?: 'normal' | 'separator' | 'radio';
  readonly accelerator?: string;
  /** false: the key is shown but left to the page (Linux and Windows; macOS always registers it). */
  readonly registerAccelerator?: boolean;
  readonly enabled?: boolean;
  readonly checked?: boolean;
  readonly click?: () => void;
  readonly submenu?: MenuItem[];
}

export interface MenuOptions {
  readonly language: Lang;
  readonly platform: NodeJS.Platform;
  /** Hands a command to the renderer, which carries it out in the user's language and state. */
  readonly send: (command: MenuCommand) => void;
  readonly onAbout: () => void;
  /** What undo and redo would do in the open workbook; null while none is open or not yet known. */
  readonly history: UndoState | null;
}

/**
 * The application menu in the UI language, rebuilt when the language changes. Accelerators are chosen
 * not to collide with each other, with the roles' own keys or with the OS (a test checks every platform):
 * full screen keeps F11, workshop mode has its own key.
 */
export function menuTemplate({ language, platform, send, onAbout, history }: MenuOptions): MenuItem[] {
  const t = (key: ShellTextKey) => shellText(language, key);
  const isMac = platform === 'darwin';
  const command = (key: ShellTextKey, name: MenuCommand, accelerator?: string): MenuItem => ({
    label: t(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const separator: MenuItem = { type: 'separator' };
  // The app's undo, not the browser's: the page decides between a field's own text undo and the last action,
  // so on Linux and Windows the keys go to the page; the item names the action ("Undo Delete AI system ‘X’").
  const undoItem = (direction: 'undo' | 'redo', accelerator: string): MenuItem => {
    const base = t(direction === 'undo' ? 'menu.undo' : 'menu.redo');
    const action = history?.[direction];
    const text = action ? describeAction(action, language) : null;
    return {
      label: text ? (language === 'de' ? `${base}: ${text}` : `${base} ${text}`) : base,
      accelerator,
      ...(isMac ? {} : { registerAccelerator: false }),
      ...(history ? { enabled: action !== null } : {}),
      click: () => send(direction),
    };
  };
  const appMenu: MenuItem = {
    label: 'AIMS Workbench',
    submenu: [
      { label: t('menu.about'), click: onAbout },
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quitApp') },
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    {
      label: t('menu.file'),
      submenu: [
        command('menu.new', 'new', 'CmdOrCtrl+N'),
        command('menu.open', 'open', 'CmdOrCtrl+O'),
        separator,
        command('menu.saveCopy', 'saveCopy', 'CmdOrCtrl+Shift+S'),
        command('menu.exportPdf', 'exportPdf', 'CmdOrCtrl+P'),
        separator,
        // On macOS Cmd+W is the window's close key; closing the workbook takes it there too (the app menu quits).
        command('menu.close', 'close', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [separator, { role: 'quit', label: t('menu.quit') } as const]),
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        undoItem('undo', 'CmdOrCtrl+Z'),
        undoItem('redo', 'CmdOrCtrl+Shift+Z'),
        separator,
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        {
          label: t('menu.language'),
          submenu: (['de', 'en'] as const).map((lang) => ({
            label: lang === 'de' ? 'Deutsch' : 'English',
            type: 'radio' as const,
            checked: lang === language,
            click: () => send(lang === 'de' ? 'language-de' : 'language-en'),
          })),
        },
        separator,
        command('menu.workshopMode', 'workshopMode', 'CmdOrCtrl+Shift+M'),
        separator,
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        separator,
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    ...(isMac
      ? [{ label: t('menu.window'), submenu: [{ role: 'minimize', label: t('menu.minimize') } as const] }]
      : []),
    // On macOS "About" sits in the app menu.
    ...(isMac ? [] : [{ label: t('menu.help'), submenu: [{ label: t('menu.about'), click: onAbout }] }]),
  ];
}
