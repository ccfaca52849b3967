import type { Lang } from '../shared/catalog/types';

/**
 * What the shell itself says, in the UI language: the native menu and the dialogs main shows before or
 * beside the renderer (which has its own i18n). `{…}` placeholders are filled by `fill`.
 */
const en = {
  'menu.file': 'File',
  'menu.new': 'New Engagement…',
  'menu.open': 'Open…',
  'menu.saveCopy': 'Save a Copy…',
  'menu.exportPdf': 'Export PDF…',
  'menu.close': 'Close Workbook',
  'menu.quit': 'Quit',
  'menu.quitApp': 'Quit AIMS Workbench',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.language': 'Language',
  'menu.workshopMode': 'Workshop Mode',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.fullScreen': 'Full Screen',
  'menu.window': 'Window',
  'menu.minimize': 'Minimize',
  'menu.help': 'Help',
  'menu.about': 'About AIMS Workbench',
  'menu.services': 'Services',
  'menu.hide': 'Hide AIMS Workbench',
  'menu.hideOthers': 'Hide Others',
  'menu.showAll': 'Show All',
  'about.detail': 'ISO/IEC 42001 gap analysis, AI risk assessment and audit readiness — offline.',
  'startup.title': 'AIMS Workbench cannot start',
  'startup.native.missing': 'The SQLite module built for this version of Electron is missing.',
  'startup.native.wrong-abi': 'The SQLite module was built for another version of Electron.',
  'startup.native.unloadable': 'The SQLite module cannot be loaded.',
  'startup.fixDev': 'Run “npm start” again: it builds the app and prepares the module (once, with a network connection).',
  'startup.fixPackaged': 'Please reinstall AIMS Workbench.',
  'startup.settings': 'The settings in {folder} cannot be read ({reason}).',
  'startup.settings.fix': 'Check the folder’s permissions, or move the file settings.json away.',
  'startup.renderer': 'The user interface could not be loaded.',
  'startup.unexpected': 'An unexpected error occurred while starting.',
  'startup.log': 'Details are in the log file: {file}',
};
export type ShellTextKey = keyof typeof en;

const de: Record<ShellTextKey, string> = {
  'menu.file': 'Datei',
  'menu.new': 'Neues Projekt…',
  'menu.open': 'Öffnen…',
  'menu.saveCopy': 'Kopie speichern unter…',
  'menu.exportPdf': 'PDF exportieren…',
  'menu.close': 'Arbeitsmappe schließen',
  'menu.quit': 'Beenden',
  'menu.quitApp': 'AIMS Workbench beenden',
  'menu.edit': 'Bearbeiten',
  'menu.undo': 'Rückgängig',
  'menu.redo': 'Wiederholen',
  'menu.cut': 'Ausschneiden',
  'menu.copy': 'Kopieren',
  'menu.paste': 'Einfügen',
  'menu.selectAll': 'Alles auswählen',
  'menu.view': 'Ansicht',
  'menu.language': 'Sprache',
  'menu.workshopMode': 'Workshop-Modus',
  'menu.resetZoom': 'Originalgröße',
  'menu.zoomIn': 'Vergrößern',
  'menu.zoomOut': 'Verkleinern',
  'menu.fullScreen': 'Vollbild',
  'menu.window': 'Fenster',
  'menu.minimize': 'Minimieren',
  'menu.help': 'Hilfe',
  'menu.about': 'Über AIMS Workbench',
  'menu.services': 'Dienste',
  'menu.hide': 'AIMS Workbench ausblenden',
  'menu.hideOthers': 'Andere ausblenden',
  'menu.showAll': 'Alle einblenden',
  'about.detail': 'ISO/IEC 42001 Gap-Analyse, KI-Risiken und Auditbereitschaft – offline.',
  'startup.title': 'AIMS Workbench kann nicht starten',
  'startup.native.missing': 'Das für diese Electron-Version gebaute SQLite-Modul fehlt.',
  'startup.native.wrong-abi': 'Das SQLite-Modul wurde für eine andere Electron-Version gebaut.',
  'startup.native.unloadable': 'Das SQLite-Modul lässt sich nicht laden.',
  'startup.fixDev': 'Bitte „npm start“ erneut ausführen: Es baut die App und bereitet das Modul vor (einmalig, mit Netzwerkverbindung).',
  'startup.fixPackaged': 'Bitte AIMS Workbench neu installieren.',
  'startup.settings': 'Die Einstellungen in {folder} lassen sich nicht lesen ({reason}).',
  'startup.settings.fix': 'Bitte die Zugriffsrechte des Ordners prüfen oder die Datei settings.json verschieben.',
  'startup.renderer': 'Die Benutzeroberfläche konnte nicht geladen werden.',
  'startup.unexpected': 'Beim Start ist ein unerwarteter Fehler aufgetreten.',
  'startup.log': 'Einzelheiten stehen in der Protokolldatei: {file}',
};

const TEXT: Record<Lang, Record<ShellTextKey, string>> = { en, de };

export function shellText(language: Lang, key: ShellTextKey, values: Record<string, string> = {}): string {
  return TEXT[language][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** The OS locale's language when it is one we speak, else English. */
export const languageOfLocale = (locale: string): Lang => (locale.toLowerCase().startsWith('de') ? 'de' : 'en');
