import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_8_GROUP: CatalogGroup = {
  id: '8',
  kind: 'clause',
  title: { de: 'Betrieb', en: 'Operation' },
  summary: {
    de: 'Überführt die Planung in die tägliche Praxis: KI-Prozesse laufen nach festgelegten Kriterien, und KI-Risikobeurteilungen, Risikobehandlung und Folgenabschätzungen werden tatsächlich durchgeführt und dokumentiert.',
    en: 'Turns planning into daily practice: AI processes run under defined criteria, and AI risk assessments, risk treatment and impact assessments are actually carried out and recorded.',
  },
};

export const CLAUSE_8_ITEMS: readonly CatalogItem[] = [
  {
    id: '8.1',
    kind: 'clause',
    group: '8',
    title: { de: 'Betriebliche Planung und Steuerung', en: 'Operational planning and control' },
    auditorFocus: {
      de: 'Geprüft wird, ob die Prozesse für Entwicklung, Beschaffung, Inbetriebnahme und Betrieb von KI-Systemen festgelegte Kriterien haben und wie geplant ablaufen – meist, indem ein oder zwei KI-Systeme durch ihren Lebenszyklus verfolgt werden. Geplante Änderungen sollen gesteuert und ungeplante auf Nebenwirkungen überprüft werden. Extern bezogene Prozesse, Produkte und Dienstleistungen – etwa Modelle, Daten oder KI-Cloud-Dienste – müssen gesteuert sein, und Aufzeichnungen müssen belegen, dass der Betrieb wie vorgesehen lief.',
      en: 'The auditor examines whether the processes for developing, acquiring, deploying and operating AI systems have defined criteria and run as planned, usually by tracing one or two AI systems through their life cycle. Planned changes should be controlled and unplanned ones reviewed for side effects. Externally provided processes, products and services – such as models, data or AI cloud services – must be under control, and records must show that operations ran as intended.',
    },
    guidingQuestions: {
      de: [
        'Begleiten Sie uns durch den Lebenszyklus eines KI-Systems: Welche Freigabestufen hat es vor dem Produktivbetrieb durchlaufen, und wer hat jeweils freigegeben?',
        'Welche Kriterien muss ein Modell oder eine KI-Funktion vor der Freigabe erfüllen?',
        'Wie steuern Sie extern bezogene Modelle, Datensätze und KI-Cloud-Dienste?',
        'Was geschieht bei einer ungeplanten Änderung an einem KI-System, etwa einem Modell-Update des Anbieters?',
        'Welche Aufzeichnungen belegen, dass Ihre betrieblichen Prozesse wie geplant abgelaufen sind?',
      ],
      en: [
        'Walk us through the life of one AI system: which gates did it pass before go-live, and who approved each one?',
        'Which criteria must a model or AI feature meet before it is released?',
        'How do you control externally sourced models, datasets and AI cloud services?',
        "What happens when an AI system changes unexpectedly, for example through a vendor's model update?",
        'Which records show that your operational processes ran as planned?',
      ],
    },
    typicalEvidence: {
      de: [
        'Lebenszyklusverfahren für KI-Systeme mit Freigabestufen',
        'Freigaben für Inbetriebnahme und Produktivbetrieb',
        'Lieferantenverträge und -prüfungen für KI-Komponenten',
        'Änderungsnachweise zu KI-Systemen',
      ],
      en: [
        'AI life-cycle procedure with stage gates',
        'Release and go-live approvals',
        'Supplier agreements and supplier checks for AI components',
        'Change records for AI systems',
      ],
    },
    documentedInformation: {
      de: ['Aufzeichnungen, die belegen, dass die betrieblichen Prozesse wie geplant durchgeführt wurden'],
      en: ['Records showing that operational processes were carried out as planned'],
    },
    related: ['6.1.3', '6.3', 'A.6.1.3', 'A.6.2.5', 'A.6.2.6', 'A.10.3'],
    aiActArticles: ['Art. 10', 'Art. 15', 'Art. 25', 'Art. 26'],
    hs: { iso27001: '8.1', iso9001: '8.1', iso37301: '8.1' },
    gdprArticles: ['Art. 25', 'Art. 28'],
  },
  {
    id: '8.2',
    kind: 'clause',
    group: '8',
    title: {
      de: 'KI-Risikobeurteilung',
      en: 'AI risk assessment',
    },
    auditorFocus: {
      de: 'Hier wird der Nachweis erwartet, dass KI-Risikobeurteilungen tatsächlich durchgeführt und nicht nur beschrieben werden – in den festgelegten Abständen und immer dann, wenn wesentliche Änderungen geplant sind oder eintreten. Typische Nachweise sind datierte Beurteilungen je KI-System, aktualisierte Risikoregister und anlassbezogene Beurteilungen, etwa bei einer neuen Modellversion. Abweichungen zwischen der Methode nach 6.1.2 und der gelebten Praxis sind ein häufiger Befund.',
      en: 'Here the auditor wants proof that AI risk assessments are actually carried out, not just described: at the intervals the organization has set and whenever significant changes are planned or occur. Dated assessments per AI system, updated risk registers and event-driven assessments, for example for a new model version, are typical evidence. Gaps between the method defined under 6.1.2 and actual practice are a common finding.',
    },
    guidingQuestions: {
      de: [
        'Wann wurde die KI-Risikobeurteilung für jedes System im Anwendungsbereich zuletzt durchgeführt?',
        'Welche Ereignisse lösen eine außerplanmäßige Neubeurteilung aus, und können Sie ein Beispiel zeigen?',
        'Folgte die letzte Beurteilung der dokumentierten Methode einschließlich der vereinbarten Skalen und Kriterien?',
        'Wo werden die datierten Ergebnisse aufbewahrt, und wer hat sie geprüft?',
      ],
      en: [
        'When was the AI risk assessment last performed for each in-scope system?',
        'Which events trigger an unscheduled reassessment, and can you show an example?',
        'Did the last assessment follow the documented method, including the agreed scales and criteria?',
        'Where are the dated results kept, and who reviewed them?',
      ],
    },
    typicalEvidence: {
      de: [
        'Datierte Risikobeurteilungen je KI-System',
        'Aktualisiertes KI-Risikoregister mit Änderungshistorie',
        'Nachweise anlassbezogener Neubeurteilungen',
      ],
      en: [
        'Dated risk assessments per AI system',
        'Updated AI risk register with change history',
        'Records of event-driven reassessments',
      ],
    },
    documentedInformation: {
      de: ['Ergebnisse aller KI-Risikobeurteilungen'],
      en: ['Results of all AI risk assessments'],
    },
    related: ['6.1.2', '8.3', '9.1'],
    aiActArticles: ['Art. 9'],
    hs: { iso27001: '8.2', iso37301: '4.6' },
    gdprArticles: ['Art. 35'],
  },
  {
    id: '8.3',
    kind: 'clause',
    group: '8',
    title: { de: 'KI-Risikobehandlung', en: 'AI risk treatment' },
    auditorFocus: {
      de: 'Geprüft wird, ob der Risikobehandlungsplan umgesetzt wird: Maßnahmen sind eingeführt, Termine werden eingehalten oder begründet neu geplant, und die Wirksamkeit der Maßnahmen wurde überprüft. Auch neu erkannte Risiken sollen die Risikobehandlung durchlaufen. Aufzeichnungen zu den Ergebnissen der Risikobehandlung, etwa Maßnahmentests und aktualisierte Restrisikobewertungen, sind aufzubewahren.',
      en: 'The auditor checks that the risk treatment plan is being implemented: controls are in place, deadlines are met or re-planned for a stated reason, and the effectiveness of the controls has been verified. Newly identified risks should go through treatment as well. Records of treatment results, such as control tests and updated residual risk ratings, must be retained.',
    },
    guidingQuestions: {
      de: [
        'Wie ist der Umsetzungsstand der einzelnen Maßnahmen im Risikobehandlungsplan?',
        'Wie haben Sie überprüft, dass eine umgesetzte Maßnahme das Risiko tatsächlich senkt?',
        'Was geschieht mit Risiken, die nach Freigabe des Risikobehandlungsplans erkannt wurden?',
        'Wo werden Ergebnisse der Risikobehandlung und aktualisierte Restrisiken festgehalten?',
      ],
      en: [
        'What is the implementation status of each measure in the risk treatment plan?',
        'How did you verify that an implemented control actually reduces the risk?',
        'What happens to risks identified after the risk treatment plan was approved?',
        'Where are treatment results and updated residual risks recorded?',
      ],
    },
    typicalEvidence: {
      de: [
        'Statusbericht zum Risikobehandlungsplan',
        'Ergebnisse von Maßnahmentests oder Wirksamkeitsprüfungen',
        'Aktualisierte Restrisikobewertungen',
      ],
      en: [
        'Status report on the risk treatment plan',
        'Results of control tests or effectiveness reviews',
        'Updated residual risk ratings',
      ],
    },
    documentedInformation: {
      de: ['Ergebnisse der KI-Risikobehandlung'],
      en: ['Results of the AI risk treatment'],
    },
    related: ['6.1.3', '8.2', '9.1'],
    aiActArticles: ['Art. 9'],
    hs: { iso27001: '8.3', iso37301: '8.2' },
    gdprArticles: ['Art. 25', 'Art. 32'],
  },
  {
    id: '8.4',
    kind: 'clause',
    group: '8',
    title: {
      de: 'Folgenabschätzung für KI-Systeme',
      en: 'AI system impact assessment',
    },
    auditorFocus: {
      de: 'Erwartet wird, dass Folgenabschätzungen für KI-Systeme in der Praxis durchgeführt werden – in den geplanten Abständen und bei wesentlichen geplanten oder eingetretenen Änderungen, etwa einer neuen Nutzergruppe oder einem neuen Einsatzland. Stichprobenartig werden abgeschlossene Folgenabschätzungen für Systeme im Anwendungsbereich geprüft, ebenso ob die Ergebnisse aufbewahrt und in der Risikobeurteilung berücksichtigt werden. Fehlende Folgenabschätzungen für bereits produktive Systeme sind eine typische schwerwiegende Lücke.',
      en: 'Auditors want to see that AI system impact assessments are performed in practice, at the planned intervals and when significant changes are planned or happen, such as a new user group or a new country of use. They sample completed assessments for in-scope systems and check that results are retained and reflected in the risk assessment. Missing assessments for systems already in production are a typical major gap.',
    },
    guidingQuestions: {
      de: [
        'Für welche KI-Systeme im Anwendungsbereich liegt eine aktuelle Folgenabschätzung vor, für welche nicht?',
        'Welche Änderungen – neue Nutzer, neuer Zweck, neuer Rechtsraum – haben eine erneute Folgenabschätzung ausgelöst?',
        'Wie wurden die Ergebnisse der letzten Folgenabschätzung im Risikoregister berücksichtigt?',
        'Wo werden abgeschlossene Folgenabschätzungen archiviert, und wie lange?',
      ],
      en: [
        'Which in-scope AI systems have a current impact assessment, and which do not?',
        'Which changes – new users, new purpose, new jurisdiction – triggered a repeat assessment?',
        'How were the results of the last impact assessment taken into account in the risk register?',
        'Where are completed impact assessments archived, and for how long?',
      ],
    },
    typicalEvidence: {
      de: [
        'Abgeschlossene und datierte Folgenabschätzungen',
        'Zeitplan der geplanten Folgenabschätzungen',
        'Verknüpfung der Ergebnisse mit Einträgen im Risikoregister',
      ],
      en: [
        'Completed and dated impact assessments',
        'Schedule of planned impact assessments',
        'Links between assessment results and risk register entries',
      ],
    },
    documentedInformation: {
      de: ['Ergebnisse aller Folgenabschätzungen für KI-Systeme'],
      en: ['Results of all AI system impact assessments'],
    },
    related: ['6.1.4', '8.2', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
    aiActArticles: ['Art. 27'],
    hs: {},
    gdprArticles: ['Art. 35'],
  },
];
