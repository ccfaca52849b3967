import type { CatalogGroup, CatalogItem } from '../../types';

export const A5_GROUP: CatalogGroup = {
  id: 'A.5',
  kind: 'control',
  title: {
    de: 'Abschätzung der Auswirkungen von KI-Systemen',
    en: 'Assessing impacts of AI systems',
  },
  summary: {
    de: 'Stellt sicher, dass die Folgen von KI-Systemen für einzelne Personen, Gruppen und die Gesellschaft über den gesamten Lebenszyklus systematisch abgeschätzt, dokumentiert und bei Entscheidungen berücksichtigt werden.',
    en: 'Ensures that the consequences of AI systems for individuals, groups and society are systematically assessed, documented and taken into account in decisions across the whole life cycle.',
  },
};

export const A5_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.5.2',
    kind: 'control',
    group: 'A.5',
    title: {
      de: 'Prozess der Folgenabschätzung für KI-Systeme',
      en: 'AI system impact assessment process',
    },
    auditorFocus: {
      de: 'Erwartet wird ein festgelegter Prozess, der bestimmt, wann eine Folgenabschätzung für KI-Systeme durchzuführen ist – etwa vor der Entwicklung oder Beschaffung, vor dem Einsatz in einem neuen Kontext und nach wesentlichen Änderungen – und wie sie abläuft. Der Auditor prüft, ob Auslöser, Methode, Bewertungsmaßstäbe, Beteiligte, Freigabe und die Übergabe der Ergebnisse an die KI-Risikobeurteilung und die Risikobehandlung beschrieben sind. Ein Vorab-Screening, das einfache Anwendungsfälle schnell einordnet und kritische Fälle einer vertieften Prüfung zuführt, gilt als Zeichen eines praxistauglichen Prozesses.',
      en: 'Auditors expect a defined process that sets out when an AI system impact assessment must be carried out – for example before development or procurement, before use in a new context and after significant changes – and how it is done. They check that triggers, method, rating criteria, participants, approval and the hand-over of results to AI risk assessment and risk treatment are described. A pre-screening that classifies simple use cases quickly and routes critical ones to an in-depth assessment is taken as a sign of a workable process.',
    },
    guidingQuestions: {
      de: [
        'Welche Ereignisse lösen bei Ihnen eine Folgenabschätzung aus – Neuentwicklung, Beschaffung, neuer Einsatzzweck, Modellwechsel?',
        'Gibt es ein Vorab-Screening, das einfache von kritischen Anwendungsfällen trennt, und nach welchen Kriterien?',
        'Wer führt die Folgenabschätzung durch, wer wirkt mit (Fachbereich, Datenschutz, Betriebsrat), und wer gibt sie frei?',
        'Wie verzahnen Sie den Prozess mit der Datenschutz-Folgenabschätzung und, falls Sie dazu verpflichtet sind, der Grundrechte-Folgenabschätzung nach Art. 27 KI-Verordnung?',
        'Wie gelangen die Ergebnisse in die KI-Risikobeurteilung und in die Entscheidung, ob ein System eingesetzt wird?',
      ],
      en: [
        'Which events trigger an impact assessment in your organization – new development, procurement, new purpose, model change?',
        'Is there a pre-screening that separates simple from critical use cases, and based on which criteria?',
        'Who carries out the impact assessment, who contributes (business unit, data protection, works council), and who approves it?',
        'How do you link the process with the DPIA and, if you are obliged to carry one out, the fundamental rights impact assessment under Art. 27 of the AI Act?',
        'How do the results reach the AI risk assessment and the decision on whether a system is used?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahrensbeschreibung zur Folgenabschätzung mit Auslösern und Rollen',
        'Screening-Fragebogen und Vorlage für die vertiefte Folgenabschätzung',
        'Bewertungsmaßstäbe für Schwere und Reichweite von Auswirkungen',
        'Schnittstellenbeschreibung zu Datenschutz-Folgenabschätzung und KI-Risikobeurteilung',
      ],
      en: [
        'Impact assessment procedure with triggers and roles',
        'Screening questionnaire and template for the in-depth assessment',
        'Rating criteria for severity and reach of impacts',
        'Description of the interfaces to the DPIA and the AI risk assessment',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['6.1.2', '6.1.4', '8.4', 'A.5.3', 'A.5.4', 'A.5.5'],
    aiActArticles: ['Art. 6', 'Art. 9', 'Art. 27'],
    hs: {},
    gdprArticles: ['Art. 35'],
  },
  {
    id: 'A.5.3',
    kind: 'control',
    group: 'A.5',
    title: {
      de: 'Dokumentation der Folgenabschätzungen für KI-Systeme',
      en: 'Documentation of AI system impact assessments',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob die Ergebnisse der Folgenabschätzungen vollständig dokumentiert und für eine festgelegte Frist aufbewahrt werden – mindestens so lange, wie das KI-System genutzt wird, und in Einklang mit gesetzlichen Aufbewahrungspflichten. Der Auditor erwartet nachvollziehbare Angaben zu System und Version, Verwendungszweck, betroffenen Personen, erkannten Auswirkungen, Bewertung, Maßnahmen, Freigabe und Datum. Ein typischer Befund sind Folgenabschätzungen, die nach Änderungen am System nicht fortgeschrieben wurden oder nicht eindeutig einer Systemversion zuzuordnen sind.',
      en: 'The auditor checks that impact assessment results are fully documented and retained for a defined period – at least as long as the AI system is in use, and in line with legal retention duties. Traceable information is expected on system and version, intended purpose, affected persons, identified impacts, rating, measures, approval and date. A typical finding is impact assessments that were not updated after changes to the system or cannot be clearly linked to a system version.',
    },
    guidingQuestions: {
      de: [
        'Wo liegen die abgeschlossenen Folgenabschätzungen, und für welche Systeme im Inventar fehlen sie noch?',
        'Wie lange bewahren Sie Folgenabschätzungen auf, und woraus leitet sich diese Frist ab?',
        'Wie erkennen Sie, dass eine Folgenabschätzung nach einer Änderung am System veraltet ist?',
        'Wer darf Folgenabschätzungen einsehen, und welche Teile geben Sie an Nutzer, Kunden oder Behörden weiter?',
        'Können Sie bei Bedarf die Ergebnisse einer Grundrechte-Folgenabschätzung an die Marktüberwachungsbehörde übermitteln?',
      ],
      en: [
        'Where are the completed impact assessments kept, and which systems in the inventory still lack one?',
        'How long do you retain impact assessments, and what is that period based on?',
        'How do you notice that an impact assessment has become outdated after a change to the system?',
        'Who may view impact assessments, and which parts do you share with users, customers or authorities?',
        'Could you submit the results of a fundamental rights impact assessment to the market surveillance authority if required?',
      ],
    },
    typicalEvidence: {
      de: [
        'Abgeschlossene, freigegebene und datierte Folgenabschätzungen je KI-System',
        'Register der Folgenabschätzungen mit Status, Version und nächster Überprüfung',
        'Aufbewahrungsregel in der Dokumentenlenkung',
        'Nachweise der Übermittlung an Behörden, falls erforderlich',
      ],
      en: [
        'Completed, approved and dated impact assessments per AI system',
        'Register of impact assessments with status, version and next review',
        'Retention rule in the document control procedure',
        'Records of submission to authorities, where required',
      ],
    },
    documentedInformation: {
      de: ['Ergebnisse der Folgenabschätzungen für KI-Systeme, für eine festgelegte Frist aufbewahrt'],
      en: ['Results of AI system impact assessments, retained for a defined period'],
    },
    related: ['6.1.4', '7.5.3', '8.4', 'A.5.2', 'A.8.5'],
    aiActArticles: ['Art. 9', 'Art. 27'],
    hs: {},
    gdprArticles: ['Art. 35'],
  },
  {
    id: 'A.5.4',
    kind: 'control',
    group: 'A.5',
    title: {
      de: 'Abschätzung der Auswirkungen von KI-Systemen auf Einzelpersonen oder Personengruppen',
      en: 'Assessing AI system impact on individuals or groups of individuals',
    },
    auditorFocus: {
      de: 'Erwartet wird, dass die Folgenabschätzung konkret betrachtet, wie ein KI-System einzelne Personen und Gruppen beeinflussen kann – etwa durch Diskriminierung, Fehlentscheidungen, Eingriffe in die Privatsphäre, Gefahren für Sicherheit und Gesundheit, fehlende Nachvollziehbarkeit oder eingeschränkte Möglichkeiten, Entscheidungen anzufechten. Der Auditor prüft, ob auch schutzbedürftige Gruppen wie Kinder, ältere Menschen oder Menschen mit Behinderungen berücksichtigt und die Ergebnisse dokumentiert sind. Besonders aussagekräftig ist, ob aus der Bewertung konkrete Maßnahmen folgen, etwa Fairness-Tests, menschliche Prüfung von Einzelentscheidungen oder Hinweise an Betroffene.',
      en: 'The assessment is expected to look concretely at how an AI system may affect individuals and groups – for example through discrimination, wrong decisions, intrusion into privacy, risks to safety and health, lack of explainability or limited ways to challenge decisions. The auditor checks that vulnerable groups such as children, older people or people with disabilities are considered and that the results are documented. Whether concrete measures follow from the assessment – such as fairness testing, human review of individual decisions or notices to affected persons – is particularly telling.',
    },
    guidingQuestions: {
      de: [
        'Wer ist von den Ergebnissen des Systems betroffen, und welche Gruppen könnten systematisch schlechter gestellt werden?',
        'Wie prüfen Sie, ob das System für verschiedene Gruppen gleich gut funktioniert, und mit welchen Kennzahlen?',
        'Welche Folgen hat eine Fehlentscheidung für eine betroffene Person, und kann sie die Entscheidung anfechten oder eine menschliche Prüfung verlangen?',
        'Wie berücksichtigen Sie schutzbedürftige Personen, etwa Kinder, Beschäftigte in Abhängigkeitsverhältnissen oder Menschen mit Behinderungen?',
        'Trifft das System automatisierte Einzelentscheidungen im Sinne von Art. 22 DSGVO, und wie sind die Rechte der Betroffenen gewahrt?',
        'Haben Sie Betroffene oder deren Vertretungen in die Bewertung einbezogen?',
      ],
      en: [
        "Who is affected by the system's outputs, and which groups could be systematically disadvantaged?",
        'How do you check whether the system performs equally well for different groups, and with which metrics?',
        'What are the consequences of a wrong decision for an affected person, and can they challenge it or ask for human review?',
        'How do you take account of vulnerable persons, such as children, employees in dependent relationships or people with disabilities?',
        "Does the system make automated individual decisions within the meaning of Art. 22 GDPR, and how are the data subjects' rights safeguarded?",
        'Have you involved affected persons or their representatives in the assessment?',
      ],
    },
    typicalEvidence: {
      de: [
        'Abschnitt der Folgenabschätzung zu Auswirkungen auf Personen und Gruppen',
        'Ergebnisse von Fairness- und Bias-Tests mit Gruppenauswertung',
        'Datenschutz-Folgenabschätzung bzw. Grundrechte-Folgenabschätzung mit Querverweisen',
        'Beschreibung von Widerspruchs- und Prüfmöglichkeiten für Betroffene',
      ],
      en: [
        'Impact assessment section on effects on individuals and groups',
        'Results of fairness and bias tests broken down by group',
        'DPIA or fundamental rights impact assessment with cross-references',
        'Description of ways for affected persons to object or request review',
      ],
    },
    documentedInformation: {
      de: ['Dokumentierte Abschätzung der Auswirkungen auf Einzelpersonen und Personengruppen'],
      en: ['Documented assessment of the impact on individuals and groups of individuals'],
    },
    related: ['6.1.4', '8.4', 'A.5.2', 'A.7.4', 'A.8.2', 'A.9.4'],
    aiActArticles: ['Art. 5', 'Art. 9', 'Art. 10', 'Art. 27'],
    hs: {},
    gdprArticles: ['Art. 22', 'Art. 35'],
  },
  {
    id: 'A.5.5',
    kind: 'control',
    group: 'A.5',
    title: {
      de: 'Abschätzung der gesellschaftlichen Auswirkungen von KI-Systemen',
      en: 'Assessing societal impacts of AI systems',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation über die einzelnen Betroffenen hinaus auch breitere Folgen ihrer KI-Systeme betrachtet – etwa auf Umwelt und Energieverbrauch, Arbeitsmarkt und Beschäftigung, Meinungsbildung und demokratische Prozesse, Zugang zu wesentlichen Dienstleistungen oder kulturelle Werte. Der Auditor erwartet eine dem System angemessene Tiefe: Bei einem internen Übersetzungswerkzeug genügt eine kurze, begründete Einschätzung, bei einem breit eingesetzten Empfehlungs- oder Generierungssystem eine gründliche Analyse. Positive Wirkungen dürfen festgehalten werden, ersetzen aber nicht die Betrachtung möglicher Schäden.',
      en: 'The auditor checks that the organization looks beyond individual affected persons at the wider effects of its AI systems – for example on the environment and energy use, the labour market and employment, public opinion and democratic processes, access to essential services or cultural values. A depth appropriate to the system is expected: a short, reasoned statement is enough for an internal translation tool, while a widely used recommendation or generative system calls for a thorough analysis. Positive effects may be recorded but do not replace the consideration of possible harm.',
    },
    guidingQuestions: {
      de: [
        'Welche Wirkungen könnte das System entfalten, wenn es sehr breit genutzt wird, etwa auf Informationsvielfalt, Meinungsbildung oder Wettbewerb?',
        'Wie verändert das System Arbeitsplätze und Tätigkeiten in Ihrer Organisation oder bei Kunden?',
        'Wie berücksichtigen Sie Energie- und Ressourcenverbrauch von Training und Betrieb?',
        'Könnte das System – auch durch Missbrauch Dritter – zur Verbreitung von Desinformation oder manipulativen Inhalten beitragen?',
        'Wie haben Sie festgelegt, wie tief die gesellschaftliche Betrachtung für ein bestimmtes System gehen muss?',
      ],
      en: [
        'What effects could the system have if it is used very widely, for example on diversity of information, opinion-forming or competition?',
        'How does the system change jobs and tasks in your organization or at your customers?',
        'How do you take account of the energy and resource consumption of training and operation?',
        'Could the system contribute to the spread of disinformation or manipulative content, including through misuse by third parties?',
        'How did you decide how deep the societal assessment needs to go for a given system?',
      ],
    },
    typicalEvidence: {
      de: [
        'Abschnitt der Folgenabschätzung zu gesellschaftlichen Auswirkungen mit Begründung der Bewertungstiefe',
        'Angaben zu Energieverbrauch oder CO₂-Bilanz von Training und Betrieb',
        'Ergebnisse von Stakeholder-Konsultationen oder Beiträge eines Ethikgremiums',
        'Maßnahmen gegen Missbrauch, z. B. Nutzungsbedingungen oder Kennzeichnung generierter Inhalte',
      ],
      en: [
        'Impact assessment section on societal effects with a justification of the depth of assessment',
        'Information on energy consumption or carbon footprint of training and operation',
        'Results of stakeholder consultations or input from an ethics board',
        'Measures against misuse, e.g. terms of use or labelling of generated content',
      ],
    },
    documentedInformation: {
      de: ['Dokumentierte Abschätzung der gesellschaftlichen Auswirkungen'],
      en: ['Documented assessment of societal impacts'],
    },
    related: ['4.1', '6.1.4', '8.4', 'A.5.2', 'A.5.4', 'A.6.1.2'],
    aiActArticles: ['Art. 5', 'Art. 27', 'Art. 50', 'Art. 55'],
    hs: {},
    gdprArticles: [],
  },
];
