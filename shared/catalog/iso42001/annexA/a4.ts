import type { CatalogGroup, CatalogItem } from '../../types';

export const A4_GROUP: CatalogGroup = {
  id: 'A.4',
  kind: 'control',
  title: { de: 'Ressourcen für KI-Systeme', en: 'Resources for AI systems' },
  summary: {
    de: 'Verlangt, dass die Organisation alle Ressourcen kennt und dokumentiert, von denen ein KI-System abhängt – Daten, Werkzeuge, Rechen- und Systemressourcen sowie Personal –, damit Risiken und Auswirkungen vollständig beurteilt werden können.',
    en: 'Requires the organization to know and document every resource an AI system depends on – data, tools, system and computing resources and people – so that risks and impacts can be assessed completely.',
  },
};

export const A4_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.4.2',
    kind: 'control',
    group: 'A.4',
    title: { de: 'Dokumentation der Ressourcen', en: 'Resource documentation' },
    auditorFocus: {
      de: 'Geprüft wird, ob für jedes KI-System im Anwendungsbereich ermittelt und dokumentiert ist, welche Ressourcen die einzelnen Lebenszyklusphasen benötigen – von der Datenbeschaffung über Training und Test bis zu Betrieb und Außerbetriebnahme. Der Auditor erwartet eine Struktur, die Daten, Werkzeuge, Rechenressourcen und Personal je System zusammenführt, statt verstreuter Einzelinformationen. Wichtig ist, dass die Dokumentation aktuell ist und bei Risikobeurteilung und Folgenabschätzung tatsächlich herangezogen wird.',
      en: 'The auditor checks that, for each AI system in scope, the resources needed in each life-cycle stage are identified and documented – from data acquisition through training and testing to operation and retirement. A structure that brings data, tools, computing resources and people together per system is expected rather than scattered pieces of information. What matters is that the documentation is current and is actually used in risk assessment and impact assessment.',
    },
    guidingQuestions: {
      de: [
        'Wo finden wir für ein bestimmtes KI-System alle Ressourcen, von denen es abhängt, an einem Ort?',
        'Nach welcher Vorlage oder Struktur dokumentieren Sie Ressourcen, und ist sie für alle Systeme gleich?',
        'Wer hält die Ressourcendokumentation aktuell, und was löst eine Aktualisierung aus?',
        'Welche Ressourcen stammen von Dritten, und wie ist die Abhängigkeit davon erfasst?',
        'Wie nutzen Sie die Ressourcendokumentation in der Risikobeurteilung, etwa bei Ausfall eines Dienstleisters?',
      ],
      en: [
        'Where can we find, in one place, all the resources a given AI system depends on?',
        'What template or structure do you use to document resources, and is it the same for all systems?',
        'Who keeps the resource documentation current, and what triggers an update?',
        'Which resources come from third parties, and how is that dependency recorded?',
        'How do you use the resource documentation in risk assessment, for example if a service provider fails?',
      ],
    },
    typicalEvidence: {
      de: [
        'Ressourcenverzeichnis bzw. Systemsteckbrief je KI-System',
        'KI-Systeminventar mit Verweisen auf die Ressourcendokumentation',
        'Vorlage für die Ressourcendokumentation mit Pflichtfeldern',
        'Technische Dokumentation mit Ressourcenabschnitt (bei Hochrisiko-Systemen)',
      ],
      en: [
        'Resource register or system fact sheet per AI system',
        'AI system inventory with links to the resource documentation',
        'Resource documentation template with mandatory fields',
        'Technical documentation with a resources section (for high-risk systems)',
      ],
    },
    documentedInformation: {
      de: ['Dokumentation der Ressourcen je KI-System und Lebenszyklusphase'],
      en: ['Documentation of resources per AI system and life-cycle stage'],
    },
    related: ['7.1', '7.5.1', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6', 'A.6.2.7'],
    aiActArticles: ['Art. 11', 'Annex IV'],
    hs: {},
    gdprArticles: [],
  },
  {
    id: 'A.4.3',
    kind: 'control',
    group: 'A.4',
    title: { de: 'Datenressourcen', en: 'Data resources' },
    auditorFocus: {
      de: 'Erwartet wird eine Übersicht der Daten, die ein KI-System für Training, Validierung, Test und Betrieb verwendet, mit Herkunft, Datenkategorien, Umfang, Aktualität, bekannten Einschränkungen und Nutzungsrechten. Der Auditor prüft, ob personenbezogene und besonders schützenswerte Daten kenntlich gemacht sind und ob die Angaben mit dem Verzeichnis von Verarbeitungstätigkeiten übereinstimmen. Fehlen Angaben zu Datensätzen aus Drittquellen oder zu Daten, die über Prompts in externe Dienste fließen, ist das ein häufiger Befund.',
      en: 'Auditors expect an overview of the data an AI system uses for training, validation, testing and operation, with origin, data categories, volume, currency, known limitations and usage rights. They check that personal and sensitive data are flagged and that the information matches the record of processing activities. Missing details on third-party datasets, or on data that flows into external services through prompts, is a frequent finding.',
    },
    guidingQuestions: {
      de: [
        'Welche Datensätze wurden für Training, Test und Validierung Ihrer Modelle verwendet, und woher stammen sie?',
        'Welche Daten gelangen im Betrieb in das System, etwa über Eingaben oder Schnittstellen, und wohin fließen sie weiter?',
        'Wo sind Rechte und Lizenzen für die genutzten Daten festgehalten?',
        'Welche bekannten Lücken oder Verzerrungen haben die Daten, und wo ist das dokumentiert?',
        'Enthalten die Daten personenbezogene oder besondere Kategorien personenbezogener Daten, und ist die Verarbeitung im Verzeichnis von Verarbeitungstätigkeiten erfasst?',
      ],
      en: [
        'Which datasets were used to train, test and validate your models, and where do they come from?',
        'Which data enters the system during operation, for example through inputs or interfaces, and where does it go next?',
        'Where are the rights and licences for the data recorded?',
        'What known gaps or biases does the data have, and where is that documented?',
        'Does the data include personal data or special categories of personal data, and is the processing listed in the record of processing activities?',
      ],
    },
    typicalEvidence: {
      de: [
        'Datenverzeichnis bzw. Datenkatalog je KI-System',
        'Datenblätter (Datasheets) zu Trainings- und Testdatensätzen',
        'Lizenz- und Nutzungsrechtsnachweise für externe Datensätze',
        'Auszug aus dem Verzeichnis von Verarbeitungstätigkeiten',
      ],
      en: [
        'Data inventory or data catalogue per AI system',
        'Datasheets for training and test datasets',
        'Licence and usage-rights records for external datasets',
        'Extract from the record of processing activities',
      ],
    },
    documentedInformation: {
      de: ['Verzeichnis der Datenressourcen mit Herkunft, Kategorien und Eigenschaften'],
      en: ['Data resource inventory with origin, categories and characteristics'],
    },
    related: ['A.4.2', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5'],
    aiActArticles: ['Art. 10', 'Art. 11', 'Annex IV'],
    hs: {},
    gdprArticles: ['Art. 9', 'Art. 30'],
  },
  {
    id: 'A.4.4',
    kind: 'control',
    group: 'A.4',
    title: { de: 'Werkzeugressourcen', en: 'Tooling resources' },
    auditorFocus: {
      de: 'Geprüft wird, ob die Werkzeuge dokumentiert sind, mit denen KI-Systeme entwickelt, trainiert, getestet, bereitgestellt und überwacht werden – etwa Frameworks, Bibliotheken, vortrainierte Modelle, MLOps-Plattformen, Annotationswerkzeuge und externe KI-Programmierschnittstellen. Der Auditor erwartet Versionsangaben und Herkunft, damit Ergebnisse reproduzierbar sind und Schwachstellen oder Lizenzprobleme einzelnen Systemen zugeordnet werden können. Vortrainierte Modelle aus offenen Quellen, die ohne Prüfung und Dokumentation eingebunden werden, sind ein typischer Schwachpunkt.',
      en: 'The auditor checks that the tools used to develop, train, test, deploy and monitor AI systems are documented – such as frameworks, libraries, pre-trained models, MLOps platforms, labelling tools and external AI APIs. Version information and origin are expected so that results are reproducible and vulnerabilities or licence issues can be traced to individual systems. Pre-trained open-source models pulled in without review or documentation are a typical weak spot.',
    },
    guidingQuestions: {
      de: [
        'Welche Frameworks, Bibliotheken und vortrainierten Modelle stecken in Ihren KI-Systemen, und in welchen Versionen?',
        'Wie stellen Sie fest, welche Systeme betroffen sind, wenn in einer Bibliothek eine Schwachstelle bekannt wird?',
        'Nach welchen Kriterien werden neue Werkzeuge oder Modelle aus öffentlichen Quellen zugelassen?',
        'Welche externen KI-Dienste werden über Programmierschnittstellen genutzt, und wo ist das erfasst?',
        'Führen Sie eine Stückliste der Software- oder Modellkomponenten (SBOM bzw. AI-BOM)?',
      ],
      en: [
        'Which frameworks, libraries and pre-trained models are in your AI systems, and in which versions?',
        'How do you find out which systems are affected when a vulnerability in a library becomes known?',
        'What criteria are used to approve new tools or models from public sources?',
        'Which external AI services are used via APIs, and where is that recorded?',
        'Do you keep a software or model bill of materials (SBOM or AI-BOM)?',
      ],
    },
    typicalEvidence: {
      de: [
        'Werkzeugverzeichnis mit Versionen, Lizenzen und Verantwortlichen',
        'Software- bzw. KI-Stückliste (SBOM, AI-BOM) je System',
        'Modellregister mit Herkunft vortrainierter Modelle',
        'Freigabeprotokolle für neue Werkzeuge und Modelle',
      ],
      en: [
        'Tooling inventory with versions, licences and owners',
        'Software or AI bill of materials (SBOM, AI-BOM) per system',
        'Model registry showing the origin of pre-trained models',
        'Approval records for new tools and models',
      ],
    },
    documentedInformation: {
      de: ['Verzeichnis der Werkzeuge, Frameworks und Bibliotheken für Entwicklung und Betrieb'],
      en: ['Inventory of tools, frameworks and libraries for development and operation'],
    },
    related: ['7.1', 'A.4.2', 'A.6.2.3', 'A.10.3'],
    aiActArticles: ['Art. 11', 'Annex IV'],
    hs: {},
    gdprArticles: [],
  },
  {
    id: 'A.4.5',
    kind: 'control',
    group: 'A.4',
    title: { de: 'System- und Rechenressourcen', en: 'System and computing resources' },
    auditorFocus: {
      de: 'Erwartet wird eine Dokumentation der Infrastruktur, auf der KI-Systeme entwickelt und betrieben werden – eigene Server und GPUs, Cloud-Dienste, Edge-Geräte, Speicher und Netzwerk – samt Standort bzw. Region und Betreiber. Der Auditor prüft, ob Kapazitätsbedarf, Verfügbarkeitsanforderungen und Abhängigkeiten von Cloud-Anbietern bekannt sind und ob der Energie- bzw. Ressourcenverbrauch betrachtet wird, wo er für die Organisation relevant ist. Fehlen Angaben dazu, wo Modelle und Daten physisch verarbeitet werden, bleiben Risiken etwa bei Drittlandübermittlungen unerkannt.',
      en: 'Auditors expect documentation of the infrastructure on which AI systems are developed and run – own servers and GPUs, cloud services, edge devices, storage and network – including location or region and operator. They check that capacity needs, availability requirements and dependencies on cloud providers are known, and that energy or resource consumption is considered where it matters to the organization. Without information on where models and data are physically processed, risks such as transfers to third countries go unnoticed.',
    },
    guidingQuestions: {
      de: [
        'Auf welcher Infrastruktur werden Ihre Modelle trainiert, und wo laufen sie im Betrieb – in welcher Cloud-Region, in welchem Rechenzentrum?',
        'Welche Verfügbarkeits- und Leistungsanforderungen gelten für die KI-Systeme, und wie ist die Kapazität darauf ausgelegt?',
        'Was passiert, wenn der Cloud-Anbieter oder ein GPU-Kontingent ausfällt?',
        'Erfassen Sie Rechenaufwand und Energieverbrauch für Training und Betrieb, und wofür nutzen Sie diese Angaben?',
        'Wie ist die Infrastruktur der KI-Systeme in Ihr Asset-Management und Ihr ISMS eingebunden?',
      ],
      en: [
        'On which infrastructure are your models trained, and where do they run in operation – in which cloud region, in which data centre?',
        'What availability and performance requirements apply to the AI systems, and how is capacity sized for them?',
        'What happens if the cloud provider or a GPU quota fails?',
        'Do you record computing effort and energy consumption for training and operation, and what do you use that information for?',
        'How is the infrastructure of the AI systems included in your asset management and your ISMS?',
      ],
    },
    typicalEvidence: {
      de: [
        'Infrastruktur- bzw. Asset-Verzeichnis mit Zuordnung zu KI-Systemen',
        'Architekturdiagramme mit Cloud-Regionen und Betreibern',
        'Kapazitäts- und Verfügbarkeitsanforderungen, ggf. Service-Level-Vereinbarungen',
        'Auswertungen zu Rechenzeit und Energieverbrauch',
      ],
      en: [
        'Infrastructure or asset register mapped to AI systems',
        'Architecture diagrams showing cloud regions and operators',
        'Capacity and availability requirements, service level agreements where applicable',
        'Reports on compute time and energy consumption',
      ],
    },
    documentedInformation: {
      de: ['Verzeichnis der System- und Rechenressourcen der KI-Systeme'],
      en: ['Inventory of the system and computing resources of the AI systems'],
    },
    related: ['7.1', '8.1', 'A.4.2', 'A.6.2.6', 'A.10.3'],
    aiActArticles: ['Art. 11', 'Art. 53', 'Annex IV'],
    hs: {},
    gdprArticles: ['Art. 44'],
  },
  {
    id: 'A.4.6',
    kind: 'control',
    group: 'A.4',
    title: { de: 'Personelle Ressourcen', en: 'Human resources' },
    auditorFocus: {
      de: 'Geprüft wird, ob dokumentiert ist, welche Personen, Rollen und Kompetenzen ein KI-System über seinen Lebenszyklus benötigt – etwa Data Science, Fachexpertise aus dem Einsatzgebiet, Recht und Datenschutz, Sicherheit, Test, Betrieb und menschliche Aufsicht. Der Auditor gleicht die dokumentierten Anforderungen mit der tatsächlichen Besetzung ab und achtet auf Abhängigkeiten von Einzelpersonen oder externen Dienstleistern. Vielfalt der beteiligten Perspektiven wird positiv bewertet, weil sie hilft, Verzerrungen und Auswirkungen auf betroffene Gruppen früh zu erkennen.',
      en: 'The auditor checks that the people, roles and competences an AI system needs across its life cycle are documented – for example data science, domain expertise from the field of use, legal and data protection, security, testing, operation and human oversight. The documented needs are compared with actual staffing, with attention to dependence on single individuals or external service providers. Diversity of the perspectives involved is viewed positively because it helps to spot biases and effects on affected groups early.',
    },
    guidingQuestions: {
      de: [
        'Welche Kompetenzen braucht das Team hinter einem KI-System in Entwicklung, Betrieb und Aufsicht?',
        'Wo sind diese Anforderungen festgehalten, und wie gleichen Sie sie mit der tatsächlichen Besetzung ab?',
        'Von welchen Einzelpersonen oder externen Dienstleistern hängt ein System so stark ab, dass ihr Ausfall kritisch wäre?',
        'Wie beziehen Sie Fachexpertise aus dem Einsatzgebiet und Sichtweisen betroffener Gruppen ein?',
        'Wie stellen Sie die KI-Kompetenz der Beschäftigten sicher, die KI-Systeme bedienen oder deren Ergebnisse nutzen?',
      ],
      en: [
        'Which competences does the team behind an AI system need in development, operation and oversight?',
        'Where are these requirements recorded, and how do you compare them with actual staffing?',
        'Which individuals or external service providers does a system depend on so heavily that their absence would be critical?',
        'How do you bring in domain expertise from the field of use and the perspectives of affected groups?',
        'How do you ensure AI literacy among staff who operate AI systems or use their outputs?',
      ],
    },
    typicalEvidence: {
      de: [
        'Kompetenz- bzw. Skill-Matrix je KI-System oder Team',
        'Personal- und Rollenplanung über die Lebenszyklusphasen',
        'Nachweise zum Programm für KI-Kompetenz',
        'Verträge oder Leistungsbeschreibungen externer Fachkräfte',
      ],
      en: [
        'Competence or skills matrix per AI system or team',
        'Staffing and role plan across the life-cycle stages',
        'Records of the AI literacy programme',
        'Contracts or statements of work for external specialists',
      ],
    },
    documentedInformation: {
      de: ['Dokumentation der benötigten Rollen und Kompetenzen über den Lebenszyklus'],
      en: ['Documentation of the roles and competences needed across the life cycle'],
    },
    related: ['5.3', '7.1', '7.2', 'A.3.2', 'A.4.2'],
    aiActArticles: ['Art. 4', 'Art. 14', 'Art. 26'],
    hs: {},
    gdprArticles: [],
  },
];
