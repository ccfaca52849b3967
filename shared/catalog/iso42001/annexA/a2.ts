import type { CatalogGroup, CatalogItem } from '../../types';

export const A2_GROUP: CatalogGroup = {
  id: 'A.2',
  kind: 'control',
  title: { de: 'KI-bezogene Richtlinien', en: 'Policies related to AI' },
  summary: {
    de: 'Sorgt dafür, dass die Leitung den Umgang mit KI schriftlich vorgibt und unterstützt – mit einer KI-Politik, die zu den Geschäftszielen passt, mit den übrigen Richtlinien der Organisation zusammenspielt und aktuell gehalten wird.',
    en: "Makes sure management gives written direction and support for AI – through an AI policy that fits the business objectives, works together with the organization's other policies and is kept up to date.",
  },
};

export const A2_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.2.2',
    kind: 'control',
    group: 'A.2',
    title: { de: 'KI-Politik', en: 'AI policy' },
    auditorFocus: {
      de: 'Während Abschnitt 5.2 die Mindestinhalte der KI-Politik regelt, prüft der Auditor hier, ob die Politik tatsächlich steuert, wie die Organisation KI entwickelt, beschafft und nutzt: Sie soll Grundsätze, Zuständigkeiten und Grenzen enthalten, etwa verbotene Anwendungsfälle oder Freigabepflichten für neue KI-Systeme. Erwartet wird, dass die Politik auf Geschäftsstrategie, Risikobereitschaft, Rechtslage und das Risikoumfeld der eingesetzten KI-Systeme abgestimmt ist. Konkrete Regeln für alltägliche Fälle – etwa die Nutzung generativer KI-Werkzeuge durch Beschäftigte – sprechen dafür, dass die Politik gelebt wird.',
      en: 'While clause 5.2 sets the minimum content of the AI policy, here the auditor checks whether the policy actually steers how the organization develops, procures and uses AI: it should contain principles, responsibilities and limits, such as prohibited use cases or approval duties for new AI systems. The policy is expected to reflect business strategy, risk appetite, the legal situation and the risk environment of the AI systems in use. Concrete rules for everyday cases – for example staff use of generative AI tools – suggest that the policy is lived.',
    },
    guidingQuestions: {
      de: [
        'Welche KI-Anwendungsfälle schließt die Politik ausdrücklich aus, und sind die Verbote nach Art. 5 KI-Verordnung darin abgedeckt?',
        'Regelt die Politik, wer ein neues KI-System oder ein neues KI-Werkzeug freigeben muss, bevor es eingesetzt wird?',
        'Welche Regeln gelten für Beschäftigte, die generative KI-Dienste wie Chatbots oder Code-Assistenten nutzen?',
        'Wie spiegelt die Politik Ihre Rolle als Anbieter, Betreiber oder Kunde von KI-Systemen wider?',
        'Auf welche nachgeordneten Regelungen – Verfahren, Arbeitsanweisungen, Nutzungsrichtlinien – verweist die Politik?',
      ],
      en: [
        'Which AI use cases does the policy expressly rule out, and does it cover the prohibitions under Art. 5 of the AI Act?',
        'Does the policy say who must approve a new AI system or AI tool before it is used?',
        'Which rules apply to staff who use generative AI services such as chatbots or coding assistants?',
        'How does the policy reflect your role as provider, deployer or customer of AI systems?',
        'Which subordinate rules – procedures, work instructions, acceptable-use rules – does the policy refer to?',
      ],
    },
    typicalEvidence: {
      de: [
        'Freigegebene KI-Politik mit Grundsätzen, Verboten und Freigabepflichten',
        'Nutzungsrichtlinie für generative KI-Werkzeuge',
        'Verweise der Politik auf nachgeordnete Verfahren des KIMS',
        'Protokoll der Freigabe durch die oberste Leitung',
      ],
      en: [
        'Approved AI policy with principles, prohibitions and approval duties',
        'Acceptable-use rules for generative AI tools',
        'References from the policy to subordinate AIMS procedures',
        'Record of approval by top management',
      ],
    },
    documentedInformation: { de: ['KI-Politik'], en: ['AI policy'] },
    related: ['5.1', '5.2', '6.2', '7.3', 'A.2.3', 'A.2.4', 'A.9.3'],
    aiActArticles: ['Art. 5', 'Art. 17'],
    hs: {},
    gdprArticles: [],
  },
  {
    id: 'A.2.3',
    kind: 'control',
    group: 'A.2',
    title: {
      de: 'Abstimmung mit anderen Richtlinien der Organisation',
      en: 'Alignment with other organizational policies',
    },
    auditorFocus: {
      de: 'Erwartet wird, dass die Organisation ermittelt hat, welche bestehenden Richtlinien KI berühren oder von KI berührt werden – typischerweise Informationssicherheit, Datenschutz, Qualität, Einkauf, Personal, Compliance und Ethik – und Widersprüche oder Lücken bereinigt hat. Der Auditor sucht nach einer nachvollziehbaren Analyse und nach konkreten Anpassungen, etwa KI-Klauseln in der Einkaufsrichtlinie oder KI-Fragen im Datenschutzprozess. Widersprechen sich KI-Politik und andere Richtlinien, etwa bei der Nutzung von Cloud-Diensten, ist das ein typischer Befund.',
      en: 'Auditors expect the organization to have identified which existing policies affect AI or are affected by it – typically information security, data protection, quality, procurement, HR, compliance and ethics – and to have resolved contradictions or gaps. They look for a traceable analysis and for concrete adjustments, such as AI clauses in the procurement policy or AI questions in the privacy process. A conflict between the AI policy and other policies, for example on the use of cloud services, is a typical finding.',
    },
    guidingQuestions: {
      de: [
        'Welche Ihrer bestehenden Richtlinien haben Sie auf Berührungspunkte mit KI durchgesehen, und mit welchem Ergebnis?',
        'Wie stellt die Einkaufsrichtlinie sicher, dass KI-Funktionen in neu beschafften Produkten und Diensten erkannt und geprüft werden?',
        'Sind Datenschutz- und Informationssicherheitsrichtlinie mit den Regeln der KI-Politik zu Trainingsdaten und externen KI-Diensten vereinbar?',
        'Wer prüft bei Änderungen an einer anderen Richtlinie, ob die KI-Politik betroffen ist, und umgekehrt?',
        'Gibt es Themen, bei denen sich Richtlinien heute widersprechen oder bei denen niemand zuständig ist?',
      ],
      en: [
        'Which of your existing policies have you reviewed for touchpoints with AI, and with what result?',
        'How does the procurement policy make sure AI features in newly purchased products and services are spotted and assessed?',
        'Are the data protection and information security policies compatible with the AI policy rules on training data and external AI services?',
        'When another policy changes, who checks whether the AI policy is affected, and vice versa?',
        'Are there topics on which policies currently contradict each other or for which nobody is responsible?',
      ],
    },
    typicalEvidence: {
      de: [
        'Abgleichsmatrix der Richtlinien mit Bewertung der KI-Berührungspunkte',
        'Überarbeitete Richtlinien mit KI-Bezug (z. B. Einkauf, Datenschutz, Informationssicherheit)',
        'Protokolle von Abstimmungen mit Datenschutz, Informationssicherheit und Compliance',
        'Richtlinienverzeichnis mit Verantwortlichen und Querverweisen',
      ],
      en: [
        'Policy alignment matrix assessing AI touchpoints',
        'Revised policies with AI content (e.g. procurement, data protection, information security)',
        'Minutes of alignment meetings with data protection, information security and compliance',
        'Policy register with owners and cross-references',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.4', '5.2', '7.5.1', 'A.2.2', 'A.10.3'],
    aiActArticles: [],
    hs: {},
    gdprArticles: ['Art. 24'],
  },
  {
    id: 'A.2.4',
    kind: 'control',
    group: 'A.2',
    title: { de: 'Überprüfung der KI-Politik', en: 'Review of the AI policy' },
    auditorFocus: {
      de: 'Geprüft wird, ob die KI-Politik in festgelegten Abständen und zusätzlich bei wesentlichen Änderungen überprüft wird – etwa neuen KI-Systemen, geänderter Rolle in der Wertschöpfungskette, neuen Rechtsvorschriften oder schwerwiegenden Vorfällen. Der Auditor erwartet eine benannte verantwortliche Person, Aufzeichnungen über durchgeführte Überprüfungen und eine Freigabe geänderter Fassungen durch die Leitung. Eine Politik, deren Stand älter ist als die Änderungen durch die KI-Verordnung oder als neu eingeführte KI-Systeme, deutet auf eine unwirksame Überprüfung hin.',
      en: 'The auditor checks that the AI policy is reviewed at defined intervals and additionally after significant changes – such as new AI systems, a changed role in the value chain, new legislation or serious incidents. A named owner, records of completed reviews and management approval of revised versions are expected. A policy whose version predates changes brought by the AI Act or newly introduced AI systems points to an ineffective review.',
    },
    guidingQuestions: {
      de: [
        'In welchem Rhythmus wird die KI-Politik überprüft, und wer ist dafür verantwortlich?',
        'Welche Ereignisse lösen eine vorgezogene Überprüfung aus, und ist das schriftlich festgelegt?',
        'Was hat die letzte Überprüfung ergeben, und wo ist das festgehalten – auch wenn nichts geändert wurde?',
        'Wie fließen Ergebnisse aus internen Audits, Vorfällen und der Managementbewertung in die Überprüfung ein?',
        'Wie werden Beschäftigte über eine geänderte Fassung informiert?',
      ],
      en: [
        'How often is the AI policy reviewed, and who is responsible?',
        'Which events trigger an earlier review, and is that written down?',
        'What did the last review conclude, and where is it recorded – even if nothing was changed?',
        'How do results of internal audits, incidents and the management review feed into the review?',
        'How are employees informed about a revised version?',
      ],
    },
    typicalEvidence: {
      de: [
        'Versionshistorie der KI-Politik mit Änderungsgründen',
        'Protokoll der letzten Überprüfung bzw. Managementbewertung mit Entscheidung zur Politik',
        'Festgelegte Überprüfungsintervalle und Auslöser (z. B. im Dokumentenlenkungsverfahren)',
      ],
      en: [
        'Version history of the AI policy with reasons for change',
        'Record of the last review or management review with a decision on the policy',
        'Defined review intervals and triggers (e.g. in the document control procedure)',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.2', '6.3', '7.5.2', '9.3.2', '9.3.3', 'A.2.2'],
    aiActArticles: [],
    hs: {},
    gdprArticles: [],
  },
];
