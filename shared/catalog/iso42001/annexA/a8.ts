import type { CatalogGroup, CatalogItem } from '../../types';

export const A8_GROUP: CatalogGroup = {
  id: 'A.8',
  kind: 'control',
  title: {
    de: 'Informationen für interessierte Parteien von KI-Systemen',
    en: 'Information for interested parties of AI systems',
  },
  summary: {
    de: 'Stellt sicher, dass Nutzer, Betroffene, Kunden und Behörden die Informationen erhalten, die sie brauchen, um ein KI-System zu verstehen, seine Risiken und Auswirkungen einzuschätzen und bei Problemen zu reagieren – einschließlich Meldewegen, Vorfallkommunikation und gesetzlicher Meldepflichten.',
    en: 'Makes sure that users, affected persons, customers and authorities receive the information they need to understand an AI system, judge its risks and impacts and act when something goes wrong – including reporting channels, incident communication and statutory reporting duties.',
  },
};

export const A8_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.8.2',
    kind: 'control',
    group: 'A.8',
    title: {
      de: 'Systemdokumentation und Informationen für Nutzer',
      en: 'System documentation and information for users',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation je KI-System ermittelt hat, welche Informationen die Nutzer benötigen – Zweck, Fähigkeiten und Grenzen, zu erwartende Genauigkeit, erforderliche menschliche Aufsicht und die richtige Interpretation der Ergebnisse – und ob diese Informationen sie in verständlicher Form tatsächlich erreichen. Stichprobenartig wird die Dokumentation mit dem laufenden System abgeglichen, um festzustellen, ob sie auch nach Modellaktualisierungen noch stimmt. Wo Menschen mit KI interagieren oder KI-generierte Inhalte erhalten, wird zusätzlich nach Transparenzhinweisen gefragt.',
      en: 'The auditor checks that the organization has worked out, per AI system, which information its users need – purpose, capabilities and limitations, expected accuracy, required human oversight and how to interpret outputs – and that this information actually reaches them in an understandable form. Documentation is sampled against the live system to see whether it is still correct after model updates. Where people interact with AI or receive AI-generated content, auditors also ask for transparency notices.',
    },
    guidingQuestions: {
      de: [
        'Welche Nutzergruppen haben Ihre KI-Systeme, und welche Informationen braucht jede Gruppe, um das System sachgerecht einzusetzen?',
        'Wo sind Zweck, Grenzen, bekannte Fehlerquellen und Leistungskennzahlen des Systems für Nutzer beschrieben?',
        'Wie erklären Sie Nutzern, wie sie Ergebnisse interpretieren und wann sie eingreifen oder eskalieren sollen?',
        'Wie stellen Sie sicher, dass die Nutzerinformationen nach einem Modell- oder Versionswechsel aktualisiert werden?',
        'Woran erkennen Personen, dass sie mit einem KI-System interagieren oder KI-generierte Inhalte vor sich haben?',
      ],
      en: [
        'Which user groups do your AI systems have, and what information does each group need to use the system properly?',
        "Where are the system's purpose, limitations, known failure modes and performance figures described for users?",
        'How do you explain to users how to interpret outputs and when to intervene or escalate?',
        'How do you make sure user information is updated after a model or version change?',
        'How do people recognize that they are interacting with an AI system or looking at AI-generated content?',
      ],
    },
    typicalEvidence: {
      de: [
        'Benutzerhandbuch bzw. Gebrauchsanweisung je KI-System',
        'Transparenzhinweise in der Benutzeroberfläche oder auf der Website',
        'Model Cards oder Systemsteckbriefe für Nutzer',
        'Versions- und Änderungshistorie der Nutzerdokumentation',
      ],
      en: [
        'User manual or instructions for use per AI system',
        'Transparency notices in the user interface or on the website',
        'Model cards or system fact sheets for users',
        'Version and change history of the user documentation',
      ],
    },
    documentedInformation: {
      de: ['Informationen für Nutzer je KI-System'],
      en: ['Information for users per AI system'],
    },
    related: ['7.4', 'A.6.2.7', 'A.8.5', 'A.9.4', 'A.10.4'],
    aiActArticles: ['Art. 13', 'Art. 26(11)', 'Art. 50'],
    hs: {},
    gdprArticles: ['Art. 13', 'Art. 14', 'Art. 22'],
  },
  {
    id: 'A.8.3',
    kind: 'control',
    group: 'A.8',
    title: { de: 'Externe Berichterstattung', en: 'External reporting' },
    auditorFocus: {
      de: 'Erwartet wird ein Meldeweg, über den Personen außerhalb der Organisation – Nutzer, Betroffene, Kunden oder die Öffentlichkeit – nachteilige Auswirkungen eines KI-Systems oder Bedenken dazu melden können, sowie Nachweise, dass Meldungen angenommen, bewertet und beantwortet werden. Der Meldeweg muss leicht auffindbar und nutzbar sein; eingehende Meldungen sollen in Risikobeurteilung, Überwachung und Korrekturmaßnahmen einfließen, statt in einem allgemeinen Postfach zu versanden. Üblicherweise wird eine Stichprobe eingegangener Meldungen bis zu ihrem Abschluss nachverfolgt.',
      en: 'Auditors look for a channel through which people outside the organization – users, affected persons, customers or the public – can report adverse impacts of an AI system or concerns about it, and for evidence that reports are received, assessed and answered. The channel must be easy to find and use, and reports should feed into risk assessment, monitoring and corrective action rather than disappearing in a general mailbox. A sample of received reports is usually traced through to its outcome.',
    },
    guidingQuestions: {
      de: [
        'Über welche Kanäle können Nutzer, Betroffene oder Dritte Probleme mit Ihren KI-Systemen melden, und wo ist das veröffentlicht?',
        'Wer nimmt Meldungen entgegen, bewertet sie und entscheidet über das weitere Vorgehen – und innerhalb welcher Frist?',
        'Wie unterscheiden Sie allgemeine Beschwerden von Hinweisen auf Schäden, Diskriminierung oder Rechtsverstöße?',
        'Wie fließen externe Meldungen in Ihre KI-Risikobeurteilung und die Überwachung nach dem Inverkehrbringen ein?',
        'Erhalten meldende Personen eine Rückmeldung, und wie wird das dokumentiert?',
      ],
      en: [
        'Through which channels can users, affected persons or third parties report problems with your AI systems, and where is this published?',
        'Who receives reports, assesses them and decides what happens next – and within what time frame?',
        'How do you distinguish general complaints from indications of harm, discrimination or legal breaches?',
        'How do external reports feed into your AI risk assessment and post-market monitoring?',
        'Do people who submit a report receive feedback, and how is this recorded?',
      ],
    },
    typicalEvidence: {
      de: [
        'Veröffentlichter Meldekanal (Formular, E-Mail-Adresse, Hotline)',
        'Eingangs- und Bearbeitungsprotokoll externer Meldungen',
        'Verfahrensbeschreibung zur Bewertung und Eskalation von Meldungen',
        'Auswertungen externer Meldungen für Risikobeurteilung oder Managementbewertung',
      ],
      en: [
        'Published reporting channel (form, email address, hotline)',
        'Intake and handling log of external reports',
        'Procedure for assessing and escalating reports',
        'Analyses of external reports for risk assessment or management review',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.2', '7.4', '9.1', '10.2', 'A.3.3', 'A.6.2.6', 'A.8.4'],
    aiActArticles: ['Art. 26(5)', 'Art. 27', 'Art. 72'],
    hs: {},
    gdprArticles: [],
  },
  {
    id: 'A.8.4',
    kind: 'control',
    group: 'A.8',
    title: { de: 'Kommunikation von Vorfällen', en: 'Communication of incidents' },
    auditorFocus: {
      de: 'Erwartet wird ein festgelegter Plan, wie Nutzer und andere relevante Parteien über Vorfälle mit einem KI-System informiert werden: was als Vorfall gilt, wer über Art und Umfang der Kommunikation entscheidet, welche Inhalte und Kanäle genutzt werden und welche Fristen gelten. Der Plan muss mit gesetzlichen Meldepflichten abgestimmt sein, etwa der Meldung schwerwiegender Vorfälle nach der KI-Verordnung und der Meldung von Datenschutzverletzungen nach der DSGVO. Aufzeichnungen zu tatsächlichen Vorfällen oder Übungen zeigen, ob der Plan in der Praxis funktioniert.',
      en: 'The auditor expects a defined plan for informing users and other relevant parties about incidents involving an AI system: what counts as an incident, who decides whether and how to communicate, which content and channels are used and which deadlines apply. The plan must be aligned with statutory reporting duties, such as serious incident reports under the EU AI Act and personal data breach notifications under the GDPR. Records of real incidents or exercises show whether the plan works in practice.',
    },
    guidingQuestions: {
      de: [
        'Wie definieren Sie einen KI-Vorfall, und wie grenzen Sie ihn von einer gewöhnlichen Störung oder einem Informationssicherheitsvorfall ab?',
        'Wer entscheidet, ob und wie Nutzer, Kunden oder Betroffene über einen Vorfall informiert werden?',
        'Welche Vorlagen und Kanäle stehen für die Vorfallkommunikation bereit, und sind sie auch außerhalb der Geschäftszeiten nutzbar?',
        'Wie ist der Kommunikationsplan mit den Fristen für Meldungen an Behörden nach KI-Verordnung und DSGVO verzahnt?',
        'Wann wurde der Plan zuletzt in einer Übung oder bei einem echten Vorfall angewendet, und was haben Sie daraus gelernt?',
      ],
      en: [
        'How do you define an AI incident, and how do you distinguish it from an ordinary malfunction or an information security incident?',
        'Who decides whether and how users, customers or affected persons are informed about an incident?',
        'Which templates and channels are available for incident communication, and can they be used outside office hours?',
        'How is the communication plan linked to the deadlines for reports to authorities under the EU AI Act and the GDPR?',
        'When was the plan last used in an exercise or a real incident, and what did you learn from it?',
      ],
    },
    typicalEvidence: {
      de: [
        'Kommunikationsplan für KI-Vorfälle mit Rollen, Kanälen und Fristen',
        'Vorlagen für Benachrichtigungen an Nutzer, Kunden und Betroffene',
        'Vorfallregister mit dokumentierter Kommunikation',
        'Protokolle von Notfallübungen oder Nachbetrachtungen von Vorfällen',
      ],
      en: [
        'Communication plan for AI incidents with roles, channels and deadlines',
        'Notification templates for users, customers and affected persons',
        'Incident register with documented communication',
        'Records of incident exercises or post-incident reviews',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['7.4', '10.2', 'A.6.2.6', 'A.6.2.8', 'A.8.3', 'A.8.5'],
    aiActArticles: ['Art. 20', 'Art. 26(5)', 'Art. 73'],
    hs: {},
    gdprArticles: ['Art. 33', 'Art. 34'],
  },
  {
    id: 'A.8.5',
    kind: 'control',
    group: 'A.8',
    title: { de: 'Informationen für interessierte Parteien', en: 'Information for interested parties' },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation ihre Pflichten ermittelt hat, Informationen über ihre KI-Systeme an interessierte Parteien wie Aufsichtsbehörden, Kunden oder die Öffentlichkeit zu melden oder offenzulegen, und ob diese Pflichten mit Verantwortlichen, Auslösern und Fristen dokumentiert sind. Anschließend wird stichprobenartig nachgewiesen, dass die Pflichten tatsächlich und fristgerecht erfüllt wurden. Typische Quellen sind die KI-Verordnung, branchenspezifisches Aufsichtsrecht, Datenschutzrecht und Verträge.',
      en: 'Auditors want to see that the organization has identified its obligations to report or disclose information about its AI systems to interested parties such as supervisory authorities, customers or the public, and has documented them with owners, triggers and deadlines. They then check by sampling that these obligations were actually met on time. Typical sources are the EU AI Act, sector-specific supervisory law, data protection law and contracts.',
    },
    guidingQuestions: {
      de: [
        'Welche Melde- und Offenlegungspflichten zu Ihren KI-Systemen bestehen gegenüber Behörden, Kunden oder der Öffentlichkeit?',
        'Wo sind diese Pflichten mit Verantwortlichen, Auslösern und Fristen festgehalten?',
        'Wie erfahren Sie von neuen oder geänderten Pflichten, etwa durch Änderungen der KI-Verordnung?',
        'Können Sie für eine Pflicht nachweisen, dass sie fristgerecht erfüllt wurde – etwa eine Registrierung oder die Meldung einer Grundrechte-Folgenabschätzung?',
        'Wer gibt Informationen frei, bevor sie an Behörden oder die Öffentlichkeit gehen?',
      ],
      en: [
        'Which reporting and disclosure obligations regarding your AI systems exist towards authorities, customers or the public?',
        'Where are these obligations recorded with owners, triggers and deadlines?',
        'How do you learn about new or changed obligations, for example through amendments to the EU AI Act?',
        'Can you show for one obligation that it was met on time – for example a registration or the notification of a fundamental rights impact assessment?',
        'Who approves information before it goes to authorities or the public?',
      ],
    },
    typicalEvidence: {
      de: [
        'Register der Melde- und Offenlegungspflichten',
        'Nachweise erfolgter Meldungen oder Registrierungen (z. B. in der EU-Datenbank)',
        'Korrespondenz mit Aufsichtsbehörden',
        'Freigabeprozess für externe Veröffentlichungen',
      ],
      en: [
        'Register of reporting and disclosure obligations',
        'Records of reports or registrations made (e.g. in the EU database)',
        'Correspondence with supervisory authorities',
        'Approval process for external publications',
      ],
    },
    documentedInformation: {
      de: ['Melde- und Offenlegungspflichten gegenüber interessierten Parteien'],
      en: ['Reporting and disclosure obligations towards interested parties'],
    },
    related: ['4.1', '4.2', '7.4', 'A.5.3', 'A.8.4'],
    aiActArticles: ['Art. 21', 'Art. 27(3)', 'Art. 49', 'Art. 73'],
    hs: {},
    gdprArticles: ['Art. 31', 'Art. 36'],
  },
];
