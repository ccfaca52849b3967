import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuCommand, type MenuItem } from '../../../electron/menuTemplate';
import { languageOfLocale, shellText } from '../../../electron/shellText';
import type { UndoState } from '../../../shared/contract/workbook';

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
type Platform = (typeof PLATFORMS)[number];

/** The keys Electron gives a role when the template names none (Electron's menu-item roles). */
const ROLE_KEYS: Partial<Record<NonNullable<MenuItem['role']>, (p: Platform) => string[]>> = {
  cut: () => ['CmdOrCtrl+X'],
  copy: () => ['CmdOrCtrl+C'],
  paste: () => ['CmdOrCtrl+V'],
  selectAll: () => ['CmdOrCtrl+A'],
  resetZoom: () => ['CmdOrCtrl+0'],
  zoomIn: () => ['CmdOrCtrl+Plus'],
  zoomOut: () => ['CmdOrCtrl+-'],
  togglefullscreen: (p) => (p === 'darwin' ? ['Ctrl+Cmd+F'] : ['F11']),
  quit: (p) => (p === 'win32' ? [] : ['CmdOrCtrl+Q']),
  close: () => ['CmdOrCtrl+W'],
  minimize: () => ['CmdOrCtrl+M'],
  hide: () => ['Cmd+H'],
  hideOthers: () => ['Cmd+Alt+H'],
};

/** Keys the OS keeps for itself, which an app must not take. */
const RESERVED: Record<Platform, string[]> = {
  darwin: [
    'Cmd+Tab',
    'Cmd+Space',
    'Cmd+`',
    'Cmd+Shift+3',
    'Cmd+Shift+4',
    'Cmd+Shift+5',
    'Cmd+Alt+Esc',
    'Ctrl+Cmd+Q',
    'Cmd+Alt+D',
  ],
  win32: ['Alt+F4', 'Alt+Tab', 'Ctrl+Esc', 'Ctrl+Alt+Delete', 'Ctrl+Shift+Esc', 'Alt+Space', 'F10'],
  linux: ['Alt+F4', 'Alt+Tab', 'Ctrl+Alt+Delete', 'Ctrl+Alt+T', 'Alt+F2', 'Alt+Space', 'F10'],
};

/**
 * Keys the renderer binds for the whole window (useShortcuts: phases, undo and redo; the gap analysis: search).
 * The menu may show undo's keys only where it leaves them to the page.
 */
const RENDERER_KEYS = [
  'Alt+0',
  'Alt+1',
  'Alt+2',
  'Alt+3',
  'Alt+4',
  'Alt+5',
  'Alt+6',
  'Alt+7',
  'CmdOrCtrl+F',
  'Ctrl+Y',
];
const UNDO_KEYS = ['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z'];

/** One spelling per key chord on `platform`, so that "Shift+CmdOrCtrl+Z" and "Ctrl+Shift+Z" compare equal. */
function chord(accelerator: string, platform: Platform): string {
  const parts = accelerator.split('+').map((part) => {
    if (part === 'CmdOrCtrl' || part === 'CommandOrControl') return platform === 'darwin' ? 'Cmd' : 'Ctrl';
    if (part === 'Command') return 'Cmd';
    if (part === 'Option') return 'Alt';
    return part;
  });
  const key = parts.pop()!;
  return [...parts.sort(), key.toUpperCase()].join('+');
}

const flatten = (items: MenuItem[]): MenuItem[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

function menu(
  platform: Platform,
  language: 'de' | 'en',
  sent: MenuCommand[] = [],
  abouts: number[] = [],
  history: UndoState | null = null,
) {
  return menuTemplate({
    platform,
    language,
    send: (command) => sent.push(command),
    onAbout: () => abouts.push(1),
    history,
  });
}

describe('the application menu', () => {
  for (const platform of PLATFORMS) {
    it(`on ${platform} takes no key twice, none of the OS and none the renderer binds`, () => {
      const registered = flatten(menu(platform, 'de')).filter((item) => item.registerAccelerator !== false);
      const keys = registered.flatMap((item) =>
        (item.accelerator
          ? [item.accelerator]
          : item.role
            ? (ROLE_KEYS[item.role]?.(platform) ?? [])
            : []
        ).map((k) => chord(k, platform)),
      );
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
      const page = platform === 'darwin' ? RENDERER_KEYS : [...RENDERER_KEYS, ...UNDO_KEYS];
      for (const taken of [...RESERVED[platform], ...page])
        expect(keys).not.toContain(chord(taken, platform));
    });
  }

  it('speaks German and English: every item has a label, and the German menu carries no English one', () => {
    for (const platform of PLATFORMS) {
      const de = flatten(menu(platform, 'de')).filter((item) => item.type !== 'separator');
      const en = flatten(menu(platform, 'en')).filter((item) => item.type !== 'separator');
      expect(de.every((item) => item.label)).toBe(true);
      const same = de.map((item) => item.label).filter((label, i) => label === en[i]!.label);
      // Only names are the same in both languages: the product and the languages themselves.
      for (const label of same) expect(['AIMS Workbench', 'Deutsch', 'English']).toContain(label);
    }
    expect(menu('linux', 'de').map((item) => item.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Hilfe',
    ]);
    expect(menu('darwin', 'en').map((item) => item.label)).toEqual([
      'AIMS Workbench',
      'File',
      'Edit',
      'View',
      'Window',
    ]);
  });

  it('marks the current language and sends each command to the renderer', () => {
    const sent: MenuCommand[] = [];
    const abouts: number[] = [];
    const items = flatten(menu('win32', 'en', sent, abouts));
    const languages = items.filter((item) => item.type === 'radio');
    expect(languages.map((item) => [item.label, item.checked])).toEqual([
      ['Deutsch', false],
      ['English', true],
    ]);
    items.filter((item) => item.click).forEach((item) => item.click!());
    expect(sent.sort()).toEqual(
      [
        'close',
        'exportPdf',
        'language-de',
        'language-en',
        'new',
        'open',
        'redo',
        'saveCopy',
        'undo',
        'workshopMode',
      ].sort(),
    );
    expect(abouts).toEqual([1]);
  });

  it('names what undo and redo would do, and greys out what there is none of', () => {
    const history: UndoState = {
      undo: { channel: 'aiSystem:delete', entity: 'aiSystem', subject: 'CV-Screening', rows: 3 },
      redo: null,
    };
    const edit = (platform: Platform, language: 'de' | 'en', state: UndoState | null) =>
      menu(platform, language, [], [], state)
        .find((item) => item.label === (language === 'de' ? 'Bearbeiten' : 'Edit'))!
        .submenu!.slice(0, 2);
    expect(
      edit('linux', 'en', history).map((item) => [item.label, item.enabled, item.registerAccelerator]),
    ).toEqual([
      ['Undo Delete AI system ‘CV-Screening’', true, false],
      ['Redo', false, false],
    ]);
    expect(edit('darwin', 'de', history).map((item) => [item.label, item.registerAccelerator])).toEqual([
      ['Rückgängig: KI-System ‚CV-Screening‘ löschen', undefined],
      ['Wiederholen', undefined],
    ]);
    // No workbook known: the page decides, so the items stay usable.
    expect(edit('win32', 'en', null).map((item) => item.enabled)).toEqual([undefined, undefined]);
  });

  it('follows the OS locale until the user picks a language', () => {
    expect(languageOfLocale('de-CH')).toBe('de');
    expect(languageOfLocale('DE')).toBe('de');
    expect(languageOfLocale('fr-FR')).toBe('en');
    expect(shellText('de', 'startup.log', { file: '/x/main.log' })).toBe(
      'Einzelheiten stehen in der Protokolldatei: /x/main.log',
    );
  });
});
