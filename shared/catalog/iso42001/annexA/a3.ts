import type { CatalogGroup, CatalogItem } from '../../types';

export const A3_GROUP: CatalogGroup = {
  id: 'A.3',
  kind: 'control',
  title: { de: 'Interne Organisation', en: 'Internal organization' },
  summary: {
    de: 'Schafft innerhalb der Organisation klare Verantwortlichkeit für einen verantwortungsvollen Umgang mit KI: festgelegte KI-Rollen und einen geschützten Weg, auf dem Beschäftigte Bedenken zu KI-Systemen äußern können.',
    en: 'Creates clear accountability inside the organization for a responsible approach to AI: defined AI roles and a protected channel through which staff can raise concerns about AI systems.',
  },
};

export const A3_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.3.2',
    kind: 'control',
    group: 'A.3',
    title: { de: 'KI-Rollen und -Verantwortlichkeiten', en: 'AI roles and responsibilities' },
    auditorFocus: {
      de: 'Über die Managementsystem-Rollen aus Abschnitt 5.3 hinaus wird geprüft, ob die Rollen entlang des KI-Lebenszyklus festgelegt und besetzt sind – etwa Systemverantwortliche, Daten- und Modellverantwortliche, Risikoverantwortliche, Personen mit menschlicher Aufsicht und Freigabeinstanzen. Der Auditor erwartet, dass die Zuweisung zum Umfang und zur Risikolage der KI-Systeme passt und Schnittstellen zu Datenschutz, Informationssicherheit, Recht und Einkauf geklärt sind. Fehlende Vertretungsregelungen oder Rollen, die nur auf dem Papier bestehen, fallen in Interviews schnell auf.',
      en: 'Beyond the management system roles of clause 5.3, the auditor checks that roles along the AI life cycle are defined and filled – such as system owners, data and model owners, risk owners, people exercising human oversight and approval bodies. The allocation is expected to match the scale and risk profile of the AI systems, with interfaces to data protection, information security, legal and procurement clarified. Missing deputies, or roles that exist only on paper, quickly show up in interviews.',
    },
    guidingQuestions: {
      de: [
        'Wer ist für jedes KI-System im Inventar fachlich und technisch verantwortlich, und wer vertritt diese Personen?',
        'Wem ist die menschliche Aufsicht über Systeme mit hohem Risiko übertragen, und haben diese Personen Zeit, Kompetenz und Befugnis dafür?',
        'Wer gibt ein KI-System vor der Inbetriebnahme oder nach einer wesentlichen Änderung frei?',
        'Gibt es ein KI-Gremium oder einen KI-Beauftragten, und wie grenzen sich dessen Aufgaben von Datenschutz und Informationssicherheit ab?',
        'Wie erfahren Rolleninhaber von ihren Aufgaben, und wie wird die Zuordnung bei Personalwechseln aktualisiert?',
      ],
      en: [
        'Who is functionally and technically responsible for each AI system in the inventory, and who deputizes for them?',
        'Who has been assigned human oversight of high-risk systems, and do they have the time, competence and authority for it?',
        'Who approves an AI system before it goes live or after a significant change?',
        'Is there an AI board or AI officer, and how are their tasks separated from data protection and information security?',
        'How do role holders learn about their duties, and how is the allocation updated when people change jobs?',
      ],
    },
    typicalEvidence: {
      de: [
        'RACI-Matrix über die Phasen des KI-Lebenszyklus',
        'Rollenbeschreibungen, z. B. für Systemverantwortliche und Personen mit Aufsichtsaufgaben',
        'KI-Systeminventar mit benannten Verantwortlichen',
        'Geschäftsordnung eines KI-Gremiums und Sitzungsprotokolle',
      ],
      en: [
        'RACI matrix across the AI life-cycle stages',
        'Role descriptions, e.g. for system owners and people with oversight duties',
        'AI system inventory with named owners',
        'Terms of reference of an AI board and meeting minutes',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.3', '7.2', 'A.4.6', 'A.9.2', 'A.10.2'],
    aiActArticles: ['Art. 14', 'Art. 17', 'Art. 26'],
    hs: {},
    gdprArticles: ['Art. 38'],
  },
  {
    id: 'A.3.3',
    kind: 'control',
    group: 'A.3',
    title: { de: 'Meldung von Bedenken', en: 'Reporting of concerns' },
    auditorFocus: {
      de: 'Erwartet wird ein bekannter, leicht zugänglicher Meldeweg, über den Beschäftigte und gegebenenfalls externe Personen Bedenken zur Rolle der Organisation bei einem KI-System äußern können – in jeder Phase des Lebenszyklus. Geprüft wird, ob Vertraulichkeit und auf Wunsch Anonymität gewahrt sind, Hinweisgebende vor Benachteiligung geschützt werden, Meldungen an Personen mit ausreichender Unabhängigkeit und Befugnis gehen und Fristen für Bearbeitung und Rückmeldung gelten. Oft lässt sich ein bestehendes Hinweisgebersystem nach dem Hinweisgeberschutzgesetz nutzen, sofern KI-Themen ausdrücklich einbezogen und die Bearbeitenden dafür geschult sind.',
      en: "Auditors expect a known, easily accessible channel through which employees and, where relevant, external persons can raise concerns about the organization's role with an AI system – at any stage of the life cycle. They check that confidentiality and, on request, anonymity are maintained, that reporters are protected from reprisal, that reports reach people with enough independence and authority, and that deadlines for handling and feedback apply. An existing whistleblowing system under the EU Whistleblower Directive can often be used, provided AI topics are explicitly included and the case handlers are trained for them.",
    },
    guidingQuestions: {
      de: [
        'Wie würde eine Entwicklerin melden, dass ein Modell bestimmte Gruppen benachteiligt, ohne den Dienstweg gehen zu müssen?',
        'Deckt Ihr Hinweisgebersystem ausdrücklich KI-bezogene Bedenken ab, und wissen die Beschäftigten das?',
        'Wer bearbeitet KI-bezogene Meldungen, und kann diese Person eine Untersuchung veranlassen oder ein System anhalten lassen?',
        'Wie schützen Sie Hinweisgebende vor Benachteiligung, und wie wahren Sie Vertraulichkeit?',
        'Wie viele KI-bezogene Meldungen gab es bisher, und wie wurden sie abgeschlossen?',
        'Wie fließen Erkenntnisse aus Meldungen in Risikobeurteilung, Korrekturmaßnahmen und Managementbewertung ein?',
      ],
      en: [
        'How would a developer report that a model disadvantages certain groups without going through the line manager?',
        'Does your whistleblowing system explicitly cover AI-related concerns, and do employees know that?',
        'Who handles AI-related reports, and can that person start an investigation or have a system stopped?',
        'How do you protect reporters from reprisal, and how do you keep reports confidential?',
        'How many AI-related reports have there been so far, and how were they closed?',
        'How do lessons from reports feed into risk assessment, corrective action and the management review?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahren zur Meldung von Bedenken mit ausdrücklichem KI-Bezug',
        'Beschreibung des Meldekanals (Hinweisgebersystem, Ombudsperson, Postfach) und Kommunikation an Beschäftigte',
        'Anonymisiertes Fallregister mit Eingang, Bearbeitung und Abschluss',
        'Schulungsnachweise der Personen, die Meldungen bearbeiten',
      ],
      en: [
        'Procedure for raising concerns that explicitly covers AI',
        'Description of the reporting channel (whistleblowing system, ombudsperson, mailbox) and communication to staff',
        'Anonymized case log showing intake, handling and closure',
        'Training records of the people who handle reports',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.3', '7.3', '7.4', '10.2', 'A.8.3'],
    aiActArticles: ['Art. 87'],
    hs: {},
    gdprArticles: [],
  },
];
