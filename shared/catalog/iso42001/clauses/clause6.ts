import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_6_GROUP: CatalogGroup = {
  id: '6',
  kind: 'clause',
  title: { de: 'Planung', en: 'Planning' },
  summary: {
    de: 'Beschreibt, wie die Organisation festlegt, was bei ihrer KI schiefgehen oder besser laufen kann: Risikokriterien, KI-Risikobeurteilung und Risikobehandlung, Folgenabschätzung für KI-Systeme, messbare KI-Ziele und geplante Änderungen am Managementsystem.',
    en: 'Covers how the organization works out what could go wrong or better with its AI: risk criteria, AI risk assessment and treatment, AI system impact assessment, measurable AI objectives and planned changes to the management system.',
  },
};

export const CLAUSE_6_ITEMS: readonly CatalogItem[] = [
  {
    id: '6.1.1',
    kind: 'clause',
    group: '6',
    subgroup: '6.1',
    title: {
      de: 'Maßnahmen zum Umgang mit Risiken und Chancen – Allgemeines',
      en: 'Actions to address risks and opportunities — general',
    },
    auditorFocus: {
      de: 'Erwartet wird eine nachvollziehbare Verbindung von Kontext, Anforderungen der interessierten Parteien und Anwendungsbereich zu den Risiken und Chancen, die die Organisation angehen will. Zentral sind KI-Risikokriterien, die akzeptable von nicht akzeptablen Risiken trennen und in Risikobeurteilung, Risikobehandlung und Folgenabschätzung einheitlich angewendet werden. Geplante Maßnahmen sollen in die regulären Prozesse eingebunden sein, und ihre Wirksamkeit muss überprüft werden.',
      en: 'The auditor looks for a traceable link from the context, interested-party requirements and scope to the risks and opportunities the organization has chosen to address. Central is a set of AI risk criteria that separates acceptable from unacceptable risk and is applied consistently in risk assessment, risk treatment and impact assessment. Planned actions should be built into normal processes, and their effectiveness must be checked.',
    },
    guidingQuestions: {
      de: [
        'Welche Risiken und Chancen haben Sie aus der Kontextanalyse und der Übersicht der interessierten Parteien abgeleitet?',
        'Wie lauten Ihre KI-Risikokriterien, und wer gibt die Kriterien für die Risikoakzeptanz frei? Wo ist das festgehalten?',
        'Wie unterscheiden Sie Risiken für die Organisation von Schäden für Einzelpersonen und die Gesellschaft?',
        'Wo werden KI-bezogene Chancen festgehalten, etwa Effizienzgewinne oder neue Dienstleistungen?',
        'Wie prüfen Sie, ob geplante Maßnahmen das Risiko tatsächlich gesenkt haben?',
      ],
      en: [
        'Which risks and opportunities did you derive from the context analysis and the interested-party register?',
        'What are your AI risk criteria, and who signs off the risk acceptance criteria? Where is that recorded?',
        'How do you distinguish risks to the organization from harm to individuals and society?',
        'Where are AI-related opportunities recorded, for example efficiency gains or new services?',
        'How do you check whether planned actions actually reduced the risk?',
      ],
    },
    typicalEvidence: {
      de: [
        'Methodik des Risikomanagements mit KI-Risikokriterien',
        'Register der Risiken und Chancen mit geplanten Maßnahmen',
        'Freigabenachweis der Kriterien für die Risikoakzeptanz',
      ],
      en: [
        'Risk management methodology with AI risk criteria',
        'Register of risks and opportunities with planned actions',
        'Approval record for the risk acceptance criteria',
      ],
    },
    documentedInformation: {
      de: ['Informationen zu den Maßnahmen zum Umgang mit KI-Risiken und -Chancen'],
      en: ['Information on the actions to address AI risks and opportunities'],
    },
    related: ['4.1', '4.2', '6.1.2', '6.1.3', '6.1.4'],
    aiActArticles: ['Art. 9'],
    hs: { iso27001: '6.1.1', iso9001: '6.1.1', iso37301: '6.1' },
    gdprArticles: [],
  },
  {
    id: '6.1.2',
    kind: 'clause',
    group: '6',
    subgroup: '6.1',
    title: { de: 'KI-Risikobeurteilung', en: 'AI risk assessment' },
    auditorFocus: {
      de: 'Erwartet wird eine dokumentierte, wiederholbare Methode der KI-Risikobeurteilung, die bei erneuter Anwendung vergleichbare Ergebnisse liefert. Geprüft wird, ob Risiken je KI-System ermittelt, Auswirkungen auf die Organisation, betroffene Personen und die Gesellschaft betrachtet, Eintrittswahrscheinlichkeiten realistisch eingeschätzt und Risiken anhand der festgelegten Kriterien priorisiert werden. Jedes Risiko braucht eine verantwortliche Person, und Ergebnisse der Folgenabschätzung sollen in die Analyse einfließen.',
      en: 'Auditors expect a documented, repeatable method for assessing AI risks that gives comparable results when applied again. They check that risks are identified per AI system, that consequences for the organization, affected individuals and society are considered, that likelihood is judged realistically and that risks are prioritized against the agreed criteria. Every risk needs an owner, and impact assessment results should feed into the analysis.',
    },
    guidingQuestions: {
      de: [
        'Mit welcher Methode und welchen Skalen (z. B. einer 5×5-Matrix) bewerten Sie Eintrittswahrscheinlichkeit und Auswirkung von KI-Risiken?',
        'Wie ermitteln Sie KI-typische Risikoquellen wie verzerrte Trainingsdaten, Modelldrift oder fehlende Erklärbarkeit?',
        'Wer wirkt an einer KI-Risikobeurteilung mit, und wer ist für das jeweilige Risiko verantwortlich?',
        'Wie fließen die Ergebnisse der Folgenabschätzung für KI-Systeme in die Risikobewertung ein?',
        'Kämen zwei Teams mit Ihrer Methode beim selben System zu ähnlichen Ergebnissen? Woran machen Sie das fest?',
      ],
      en: [
        'Which method and scales (e.g. a 5×5 matrix) do you use to rate the likelihood and impact of AI risks?',
        'How do you identify risk sources typical of AI, such as biased training data, model drift or lack of explainability?',
        'Who takes part in an AI risk assessment, and who owns each identified risk?',
        'How do the results of the AI system impact assessment flow into the risk rating?',
        'Would two teams applying your method to the same system reach similar results? How do you know?',
      ],
    },
    typicalEvidence: {
      de: [
        'Dokumentierte Methodik der KI-Risikobeurteilung',
        'KI-Risikoregister mit Bewertungen und Risikoverantwortlichen',
        'Ausgefüllte Risikobeurteilungen je KI-System',
      ],
      en: [
        'Documented AI risk assessment methodology',
        'AI risk register with ratings and risk owners',
        'Completed risk assessments per AI system',
      ],
    },
    documentedInformation: {
      de: [
        'Prozess der KI-Risikobeurteilung einschließlich KI-Risikokriterien',
        'Ergebnisse der KI-Risikobeurteilung',
      ],
      en: ['AI risk assessment process including the AI risk criteria', 'Results of the AI risk assessment'],
    },
    related: ['6.1.1', '6.1.3', '6.1.4', '8.2'],
    aiActArticles: ['Art. 9'],
    hs: { iso27001: '6.1.2', iso37301: '4.6' },
    gdprArticles: ['Art. 35'],
  },
  {
    id: '6.1.3',
    kind: 'clause',
    group: '6',
    subgroup: '6.1',
    title: {
      de: 'KI-Risikobehandlung',
      en: 'AI risk treatment',
    },
    auditorFocus: {
      de: 'Nachverfolgt wird der Weg von jedem wesentlichen Risiko zur gewählten Behandlungsoption und zu den umsetzenden Maßnahmen; geprüft wird, ob die Maßnahmen mit Anhang A abgeglichen wurden, damit nichts Notwendiges übersehen wird. Die Erklärung zur Anwendbarkeit muss jede Maßnahme aus Anhang A mit Begründung für Aufnahme oder Ausschluss und mit Umsetzungsstand enthalten. Die Risikoverantwortlichen sollen den Risikobehandlungsplan freigegeben und die verbleibenden Restrisiken akzeptiert haben.',
      en: 'The auditor follows the path from each significant risk to the chosen treatment option and the controls that implement it, and checks that the controls were compared with Annex A so that nothing necessary was overlooked. The Statement of Applicability must list every Annex A control with a justification for inclusion or exclusion and its implementation status. Risk owners should have approved the risk treatment plan and accepted the remaining residual risk.',
    },
    guidingQuestions: {
      de: [
        'Welche Behandlungsoption haben Sie für Ihre wichtigsten KI-Risiken gewählt – mindern, vermeiden, übertragen oder akzeptieren – und warum?',
        'Wie haben Sie Ihre geplanten Maßnahmen mit Anhang A abgeglichen, und wer hat das Ergebnis geprüft?',
        'Enthält Ihre Erklärung zur Anwendbarkeit für jede ausgeschlossene Maßnahme eine tragfähige Begründung?',
        'Wer hat den Risikobehandlungsplan freigegeben, und wo ist die Akzeptanz der Restrisiken unterschrieben?',
        'Wie halten Sie die Erklärung zur Anwendbarkeit aktuell, wenn sich Systeme oder Risiken ändern?',
      ],
      en: [
        'Which treatment option did you choose for your top AI risks – reduce, avoid, transfer or accept – and why?',
        'How did you compare your planned controls with Annex A, and who reviewed the result?',
        'Does your Statement of Applicability give a sound justification for every excluded control?',
        'Who approved the risk treatment plan, and where is the acceptance of residual risk signed off?',
        'How do you keep the Statement of Applicability current when systems or risks change?',
      ],
    },
    typicalEvidence: {
      de: [
        'Erklärung zur Anwendbarkeit für alle 38 Maßnahmen aus Anhang A',
        'KI-Risikobehandlungsplan mit Verantwortlichen und Terminen',
        'Freigabe der Restrisiken durch die Risikoverantwortlichen',
      ],
      en: [
        'Statement of Applicability covering all 38 Annex A controls',
        'AI risk treatment plan with owners and deadlines',
        'Sign-off of residual risks by the risk owners',
      ],
    },
    documentedInformation: {
      de: [
        'Prozess der KI-Risikobehandlung',
        'Erklärung zur Anwendbarkeit mit Begründungen',
        'KI-Risikobehandlungsplan',
      ],
      en: [
        'AI risk treatment process',
        'Statement of Applicability with justifications',
        'AI risk treatment plan',
      ],
    },
    related: ['6.1.2', '6.1.4', '8.3'],
    aiActArticles: ['Art. 9'],
    hs: { iso27001: '6.1.3', iso9001: '6.1.2', iso37301: '6.1' },
    gdprArticles: ['Art. 25', 'Art. 32'],
  },
  {
    id: '6.1.4',
    kind: 'clause',
    group: '6',
    subgroup: '6.1',
    title: { de: 'Folgenabschätzung für KI-Systeme', en: 'AI system impact assessment' },
    auditorFocus: {
      de: 'Erwartet wird ein festgelegter Prozess, mit dem bewertet wird, wie sich ein KI-System auf Einzelpersonen, Gruppen und die Gesellschaft auswirken kann – bei bestimmungsgemäßer Verwendung ebenso wie bei vorhersehbarer Fehlanwendung. Geprüft wird, ob das technische und gesellschaftliche Umfeld sowie die Rechtsräume des Einsatzes berücksichtigt, die Ergebnisse dokumentiert und in die KI-Risikobeurteilung übernommen werden. Braucht dasselbe System auch eine Datenschutz-Folgenabschätzung oder eine Grundrechte-Folgenabschätzung, spricht ein abgestimmtes Vorgehen für die Reife des Systems.',
      en: 'Auditors expect a defined process for assessing how an AI system may affect individuals, groups and society, covering intended use as well as foreseeable misuse. They check that the technical and social setting and the jurisdictions of use are considered, that results are documented and that they are carried into the AI risk assessment. Where the same system also needs a DPIA or a fundamental rights impact assessment, a coordinated approach is a sign of maturity.',
    },
    guidingQuestions: {
      de: [
        'Für welche KI-Systeme liegt bereits eine Folgenabschätzung vor, und was löst eine neue aus?',
        'Wie ermitteln Sie die von einem System betroffenen Gruppen, auch Personen, die nie direkt damit interagieren?',
        'Wie berücksichtigen Sie vorhersehbare, aber nicht beabsichtigte Fehlanwendungen?',
        'Wie verhält sich die Folgenabschätzung zu Ihrer Datenschutz-Folgenabschätzung nach DSGVO und, wo erforderlich, zur Grundrechte-Folgenabschätzung nach KI-Verordnung?',
        'Wer prüft und genehmigt eine Folgenabschätzung, und wie gelangen die Ergebnisse in das Risikoregister?',
      ],
      en: [
        'Which AI systems already have an impact assessment, and what triggers a new one?',
        'How do you identify the groups affected by a system, including people who never interact with it directly?',
        'How do you take account of misuse that is foreseeable but not intended?',
        'How does the impact assessment relate to your GDPR DPIA and, where required, the fundamental rights impact assessment under the AI Act?',
        'Who reviews and approves an impact assessment, and how do the results reach the risk register?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahrensbeschreibung und Vorlage für die Folgenabschätzung',
        'Abgeschlossene Folgenabschätzungen für die KI-Systeme im Anwendungsbereich',
        'Querverweise auf Datenschutz- und Grundrechte-Folgenabschätzungen',
      ],
      en: [
        'Impact assessment procedure and template',
        'Completed impact assessments for the in-scope AI systems',
        'Cross-references to DPIAs and fundamental rights impact assessments',
      ],
    },
    documentedInformation: {
      de: [
        'Prozess der Folgenabschätzung für KI-Systeme',
        'Ergebnisse der Folgenabschätzungen für KI-Systeme',
      ],
      en: ['AI system impact assessment process', 'Results of AI system impact assessments'],
    },
    related: ['6.1.2', '8.4', 'A.5.2', 'A.5.3', 'A.5.4', 'A.5.5'],
    aiActArticles: ['Art. 5', 'Art. 6', 'Art. 27'],
    hs: {},
    gdprArticles: ['Art. 35'],
  },
  {
    id: '6.2',
    kind: 'clause',
    group: '6',
    title: {
      de: 'KI-Ziele und Planung zu deren Erreichung',
      en: 'AI objectives and planning to achieve them',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob für relevante Funktionen und Ebenen KI-Ziele festgelegt sind, die mit der KI-Politik übereinstimmen und, wo sinnvoll, messbar sind. Zu jedem Ziel soll ein Plan festlegen, was mit welchen Ressourcen, durch wen und bis wann getan wird und wie der Erfolg bewertet wird. Die Ziele müssen überwacht, kommuniziert und bei Bedarf angepasst werden.',
      en: 'The auditor checks that AI objectives are set for relevant functions and levels, are consistent with the AI policy and are measurable where that makes sense. For each objective a plan should state what will be done, with which resources, by whom, by when and how success will be judged. Objectives must be monitored, communicated and adjusted when needed.',
    },
    guidingQuestions: {
      de: [
        'Welche KI-Ziele haben Sie festgelegt, und auf welche Aussage der KI-Politik bezieht sich jedes davon?',
        'An welcher Kennzahl erkennen Sie, ob ein Ziel erreicht ist, und wie lautet der Zielwert?',
        'Wer ist für welches Ziel verantwortlich, und bis wann soll es erreicht sein?',
        'Wie und an wen werden Fortschritt und Abweichungen berichtet?',
        'Wann haben Sie zuletzt ein Ziel geändert, und warum?',
      ],
      en: [
        'Which AI objectives have you set, and which statement of the AI policy does each one relate to?',
        'Which indicator shows whether an objective is met, and what is the target value?',
        'Who is responsible for each objective, and by when should it be achieved?',
        'How, and to whom, are progress and deviations reported?',
        'When did you last change an objective, and why?',
      ],
    },
    typicalEvidence: {
      de: [
        'Register der KI-Ziele mit Kennzahlen und Zielwerten',
        'Maßnahmenpläne je Ziel',
        'Fortschrittsberichte oder Dashboard',
      ],
      en: [
        'AI objectives register with indicators and targets',
        'Action plans per objective',
        'Progress reports or dashboard',
      ],
    },
    documentedInformation: { de: ['KI-Ziele'], en: ['AI objectives'] },
    related: ['5.2', '9.1', 'A.6.1.2', 'A.9.3'],
    aiActArticles: [],
    hs: { iso27001: '6.2', iso9001: '6.2', iso37301: '6.2' },
    gdprArticles: [],
  },
  {
    id: '6.3',
    kind: 'clause',
    group: '6',
    title: { de: 'Planung von Änderungen', en: 'Planning of changes' },
    auditorFocus: {
      de: 'Erwartet werden Nachweise, dass Änderungen am KIMS selbst – neue Prozesse, Umorganisationen, neue Standorte oder ein erweiterter Anwendungsbereich – vor der Umsetzung geplant werden. Eine gute Änderungsdokumentation zeigt Zweck, mögliche Folgen, benötigte Ressourcen und Verschiebungen von Verantwortlichkeiten. Ungesteuerte Änderungen fallen oft auf, wenn Dokumente und gelebte Praxis nicht mehr übereinstimmen.',
      en: 'Auditors look for evidence that changes to the AIMS itself – new processes, reorganizations, new sites or a wider scope – are planned before they are made. A good change record shows the purpose, possible consequences, resources needed and any shift in responsibilities. Uncontrolled changes often surface where documents and actual practice no longer match.',
    },
    guidingQuestions: {
      de: [
        'Welche Änderungen am KIMS haben Sie im letzten Jahr vorgenommen oder geplant, etwa neue Prozesse oder einen erweiterten Anwendungsbereich?',
        'Wie bewerten Sie vor der Umsetzung die Auswirkungen einer geplanten Änderung auf KI-Risiken, Verantwortlichkeiten und Ressourcen?',
        'Wer genehmigt Änderungen am Managementsystem, und wo werden sie festgehalten?',
        'Wie stellen Sie sicher, dass Dokumente, Schulungen und Rollen nach einer Änderung angepasst werden?',
      ],
      en: [
        'Which changes to the AIMS have you made or planned in the last year, such as new processes or a wider scope?',
        'Before a change takes effect, how do you assess its effect on AI risks, responsibilities and resources?',
        'Who approves changes to the management system, and where are they recorded?',
        'How do you make sure documents, training and roles are updated after a change?',
      ],
    },
    typicalEvidence: {
      de: [
        'Änderungsanträge zum KIMS mit Auswirkungsbewertung',
        'Änderungsprotokoll oder Sitzungsprotokolle mit Freigabe der Änderungen',
      ],
      en: ['Change requests for the AIMS with impact notes', 'Change log or minutes approving the changes'],
    },
    documentedInformation: { de: [], en: [] },
    related: ['8.1', '9.3.3', '10.1'],
    aiActArticles: [],
    hs: { iso27001: '6.3', iso9001: '6.3', iso37301: '6.3' },
    gdprArticles: [],
  },
];
