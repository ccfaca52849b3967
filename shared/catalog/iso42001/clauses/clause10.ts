import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_10_GROUP: CatalogGroup = {
  id: '10',
  kind: 'clause',
  title: { de: 'Verbesserung', en: 'Improvement' },
  summary: {
    de: 'Zeigt, dass die Organisation lernt: Probleme werden an der Ursache behoben, und das KI-Managementsystem wird mit der Zeit besser.',
    en: 'Shows that the organization learns: problems are fixed at their root cause, and the AI management system gets better over time.',
  },
};

export const CLAUSE_10_ITEMS: readonly CatalogItem[] = [
  {
    id: '10.1',
    kind: 'clause',
    group: '10',
    title: { de: 'Fortlaufende Verbesserung', en: 'Continual improvement' },
    auditorFocus: {
      de: 'Gesucht werden Nachweise, dass das KIMS mit der Zeit geeigneter, angemessener und wirksamer wird und nicht bloß erhalten bleibt. Quellen für Verbesserungen sind Auditfeststellungen, Überwachungsergebnisse, Vorfälle, Rückmeldungen von Stakeholdern und Beschlüsse der Managementbewertung. Überzeugend sind Trends über mehrere Auditzyklen, etwa weniger wiederkehrende Feststellungen oder reifere Maßnahmen.',
      en: 'The auditor looks for evidence that the AIMS becomes more suitable, adequate and effective over time rather than merely being kept alive. Sources of improvement include audit findings, monitoring results, incidents, stakeholder feedback and management review decisions. Trends across several audit cycles, such as fewer repeat findings or more mature controls, are convincing evidence.',
    },
    guidingQuestions: {
      de: [
        'Welche Verbesserungen am KIMS haben Sie im letzten Jahr umgesetzt, und was war jeweils der Auslöser?',
        'Wie sammeln Sie Verbesserungsvorschläge von Beschäftigten, Nutzern und Kunden?',
        'Wie priorisieren Sie Verbesserungen und entscheiden über die nötigen Ressourcen?',
        'Wie weisen Sie nach, dass eine Verbesserung die beabsichtigte Wirkung hatte?',
      ],
      en: [
        'Which improvements to the AIMS have you made in the last year, and what triggered each one?',
        'How do you collect improvement ideas from staff, users and customers?',
        'How do you prioritize improvements and decide on the resources they need?',
        'How do you show that an improvement had the intended effect?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verbesserungsliste oder -backlog',
        'Trendanalyse von Auditfeststellungen und Kennzahlen',
        'Beschlüsse der Managementbewertung zu Verbesserungen',
      ],
      en: [
        'Improvement log or backlog',
        'Trend analysis of audit findings and KPIs',
        'Management review decisions on improvements',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['9.1', '9.3.3', '10.2'],
    aiActArticles: [],
    hs: { iso27001: '10.1', iso9001: '10.3', iso37301: '10.1' },
    gdprArticles: [],
  },
  {
    id: '10.2',
    kind: 'clause',
    group: '10',
    title: { de: 'Nichtkonformität und Korrekturmaßnahmen', en: 'Nonconformity and corrective action' },
    auditorFocus: {
      de: 'Stichprobenartig werden Nichtkonformitäten aus Audits, Vorfällen und Beschwerden ausgewählt und vollständig nachverfolgt: unmittelbare Reaktion und Eindämmung, Umgang mit den Folgen, Ursachenanalyse, Korrekturmaßnahme und Wirksamkeitsprüfung. Dabei soll auch untersucht worden sein, ob ähnliche Probleme anderswo auftreten können, und das KIMS bei Bedarf angepasst werden. Zu jeder Nichtkonformität sind Art, ergriffene Maßnahmen und deren Ergebnisse aufzuzeichnen.',
      en: 'The auditor samples nonconformities from audits, incidents and complaints and follows each one through: immediate reaction and containment, handling of consequences, root cause analysis, corrective action and a check that the action worked. The organization should also have considered whether similar problems could arise elsewhere and updated the AIMS where needed. For each nonconformity, its nature, the actions taken and their results must be recorded.',
    },
    guidingQuestions: {
      de: [
        'Wie werden Nichtkonformitäten aus Audits, Vorfällen und Beschwerden an einer Stelle erfasst?',
        'Welche Methode der Ursachenanalyse nutzen Sie, und können Sie ein abgeschlossenes Beispiel zeigen?',
        'Wie prüfen Sie, ob eine Korrekturmaßnahme ein erneutes Auftreten tatsächlich verhindert hat?',
        'Wie sind schwerwiegende KI-Vorfälle mit Ihrem Prozess für Korrekturmaßnahmen und mit den Meldepflichten gegenüber Behörden verknüpft?',
        'Wer entscheidet, wann eine Korrekturmaßnahme abgeschlossen werden kann?',
      ],
      en: [
        'How are nonconformities from audits, incidents and complaints captured in one place?',
        'Which root cause method do you use, and can you show a completed example?',
        'How do you check whether a corrective action actually prevented recurrence?',
        'How are serious AI incidents linked to your corrective action process and to reporting duties towards authorities?',
        'Who decides when a corrective action can be closed?',
      ],
    },
    typicalEvidence: {
      de: [
        'Register der Nichtkonformitäten und Korrekturmaßnahmen',
        'Ursachenanalysen',
        'Wirksamkeitsprüfungen und Abschlussnachweise',
      ],
      en: [
        'Nonconformity and corrective action register',
        'Root cause analyses',
        'Effectiveness checks and closure records',
      ],
    },
    documentedInformation: {
      de: ['Art der Nichtkonformitäten und ergriffene Maßnahmen', 'Ergebnisse der Korrekturmaßnahmen'],
      en: ['Nature of the nonconformities and actions taken', 'Results of corrective actions'],
    },
    related: ['9.1', '9.2.2', '10.1', 'A.3.3', 'A.8.4'],
    aiActArticles: ['Art. 20', 'Art. 73'],
    hs: { iso27001: '10.2', iso9001: '10.2', iso37301: '10.2' },
    gdprArticles: ['Art. 33', 'Art. 34'],
  },
];
