import type { Messages } from './en';

/** Deutsche Oberflächentexte. */
export const de: Messages = {
  app: {
    name: 'AIMS Workbench',
    tagline: 'ISO/IEC 42001 Gap-Analyse, KI-Risiken und Auditbereitschaft – offline',
  },
  start: {
    newEngagement: 'Neues Projekt',
    open: 'Arbeitsmappe öffnen…',
    restore: 'Aus Archiv wiederherstellen…',
    recent: 'Zuletzt geöffnet',
    noRecent: 'Noch keine Arbeitsmappe geöffnet.',
    missing: 'Datei nicht gefunden',
    forget: 'Aus der Liste entfernen',
    progress: '{{percent}} bewertet',
    lastOpened: 'Zuletzt geöffnet am {{date}}',
  },
  wizard: {
    title: 'Neues Projekt',
    clientName: 'Mandant',
    sector: 'Branche',
    scope: 'Anwendungsbereich des KI-Managementsystems',
    language: 'Berichtssprache',
    consultant: 'Beraterin / Berater',
    firm: 'Beratungsunternehmen',
    create: 'Arbeitsmappe anlegen…',
    cancel: 'Abbrechen',
    required: 'Bitte den Namen des Mandanten eingeben.',
  },
  frame: {
    migrated:
      'Diese Arbeitsmappe wurde auf das aktuelle Format aktualisiert; die vorherige Fassung liegt als {{file}} daneben.',
    close: 'Arbeitsmappe schließen',
    copySaved: 'Eine Kopie der Arbeitsmappe wurde als {{file}} gespeichert.',
    dismiss: 'Ausblenden',
  },
  undo: {
    undone: 'Rückgängig gemacht: {{action}}',
    redone: 'Wiederhergestellt: {{action}}',
    show: 'Anzeigen',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
  },
  heatmap: { cell: '{{count}} Risiken, Wahrscheinlichkeit {{likelihood}}, Auswirkung {{impact}}' },
  ruleStatus: { met: 'erfüllt', 'not-met': 'nicht erfüllt', unknown: 'noch nicht feststellbar' },
  nav: {
    label: 'Projektphasen',
    overview: 'Übersicht',
    gap: '1 Gap-Analyse',
    risk: '2 Risiken',
    governance: '3 Governance',
    integration: '4 Integration',
    audit: '5 Auditbereitschaft',
    actions: 'Maßnahmen',
    reports: 'Berichte',
    progress: '{{percent}} erledigt',
  },
  languages: { label: 'Sprache', de: 'Deutsch', en: 'English' },
  status: { saved: 'Alle Änderungen gespeichert', saving: 'Wird gespeichert…' },
  errors: {
    'not-a-workbook': 'Diese Datei ist keine AIMS-Workbench-Arbeitsmappe.',
    'foreign-database': 'Diese Datei ist eine Datenbank einer anderen Anwendung, keine AIMS-Arbeitsmappe.',
    'workbook-locked':
      'Diese Arbeitsmappe ist in einem anderen Fenster oder Programm geöffnet. Bitte dort schließen und erneut versuchen.',
    'workbook-too-new':
      'Diese Arbeitsmappe wurde mit einer neueren Version von AIMS Workbench gespeichert. Bitte die App aktualisieren.',
    'workbook-corrupt':
      'Diese Arbeitsmappe ist beschädigt und kann nicht geöffnet werden. Bitte eine Sicherungskopie verwenden.',
    'invalid-input': 'Die Eingabe wurde nicht übernommen: {{message}}',
    'not-found': 'Nicht gefunden: {{message}}',
    'migration-failed': 'Die Arbeitsmappe konnte nicht aktualisiert werden; sie blieb unverändert.',
    'file-too-large': 'Die Datei ist zu groß: {{message}}',
    'nothing-to-undo': 'Es gibt nichts rückgängig zu machen.',
    'nothing-to-redo': 'Es gibt nichts wiederherzustellen.',
    cancelled: 'Abgebrochen.',
    io: 'Die Datei konnte nicht gelesen oder geschrieben werden: {{message}}',
    internal: 'Etwas ist schiefgegangen. Die Arbeitsmappe ist unverändert.',
  },
};
