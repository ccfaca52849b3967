import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_7_GROUP: CatalogGroup = {
  id: '7',
  kind: 'clause',
  title: { de: 'Unterstützung', en: 'Support' },
  summary: {
    de: 'Umfasst, was das KI-Managementsystem zum Funktionieren braucht: Personal, Budget und Werkzeuge, kompetente und sensibilisierte Beschäftigte, abgestimmte Kommunikation sowie gut gelenkte Dokumente und Aufzeichnungen.',
    en: 'Covers what the AI management system needs in order to work: people, budget and tools, competent and aware staff, agreed communication and well-controlled documents and records.',
  },
};

export const CLAUSE_7_ITEMS: readonly CatalogItem[] = [
  {
    id: '7.1',
    kind: 'clause',
    group: '7',
    title: { de: 'Ressourcen', en: 'Resources' },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation ermittelt hat, welches Personal, welches Budget, welche Infrastruktur und welche Werkzeuge das KIMS und seine KI-Systeme benötigen, und ob diese tatsächlich bereitstehen. Anzeichen für fehlende Ressourcen sind überfällige Maßnahmen, unbesetzte Rollen und Governance-Aufgaben, die nebenbei erledigt werden. Bei KI-Systemen wird häufig die in Anhang A vorgesehene Dokumentation von Daten-, Werkzeug-, Rechen- und Personalressourcen herangezogen.',
      en: 'The auditor checks whether the organization has worked out which people, budget, infrastructure and tools the AIMS and its AI systems need, and whether these are actually provided. Signs of under-resourcing include overdue actions, vacant roles and governance tasks done on the side. For AI systems, auditors often draw on the documentation of data, tooling, computing and human resources foreseen in Annex A.',
    },
    guidingQuestions: {
      de: [
        'Wie haben Sie Personal, Budget und Werkzeuge für das KIMS ermittelt, und wer hat sie genehmigt?',
        'Welche KIMS-Rollen sind derzeit unbesetzt oder nur in Teilzeit abgedeckt?',
        'Gibt es überfällige Maßnahmen, weil Kapazitäten fehlen?',
        'Wo dokumentieren Sie Daten-, Werkzeug- und Rechenressourcen für jedes KI-System?',
      ],
      en: [
        'How did you determine the staff, budget and tools the AIMS needs, and who approved them?',
        'Which AIMS roles are currently vacant or only covered part-time?',
        'Are there overdue actions because capacity is missing?',
        'Where do you document data, tooling and computing resources for each AI system?',
      ],
    },
    typicalEvidence: {
      de: [
        'Budget- und Ressourcenplan für das KIMS',
        'Ressourcendokumentation je KI-System',
        'Personalübersicht für KIMS-Rollen',
      ],
      en: [
        'AIMS budget and resourcing plan',
        'Resource documentation per AI system',
        'Staffing overview for AIMS roles',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.1', 'A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6'],
    aiActArticles: [],
    hs: { iso27001: '7.1', iso9001: '7.1', iso37301: '7.1' },
    gdprArticles: [],
  },
  {
    id: '7.2',
    kind: 'clause',
    group: '7',
    title: { de: 'Kompetenz', en: 'Competence' },
    auditorFocus: {
      de: 'Erwartet wird, dass die Organisation festgelegt hat, welche Kompetenz Rollen mit Einfluss auf KI-Leistung und KI-Risiken benötigen – Entwicklung, Data Science, Risikoverantwortliche, Personen mit Aufsichtsaufgaben im Betrieb – und geprüft hat, ob die Rolleninhaber sie besitzen. Lücken sollen durch Schulung, Coaching, Einstellung oder ähnliche Maßnahmen geschlossen werden, deren Wirkung bewertet wird. Nachweise über Ausbildung, Schulung und Erfahrung sind aufzubewahren.',
      en: 'Auditors expect the organization to have defined the competence needed in roles that affect AI performance and risk – developers, data scientists, risk owners, operators with oversight duties – and to have checked whether role holders have it. Gaps should be closed through training, coaching, hiring or similar measures whose effect is evaluated. Records of education, training and experience must be retained.',
    },
    guidingQuestions: {
      de: [
        'Welche Rollen beeinflussen Verhalten oder Risiken Ihrer KI-Systeme, und was müssen diese Personen wissen und können?',
        'Wie prüfen Sie die Kompetenz neuer und bestehender Beschäftigter, einschließlich externer Kräfte?',
        'Wie erfüllen Sie die Pflicht zur KI-Kompetenz nach Art. 4 KI-Verordnung für Beschäftigte, die KI-Systeme betreiben oder nutzen?',
        'Wie bewerten Sie, ob eine Schulung die Lücke tatsächlich geschlossen hat?',
        'Wo werden Zertifikate, Schulungsnachweise und Lebensläufe abgelegt?',
      ],
      en: [
        'Which roles influence the behaviour or risks of your AI systems, and what must these people know and be able to do?',
        'How do you check the competence of new and existing staff, including contractors?',
        'How do you meet the AI literacy duty under Art. 4 of the AI Act for staff who operate or use AI systems?',
        'How do you evaluate whether a training actually closed the gap?',
        'Where are certificates, training records and CVs kept?',
      ],
    },
    typicalEvidence: {
      de: [
        'Kompetenzmatrix für KI-relevante Rollen',
        'Schulungsnachweise und Zertifikate',
        'Programm zur KI-Kompetenz mit Teilnehmerlisten',
      ],
      en: [
        'Competence matrix for AI-relevant roles',
        'Training records and certificates',
        'AI literacy programme with attendance lists',
      ],
    },
    documentedInformation: { de: ['Nachweise der Kompetenz'], en: ['Evidence of competence'] },
    related: ['5.3', '7.3', 'A.4.6'],
    aiActArticles: ['Art. 4', 'Art. 26'],
    hs: { iso27001: '7.2', iso9001: '7.2', iso37301: '7.2' },
    gdprArticles: [],
  },
  {
    id: '7.3',
    kind: 'clause',
    group: '7',
    title: { de: 'Bewusstsein', en: 'Awareness' },
    auditorFocus: {
      de: 'Das Bewusstsein wird vor allem in Gesprächen mit Beschäftigten verschiedener Ebenen geprüft. Sie sollen wissen, dass es eine KI-Politik gibt und was sie für ihre Arbeit bedeutet, welchen Beitrag sie zu einem wirksamen KIMS leisten und welche Folgen die Missachtung der Regeln hat. Wer weiß, wie man Bedenken zu einem KI-System meldet, zeigt echtes Bewusstsein.',
      en: 'Auditors test awareness mainly by talking to staff at different levels. People should know that an AI policy exists and what it means for their work, how they contribute to an effective AIMS and what happens if they ignore its rules. Knowing how to raise a concern about an AI system is a good sign of real awareness.',
    },
    guidingQuestions: {
      de: [
        'Was würden Beschäftigte in der Kantine auf die Frage nach der KI-Politik antworten?',
        'Wie erfahren neue Beschäftigte von den Regeln für den Einsatz von KI-Werkzeugen, etwa generativer KI?',
        'Wissen die Beschäftigten, wie und wo sie Bedenken zu einem KI-System melden können?',
        'Wie verdeutlichen Sie die Folgen von Regelverstößen, ohne eine Kultur der Angst zu erzeugen?',
      ],
      en: [
        'If we asked employees in the canteen about the AI policy, what would they say?',
        'How do new employees learn the rules for using AI tools, for example generative AI?',
        'Do staff know how and where to report concerns about an AI system?',
        'How do you make the consequences of breaking AI rules clear without creating a culture of fear?',
      ],
    },
    typicalEvidence: {
      de: [
        'Sensibilisierungsunterlagen und Teilnahmenachweise',
        'Onboarding-Checkliste mit KI-Regeln',
        'Ergebnisse von Wissenstests',
      ],
      en: [
        'Awareness materials and attendance records',
        'Onboarding checklist including AI rules',
        'Results of knowledge checks',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.2', '7.2', 'A.3.3'],
    aiActArticles: ['Art. 4'],
    hs: { iso27001: '7.3', iso9001: '7.3', iso37301: '7.3' },
    gdprArticles: [],
  },
  {
    id: '7.4',
    kind: 'clause',
    group: '7',
    title: { de: 'Kommunikation', en: 'Communication' },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation festgelegt hat, was sie über das KIMS und ihre KI-Systeme kommuniziert, an wen, wann, auf welchem Weg und durch wen – intern wie extern. Besondere Aufmerksamkeit gilt der externen Kommunikation mit Nutzern, betroffenen Personen, Kunden und Behörden. Nachweise sollen zeigen, dass der Kommunikationsplan gelebt und nicht nur aufgeschrieben wird.',
      en: 'The auditor checks that the organization has decided what it communicates about the AIMS and its AI systems, to whom, when, through which channel and by whom – internally and externally. External communication with users, affected persons, customers and authorities gets particular attention. Evidence should show that the communication plan is followed, not only written down.',
    },
    guidingQuestions: {
      de: [
        'Was teilen Sie Nutzern und betroffenen Personen über Ihre KI-Systeme mit, und über welche Kanäle?',
        'Wer darf gegenüber Behörden, Kunden oder der Presse über KI-Vorfälle sprechen?',
        'Wie erfahren interne Teams von Änderungen an KI-Systemen oder an den Regeln des KIMS?',
        'Wie stellen Sie sicher, dass Menschen wissen, wann sie mit einem KI-System interagieren?',
      ],
      en: [
        'What do you tell users and affected persons about your AI systems, and through which channels?',
        'Who may speak to authorities, customers or the press about AI incidents?',
        'How do internal teams learn about changes to AI systems or AIMS rules?',
        'How do you make sure people know when they are interacting with an AI system?',
      ],
    },
    typicalEvidence: {
      de: [
        'Kommunikationsplan oder -matrix',
        'Nutzerinformationen und Transparenzhinweise',
        'Nachweise externer Kommunikation, z. B. mit Behörden',
      ],
      en: [
        'Communication plan or matrix',
        'User information and transparency notices',
        'Records of external communication, e.g. with authorities',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.2', 'A.8.2', 'A.8.3', 'A.8.4', 'A.8.5'],
    aiActArticles: ['Art. 13', 'Art. 50'],
    hs: { iso27001: '7.4', iso9001: '7.4', iso37301: '7.4' },
    gdprArticles: ['Art. 13', 'Art. 14'],
  },
  {
    id: '7.5.1',
    kind: 'clause',
    group: '7',
    subgroup: '7.5',
    title: { de: 'Dokumentierte Information – Allgemeines', en: 'Documented information — general' },
    auditorFocus: {
      de: 'Geprüft wird, ob die von ISO/IEC 42001 geforderte dokumentierte Information vorliegt und ob die Organisation festgelegt hat, welche weitere dokumentierte Information sie für ein wirksames KIMS benötigt. Der Umfang soll zur Größe der Organisation, zur Komplexität der KI-Systeme und zur Kompetenz der Beschäftigten passen. Ein Verzeichnis der Dokumente und Aufzeichnungen hilft, die Vollständigkeit zu belegen.',
      en: 'Auditors check that the documents and records ISO/IEC 42001 calls for exist and that the organization has decided which further documented information it needs for an effective AIMS. The extent should match the size of the organization, the complexity of its AI systems and the competence of its people. A register of documents and records helps to show completeness.',
    },
    guidingQuestions: {
      de: [
        'Haben Sie eine Übersicht aller vom KIMS geforderten Dokumente und Aufzeichnungen mit Verantwortlichen und Ablageorten?',
        'Welche zusätzlichen Dokumente halten Sie über die Anforderungen der Norm hinaus für nötig, und warum?',
        'Wo wird die technische Dokumentation der einzelnen KI-Systeme aufbewahrt?',
        'Welche Dokumente fehlen heute oder sind veraltet?',
      ],
      en: [
        'Do you have an overview of all documents and records the AIMS requires, with owners and storage locations?',
        'Which additional documents do you consider necessary beyond what the standard requires, and why?',
        'Where is the technical documentation of each AI system kept?',
        'Which documents are missing or out of date today?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verzeichnis der Dokumente und Aufzeichnungen',
        'Technische Dokumentation der KI-Systeme',
        'Von der Organisation als notwendig festgelegte Verfahrensbeschreibungen',
      ],
      en: [
        'Register of documents and records',
        'Technical documentation of the AI systems',
        'Procedures the organization has decided to document',
      ],
    },
    documentedInformation: {
      de: [
        'Weitere dokumentierte Information, die die Organisation für ihr KIMS als erforderlich festgelegt hat',
      ],
      en: ['Further documented information the organization has decided it needs for its AIMS'],
    },
    related: ['7.5.2', '7.5.3', 'A.6.2.7'],
    aiActArticles: ['Art. 11', 'Art. 53', 'Annex IV'],
    hs: { iso27001: '7.5.1', iso9001: '7.5.1', iso37301: '7.5.1' },
    gdprArticles: ['Art. 30'],
  },
  {
    id: '7.5.2',
    kind: 'clause',
    group: '7',
    subgroup: '7.5',
    title: {
      de: 'Erstellen und Aktualisieren dokumentierter Information',
      en: 'Creating and updating documented information',
    },
    auditorFocus: {
      de: 'Geprüft wird, wie Dokumente erstellt und geändert werden: Jedes soll eindeutig über Titel, Version, Datum und verantwortliche Person gekennzeichnet sein, ein geeignetes Format und Medium haben und vor der Freigabe geprüft und genehmigt werden. Üblicherweise wird eine Stichprobe von Dokumenten gegen diese Regeln geprüft. Vorlagen und ein Freigabe-Workflow erleichtern den Nachweis einer einheitlichen Praxis.',
      en: 'Auditors look at how documents are created and changed: each should be clearly identified by title, version, date and owner, have a suitable format and medium, and be reviewed and approved before release. A sample of documents is usually checked against these rules. Templates and an approval workflow make consistent practice easy to demonstrate.',
    },
    guidingQuestions: {
      de: [
        'Wie werden KIMS-Dokumente gekennzeichnet: Titel, Version, Datum, verantwortliche Person?',
        'Wer prüft und genehmigt ein Dokument vor der Freigabe?',
        'Nutzen Sie Vorlagen für Richtlinien, Verfahren und die Dokumentation von KI-Systemen?',
        'Wie dokumentieren Sie Änderungen zwischen zwei Versionen?',
      ],
      en: [
        'How are AIMS documents identified: title, version, date, owner?',
        'Who reviews and approves a document before it is released?',
        'Do you use templates for policies, procedures and AI system documentation?',
        'How do you record what changed between two versions?',
      ],
    },
    typicalEvidence: {
      de: [
        'Dokumentvorlagen mit Kennzeichnungsfeldern',
        'Freigabeverlauf im Dokumentenmanagementsystem',
        'Änderungshistorie wichtiger Dokumente',
      ],
      en: [
        'Document templates with identification fields',
        'Approval trail in the document management system',
        'Change history of key documents',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['7.5.1', '7.5.3', 'A.6.2.3'],
    aiActArticles: ['Art. 11', 'Annex IV'],
    hs: { iso27001: '7.5.2', iso9001: '7.5.2', iso37301: '7.5.2' },
    gdprArticles: [],
  },
  {
    id: '7.5.3',
    kind: 'clause',
    group: '7',
    subgroup: '7.5',
    title: { de: 'Lenkung dokumentierter Information', en: 'Control of documented information' },
    auditorFocus: {
      de: 'Geprüft wird, ob dokumentierte Information dort verfügbar ist, wo sie gebraucht wird, angemessen vor Verlust, unbefugter Änderung und Missbrauch geschützt ist und bei Verteilung, Ablage, Versionierung, Aufbewahrung und Vernichtung gelenkt wird. Auch Dokumente externer Herkunft, etwa Model Cards von Lieferanten oder behördliche Leitfäden, müssen gekennzeichnet und gelenkt werden. Aufbewahrungsfristen sollen gesetzliche Pflichten abbilden, etwa für Protokolldaten und technische Dokumentation von KI-Systemen.',
      en: 'The auditor checks that documented information is available where it is needed, adequately protected against loss, unauthorized change and misuse, and controlled through distribution, storage, versioning, retention and disposal. Documents of external origin, such as supplier model cards or regulatory guidance, must also be identified and controlled. Retention periods should reflect legal duties, for example for event logs and technical documentation of AI systems.',
    },
    guidingQuestions: {
      de: [
        'Wo werden KIMS-Dokumente abgelegt, und wer darf sie lesen oder ändern?',
        'Wie verhindern Sie, dass mit veralteten Versionen gearbeitet wird?',
        'Welche Aufbewahrungsfristen gelten für Protokolldaten und technische Dokumentation von KI-Systemen, und wer hat sie festgelegt?',
        'Wie lenken Sie externe Dokumente wie Model Cards von Lieferanten oder Normen?',
        'Wie werden Dokumente und Aufzeichnungen nach Ablauf der Aufbewahrungsfrist vernichtet?',
      ],
      en: [
        'Where are AIMS documents stored, and who may read or change them?',
        'How do you prevent people from working with outdated versions?',
        'Which retention periods apply to event logs and technical documentation of AI systems, and who set them?',
        'How do you control external documents such as supplier model cards or standards?',
        'How are documents and records disposed of when their retention period ends?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahrensanweisung zur Lenkung dokumentierter Information',
        'Zugriffsrechte und Einstellungen des Dokumentenmanagementsystems',
        'Aufbewahrungsplan mit Fristen',
        'Liste der gelenkten externen Dokumente',
      ],
      en: [
        'Document control procedure',
        'Access rights and settings of the document management system',
        'Retention schedule',
        'List of controlled external documents',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['7.5.1', '7.5.2', 'A.5.3', 'A.6.2.8'],
    aiActArticles: ['Art. 12', 'Art. 18', 'Art. 19', 'Art. 26'],
    hs: { iso27001: '7.5.3', iso9001: '7.5.3', iso37301: '7.5.3' },
    gdprArticles: ['Art. 5', 'Art. 32'],
  },
];
