import type { CatalogGroup, CatalogItem } from '../../types';

export const A10_GROUP: CatalogGroup = {
  id: 'A.10',
  kind: 'control',
  title: { de: 'Beziehungen zu Dritten und Kunden', en: 'Third-party and customer relationships' },
  summary: {
    de: 'Sorgt dafür, dass bei der Zusammenarbeit mit Lieferanten, Partnern und Kunden die Verantwortlichkeiten über den Lebenszyklus der KI-Systeme klar verteilt sind, die Organisation rechenschaftspflichtig bleibt, zugekaufte Leistungen zum eigenen Anspruch an verantwortungsvolle KI passen und die Erwartungen der Kunden berücksichtigt werden.',
    en: "Ensures that, when working with suppliers, partners and customers, responsibilities across the AI system life cycle are clearly allocated, the organization stays accountable, purchased products and services fit its approach to responsible AI and customers' expectations are taken into account.",
  },
};

export const A10_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.10.2',
    kind: 'control',
    group: 'A.10',
    title: { de: 'Zuweisung von Verantwortlichkeiten', en: 'Allocating responsibilities' },
    auditorFocus: {
      de: 'Erwartet wird, dass für jedes KI-System mit externer Beteiligung klar ist, wer für welche Tätigkeiten im Lebenszyklus verantwortlich ist – etwa Datenbereitstellung, Modelltraining, Tests, Betrieb, Überwachung, Vorfallbehandlung und Information der Nutzer. Die Aufteilung soll in Verträgen oder anderen verbindlichen Vereinbarungen festgehalten sein und zu den Rollen nach KI-Verordnung und Datenschutzrecht passen. Lücken und Überschneidungen an den Schnittstellen sind ein häufiger Befund; deshalb wird meist ein System über die gesamte Wertschöpfungskette nachverfolgt.',
      en: 'Auditors expect that, for each AI system with external involvement, it is clear who is responsible for which life-cycle activities – for example data provision, model training, testing, operation, monitoring, incident handling and information to users. The allocation should be laid down in contracts or other binding arrangements and should match the roles under the EU AI Act and data protection law. Gaps and overlaps at the interfaces are a frequent finding, so auditors usually trace one system across the whole value chain.',
    },
    guidingQuestions: {
      de: [
        'Welche Dritten sind an Ihren KI-Systemen beteiligt – Modellanbieter, Datenlieferanten, Cloud-Betreiber, Integratoren, Kunden?',
        'Wo ist festgelegt, wer für Training, Tests, Betrieb, Überwachung und Vorfallbehandlung verantwortlich ist?',
        'Passen die vertraglichen Verantwortlichkeiten zu Ihren Rollen nach der KI-Verordnung (Anbieter, Betreiber) und der DSGVO (Verantwortlicher, Auftragsverarbeiter)?',
        'Was passiert an den Schnittstellen, z. B. wenn ein Lieferant ein Modell aktualisiert oder ein Kunde das System verändert?',
        'Wie wird die Zuweisung überprüft, wenn sich Verträge, Systeme oder Rollen ändern?',
      ],
      en: [
        'Which third parties are involved in your AI systems – model providers, data suppliers, cloud operators, integrators, customers?',
        'Where is it defined who is responsible for training, testing, operation, monitoring and incident handling?',
        'Do the contractual responsibilities match your roles under the EU AI Act (provider, deployer) and the GDPR (controller, processor)?',
        'What happens at the interfaces, for example when a supplier updates a model or a customer modifies the system?',
        'How is the allocation reviewed when contracts, systems or roles change?',
      ],
    },
    typicalEvidence: {
      de: [
        'RACI-Matrix über die Wertschöpfungskette je KI-System',
        'Verträge mit KI-spezifischen Regelungen zu Verantwortlichkeiten',
        'Rollenbestimmung nach KI-Verordnung und DSGVO je KI-System',
        'Auftragsverarbeitungsverträge bzw. Vereinbarungen über gemeinsame Verantwortlichkeit',
      ],
      en: [
        'RACI matrix across the value chain per AI system',
        'Contracts with AI-specific provisions on responsibilities',
        'Role determination under the EU AI Act and the GDPR per AI system',
        'Data processing agreements or joint controller arrangements',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.1', '5.3', '8.1', 'A.3.2', 'A.10.3', 'A.10.4'],
    aiActArticles: ['Art. 25'],
    hs: {},
    gdprArticles: ['Art. 26', 'Art. 28'],
  },
  {
    id: 'A.10.3',
    kind: 'control',
    group: 'A.10',
    title: { de: 'Lieferanten', en: 'Suppliers' },
    auditorFocus: {
      de: 'Erwartet wird ein Prozess, der vor und während der Geschäftsbeziehung prüft, ob die Leistungen von Lieferanten – KI-Modelle, Daten, Werkzeuge, Cloud-Dienste oder vollständige KI-Systeme – zum eigenen Ansatz für verantwortungsvolle KI passen. Dazu gehören typischerweise Auswahlkriterien, eine Sorgfaltsprüfung der Kontrollen des Lieferanten, vertragliche Anforderungen an Dokumentation, Datenrechte, Transparenz und Vorfallmeldung sowie eine regelmäßige Neubewertung. Stichprobenartig werden Lieferanten von KI-Komponenten ausgewählt und die Nachweise für ihre Freigabe angefordert.',
      en: "The auditor looks for a process that checks, before and during the business relationship, whether what suppliers deliver – AI models, data, tools, cloud services or complete AI systems – fits the organization's approach to responsible AI. This typically includes selection criteria, due diligence on the supplier's own controls, contractual requirements on documentation, data rights, transparency and incident reporting, and periodic re-evaluation. Auditors sample suppliers of AI components and ask for the evidence behind their approval.",
    },
    guidingQuestions: {
      de: [
        'Welche KI-Modelle, Datensätze, Werkzeuge oder KI-Dienste beziehen Sie von Dritten?',
        'Nach welchen Kriterien wählen Sie KI-Lieferanten aus, und wer ist an der Bewertung beteiligt?',
        'Welche Nachweise verlangen Sie von Lieferanten, z. B. Dokumentation, Testergebnisse, Herkunft der Trainingsdaten oder Zertifikate?',
        'Welche KI-spezifischen Klauseln enthalten Ihre Verträge, etwa zu Modelländerungen, zur Nutzung Ihrer Daten für Training und zu Vorfallmeldungen?',
        'Wie oft und aus welchen Anlässen bewerten Sie bestehende KI-Lieferanten neu?',
      ],
      en: [
        'Which AI models, data sets, tools or AI services do you obtain from third parties?',
        'Which criteria do you use to select AI suppliers, and who is involved in the assessment?',
        'Which evidence do you request from suppliers, for example documentation, test results, training data provenance or certificates?',
        'Which AI-specific clauses do your contracts contain, for example on model changes, use of your data for training and incident reporting?',
        'How often, and on which triggers, do you re-evaluate existing AI suppliers?',
      ],
    },
    typicalEvidence: {
      de: [
        'Lieferantenverzeichnis mit Kennzeichnung der KI-Leistungen',
        'Fragebögen und Ergebnisse der Lieferantenbewertung',
        'Verträge bzw. Nutzungsbedingungen mit KI-spezifischen Anforderungen',
        'Dokumentation des Lieferanten (z. B. Model Cards, Konformitätserklärung)',
        'Aufzeichnungen zur regelmäßigen Neubewertung der Lieferanten',
      ],
      en: [
        'Supplier register marking AI products and services',
        'Supplier assessment questionnaires and results',
        'Contracts or terms of use with AI-specific requirements',
        'Supplier documentation (e.g. model cards, declaration of conformity)',
        'Records of periodic supplier re-evaluation',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['6.1.2', '8.1', 'A.4.4', 'A.7.3', 'A.7.5', 'A.10.2'],
    aiActArticles: ['Art. 25(4)', 'Art. 53'],
    hs: {},
    gdprArticles: ['Art. 28'],
  },
  {
    id: 'A.10.4',
    kind: 'control',
    group: 'A.10',
    title: { de: 'Kunden', en: 'Customers' },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation bei der Bereitstellung von KI-Produkten oder -Dienstleistungen ermittelt hat, welche Erwartungen und Bedürfnisse ihre Kunden in Bezug auf verantwortungsvolle KI haben, und ob diese in Entwicklung, Verträge und Informationen einfließen. Typische Punkte sind vereinbarte Verwendung und Grenzen des Systems, Service-Level, Transparenz, Datennutzung sowie die Unterstützung der Kunden bei ihren eigenen Pflichten, etwa als Betreiber nach der KI-Verordnung. Nachweise sollen zeigen, dass Kundenanforderungen systematisch erfasst werden und Rückmeldungen zu Maßnahmen führen.',
      en: "The auditor checks that the organization, when providing AI products or services, has identified its customers' expectations and needs regarding responsible AI and reflects them in development, contracts and information. Typical points are the agreed use and limitations of the system, service levels, transparency, use of data and support for customers' own obligations, for example as deployers under the EU AI Act. Evidence should show that customer requirements are captured systematically and that feedback leads to action.",
    },
    guidingQuestions: {
      de: [
        'Welche Anforderungen an verantwortungsvolle KI stellen Ihre Kunden, z. B. in Ausschreibungen, Verträgen oder Fragebögen?',
        'Wie werden diese Anforderungen erfasst und in Anforderungsspezifikation und Entwicklung übernommen?',
        'Was legen Ihre Vertragsbedingungen zur bestimmungsgemäßen Verwendung, zu den Grenzen des Systems und zur Datennutzung fest?',
        'Welche Informationen und Unterstützung erhalten Kunden, damit sie ihre eigenen Pflichten als Betreiber erfüllen können?',
        'Wie werten Sie Kundenrückmeldungen und Beschwerden zu KI-Funktionen aus?',
      ],
      en: [
        'Which responsible-AI requirements do your customers set, for example in tenders, contracts or questionnaires?',
        'How are these requirements captured and carried into requirements specification and development?',
        'What do your terms say about intended use, the limitations of the system and the use of data?',
        'What information and support do customers receive so they can meet their own obligations as deployers?',
        'How do you analyse customer feedback and complaints about AI features?',
      ],
    },
    typicalEvidence: {
      de: [
        'Allgemeine Geschäftsbedingungen oder Kundenverträge mit KI-Regelungen',
        'Erfassung von Kundenanforderungen (z. B. Anforderungskatalog, Antworten auf Ausschreibungen)',
        'Gebrauchsanweisungen und Informationspakete für Kunden',
        'Auswertungen von Kundenrückmeldungen und Beschwerden',
      ],
      en: [
        'Terms and conditions or customer contracts with AI provisions',
        'Record of customer requirements (e.g. requirements catalogue, tender responses)',
        'Instructions for use and information packs for customers',
        'Analyses of customer feedback and complaints',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.2', '8.1', 'A.6.2.2', 'A.8.2', 'A.10.2'],
    aiActArticles: ['Art. 13', 'Art. 25'],
    hs: {},
    gdprArticles: ['Art. 28'],
  },
];
