import type { CatalogGroup, CatalogItem } from '../../types';

export const A7_GROUP: CatalogGroup = {
  id: 'A.7',
  kind: 'control',
  title: { de: 'Daten für KI-Systeme', en: 'Data for AI systems' },
  summary: {
    de: 'Sorgt dafür, dass die Organisation die Rolle der Daten für ihre KI-Systeme versteht und über den gesamten Lebenszyklus steuert – von Auswahl und Beschaffung über Qualität und Datenherkunft bis zur Aufbereitung für Training, Test und Betrieb.',
    en: 'Ensures that the organization understands the role of data in its AI systems and manages it across the whole life cycle – from selection and acquisition through quality and provenance to preparation for training, testing and operation.',
  },
};

export const A7_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.7.2',
    kind: 'control',
    group: 'A.7',
    title: {
      de: 'Daten für die Entwicklung und Weiterentwicklung von KI-Systemen',
      en: 'Data for development and enhancement of AI system',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob dokumentierte Datenmanagementprozesse für die Entwicklung und Weiterentwicklung von KI-Systemen festgelegt sind und gelebt werden. Sie sollen unter anderem Datenschutz und Rechtsgrundlagen, Datensicherheit, Transparenz über die Datenverwendung, Repräsentativität, die Trennung von Trainings-, Validierungs- und Testdaten sowie deren Versionierung abdecken. Erwartet wird, dass diese Regeln auch für erneutes Training und Feinabstimmung im Betrieb gelten und mit dem bestehenden Datenschutz- und Informationssicherheitsmanagement verzahnt sind.',
      en: 'The auditor checks whether documented data management processes for developing and enhancing AI systems are defined and followed. Among other things, they should cover privacy and legal bases, data security, transparency about data use, representativeness, and the separation and versioning of training, validation and test data. These rules are expected to apply to retraining and fine-tuning during operation as well, and to be linked with the existing privacy and information security management.',
    },
    guidingQuestions: {
      de: [
        'Welcher Prozess regelt, welche Daten für Training, Validierung und Test eines KI-Systems verwendet werden dürfen, und wer gibt sie frei?',
        'Wie prüfen Sie vor der Nutzung, ob für personenbezogene Trainingsdaten eine Rechtsgrundlage besteht und der ursprüngliche Erhebungszweck die Weiterverwendung trägt?',
        'Wie trennen und versionieren Sie Trainings-, Validierungs- und Testdatensätze?',
        'Gelten dieselben Regeln, wenn im Betrieb mit Produktionsdaten nachtrainiert oder feinabgestimmt wird?',
        'Wie sind Datenschutzbeauftragte und Informationssicherheit in Ihre KI-Datenprozesse eingebunden?',
      ],
      en: [
        'Which process governs what data may be used for training, validating and testing an AI system, and who approves it?',
        'Before use, how do you check that there is a legal basis for personal training data and that the original purpose of collection covers the further use?',
        'How do you separate and version training, validation and test datasets?',
        'Do the same rules apply when a model is retrained or fine-tuned on production data during operation?',
        'How are the data protection officer and information security involved in your AI data processes?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahrensbeschreibung zum Datenmanagement für KI-Systeme',
        'Datensatzverzeichnis mit Zweck, Rechtsgrundlage und Freigabestatus',
        'Versionierte Trainings-, Validierungs- und Testdatensätze, z. B. in einem Werkzeug zur Datenversionierung',
        'Datenschutz-Folgenabschätzungen für KI-Trainingsdaten',
        'Berechtigungskonzept für Trainingsdaten',
      ],
      en: [
        'Procedure for data management for AI systems',
        'Dataset register with purpose, legal basis and approval status',
        'Versioned training, validation and test datasets, e.g. in a data versioning tool',
        'Data protection impact assessments for AI training data',
        'Access control concept for training data',
      ],
    },
    documentedInformation: {
      de: ['Datenmanagementprozesse für die Entwicklung und Weiterentwicklung von KI-Systemen'],
      en: ['Data management processes for developing and enhancing AI systems'],
    },
    related: ['8.1', 'A.4.3', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
    aiActArticles: ['Art. 10', 'Art. 17'],
    hs: {},
    gdprArticles: ['Art. 5', 'Art. 6', 'Art. 25', 'Art. 35'],
  },
  {
    id: 'A.7.3',
    kind: 'control',
    group: 'A.7',
    title: { de: 'Beschaffung von Daten', en: 'Acquisition of data' },
    auditorFocus: {
      de: 'Erwartet wird, dass für jeden genutzten Datensatz dokumentiert ist, wie er gewonnen und ausgewählt wurde: Quelle, Art und Umfang der Daten, Nutzungsrechte und Lizenzbedingungen, bei personenbezogenen Daten Rechtsgrundlage oder Einwilligung sowie bekannte Einschränkungen. Geprüft wird, ob die Rechte bei zugekauften, öffentlich verfügbaren oder per Web-Scraping gewonnenen Daten tatsächlich geklärt sind. Fehlende Lizenz- und Urheberrechtsprüfungen sind gerade bei generativer KI ein typischer Befund.',
      en: 'The auditor expects a documented record for every dataset used of how it was obtained and selected: source, type and volume of data, usage rights and licence terms, for personal data the legal basis or consent, and known restrictions. It is checked whether rights have really been cleared for purchased, publicly available or web-scraped data. Missing licence and copyright checks are a typical finding, especially for generative AI.',
    },
    guidingQuestions: {
      de: [
        'Woher stammen die Daten Ihrer KI-Systeme: eigene Systeme, Kunden, Datenhändler, öffentliche Quellen oder Web-Scraping?',
        'Wie prüfen und dokumentieren Sie Nutzungsrechte, Lizenzbedingungen und Nutzungsvorbehalte von Rechteinhabern vor der Beschaffung?',
        'Nach welchen Kriterien entscheiden Sie, welche Daten und welche Menge Sie beschaffen?',
        'Wie stellen Sie sicher, dass Kundendaten nur im vertraglich vereinbarten Umfang für Training verwendet werden?',
        'Welche Zusicherungen verlangen Sie von Datenlieferanten zu Herkunft, Qualität und Rechtmäßigkeit der Daten?',
      ],
      en: [
        'Where does the data for your AI systems come from: your own systems, customers, data brokers, public sources or web scraping?',
        'How do you check and document usage rights, licence terms and opt-outs by rights holders before acquisition?',
        'By which criteria do you decide which data, and how much of it, to acquire?',
        'How do you make sure customer data is used for training only to the extent agreed in the contract?',
        'Which assurances do you require from data suppliers on the origin, quality and lawfulness of the data?',
      ],
    },
    typicalEvidence: {
      de: [
        'Beschaffungsnachweise je Datensatz mit Quelle, Umfang und Rechtsgrundlage',
        'Lizenz- und Nutzungsvereinbarungen mit Datenlieferanten',
        'Prüfvermerke zu Urheberrecht und Nutzungsvorbehalten',
        'Einträge im Verzeichnis von Verarbeitungstätigkeiten',
        'Dokumentierte Auswahlkriterien für die Datenbeschaffung',
      ],
      en: [
        'Acquisition records per dataset with source, volume and legal basis',
        'Licence and data use agreements with data suppliers',
        'Review notes on copyright and opt-outs',
        'Entries in the record of processing activities',
        'Documented selection criteria for data acquisition',
      ],
    },
    documentedInformation: {
      de: ['Angaben zu Beschaffung und Auswahl der Daten je Datensatz'],
      en: ['Details of how data was acquired and selected for each dataset'],
    },
    related: ['6.1.2', 'A.4.3', 'A.7.2', 'A.7.5', 'A.10.3'],
    aiActArticles: ['Art. 10', 'Art. 53'],
    hs: {},
    gdprArticles: ['Art. 6', 'Art. 9', 'Art. 14', 'Art. 30'],
  },
  {
    id: 'A.7.4',
    kind: 'control',
    group: 'A.7',
    title: { de: 'Qualität der Daten für KI-Systeme', en: 'Quality of data for AI systems' },
    auditorFocus: {
      de: 'Geprüft wird, ob Anforderungen an die Datenqualität festgelegt und dokumentiert sind – etwa Vollständigkeit, Richtigkeit, Aktualität, Konsistenz, Repräsentativität und Ausgewogenheit – und ob die in Entwicklung und Betrieb genutzten Daten nachweislich dagegen geprüft werden. Besonderes Augenmerk gilt der Untersuchung auf Verzerrungen, die einzelne Personengruppen ungerechtfertigt benachteiligen können. Erwartet wird außerdem, dass die Auswirkung der Datenqualität auf die Leistung des Systems bewertet wird und Qualitätsprobleme im Betrieb auffallen.',
      en: 'The auditor checks whether data quality requirements are defined and documented – for example completeness, accuracy, timeliness, consistency, representativeness and balance – and whether the data used in development and operation is demonstrably checked against them. Particular attention goes to examining the data for bias that could unjustly disadvantage particular groups of persons. It is also expected that the effect of data quality on system performance is evaluated and that quality problems are noticed during operation.',
    },
    guidingQuestions: {
      de: [
        'Welche messbaren Qualitätskriterien gelten für Ihre Trainings- und Testdaten, und wer hat sie festgelegt?',
        'Wie prüfen Sie, ob die Daten die Personen und Situationen abbilden, für die das System tatsächlich eingesetzt wird?',
        'Wie untersuchen Sie die Daten auf Verzerrungen, und welche Merkmale betrachten Sie dabei?',
        'Dürfen Sie besondere Kategorien personenbezogener Daten zur Erkennung von Verzerrungen verarbeiten, und auf welcher Rechtsgrundlage?',
        'Wie überwachen Sie die Qualität der Eingangsdaten im Betrieb, und was geschieht bei Abweichungen?',
      ],
      en: [
        'Which measurable quality criteria apply to your training and test data, and who set them?',
        'How do you check that the data reflects the people and situations the system is actually used for?',
        'How do you examine the data for bias, and which characteristics do you look at?',
        'May you process special categories of personal data to detect bias, and on what legal basis?',
        'How do you monitor the quality of input data in operation, and what happens when deviations occur?',
      ],
    },
    typicalEvidence: {
      de: [
        'Dokumentierte Anforderungen an die Datenqualität je KI-System',
        'Datenqualitätsberichte bzw. Ergebnisse automatisierter Datenprüfungen',
        'Analysen zu Repräsentativität und Verzerrungen',
        'Datenblätter (Datasheets) zu den verwendeten Datensätzen',
        'Aufzeichnungen zu erkannten Qualitätsmängeln und deren Behebung',
      ],
      en: [
        'Documented data quality requirements for each AI system',
        'Data quality reports or results of automated data checks',
        'Analyses of representativeness and bias',
        'Datasheets for the datasets used',
        'Records of quality defects found and how they were fixed',
      ],
    },
    documentedInformation: {
      de: ['Anforderungen an die Datenqualität', 'Ergebnisse der Datenqualitätsprüfungen'],
      en: ['Data quality requirements', 'Results of data quality checks'],
    },
    related: ['6.1.2', '9.1', 'A.5.4', 'A.6.2.4', 'A.7.6'],
    aiActArticles: ['Art. 10', 'Art. 15', 'Art. 26'],
    hs: {},
    gdprArticles: ['Art. 5', 'Art. 9'],
  },
  {
    id: 'A.7.5',
    kind: 'control',
    group: 'A.7',
    title: { de: 'Datenherkunft', en: 'Data provenance' },
    auditorFocus: {
      de: 'Erwartet wird ein festgelegtes Verfahren, mit dem die Datenherkunft über den Lebenszyklus von Daten und KI-System nachvollziehbar festgehalten wird: ursprüngliche Quelle, Erstellung, Übernahme, Transformationen, Versionen und Übergaben zwischen Systemen und Organisationen. Geprüft wird, ob sich für ein produktives Modell zurückverfolgen lässt, mit welchen Datenständen es trainiert wurde. Das ist die Voraussetzung dafür, bei rechtlichen Einwänden, Löschersuchen oder entdeckten Datenfehlern die betroffenen Modelle zu finden.',
      en: 'The auditor expects a defined method for recording data provenance across the data and AI system life cycle in a traceable way: original source, creation, transfer, transformations, versions and handovers between systems and organizations. It is checked whether, for a production model, the data versions it was trained on can be traced. This is the precondition for finding the affected models when legal objections, erasure requests or data errors come up.',
    },
    guidingQuestions: {
      de: [
        'Können Sie für das aktuell produktive Modell zeigen, mit welchen Datensätzen in welcher Version es trainiert wurde?',
        'Wie halten Sie fest, welche Transformationen ein Datensatz zwischen Quelle und Training durchlaufen hat?',
        'Welche Werkzeuge nutzen Sie zur Nachverfolgung – Datenkatalog, Lineage-Werkzeug, Modellregistry oder manuelle Verzeichnisse?',
        'Wie würden Sie reagieren, wenn sich eine Datenquelle nachträglich als unrechtmäßig oder fehlerhaft herausstellt?',
        'Wie lange bewahren Sie Herkunftsnachweise auf, und sind sie gegen nachträgliche Änderung geschützt?',
      ],
      en: [
        'Can you show for the current production model which datasets, in which versions, it was trained on?',
        'How do you record which transformations a dataset went through between source and training?',
        'Which tools do you use for tracing – data catalogue, lineage tool, model registry or manual registers?',
        'How would you respond if a data source later turned out to be unlawful or faulty?',
        'How long do you keep provenance records, and are they protected against later alteration?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahren zur Erfassung der Datenherkunft',
        'Lineage-Darstellungen aus Datenkatalog oder Pipeline-Werkzeugen',
        'Verknüpfung von Modellversionen mit Datensatzversionen in der Modellregistry',
        'Herkunftsangaben in Datenblättern oder Model Cards',
      ],
      en: [
        'Method for recording data provenance',
        'Lineage views from the data catalogue or pipeline tools',
        'Links between model versions and dataset versions in the model registry',
        'Provenance details in datasheets or model cards',
      ],
    },
    documentedInformation: {
      de: ['Aufzeichnungen zur Datenherkunft'],
      en: ['Data provenance records'],
    },
    related: ['7.5.3', 'A.6.2.3', 'A.7.3', 'A.7.6', 'A.10.3'],
    aiActArticles: ['Art. 10', 'Art. 53', 'Annex IV'],
    hs: {},
    gdprArticles: ['Art. 5', 'Art. 17', 'Art. 30'],
  },
  {
    id: 'A.7.6',
    kind: 'control',
    group: 'A.7',
    title: { de: 'Datenaufbereitung', en: 'Data preparation' },
    auditorFocus: {
      de: 'Geprüft wird, ob Kriterien für die Auswahl der Methoden zur Datenaufbereitung festgelegt und dokumentiert sind – etwa Bereinigung, Umgang mit fehlenden Werten, Normalisierung, Annotation und Labeling, Anreicherung, Pseudonymisierung oder Anonymisierung und die Erzeugung synthetischer Daten. Erwartet wird, dass die gewählten Schritte begründet, reproduzierbar und auf ihre Wirkung auf Datenqualität und Verzerrungen geprüft sind. Übernehmen Dienstleister oder Crowdworker das Labeling, wird nach Annotationsrichtlinien, Qualitätssicherung und Übereinstimmungsmessungen gefragt.',
      en: 'The auditor checks whether criteria for choosing data preparation methods are defined and documented – for example cleaning, handling missing values, normalization, annotation and labelling, enrichment, pseudonymization or anonymization and generating synthetic data. The chosen steps are expected to be justified, reproducible and checked for their effect on data quality and bias. Where service providers or crowdworkers do the labelling, auditors ask about annotation guidelines, quality assurance and inter-annotator agreement.',
    },
    guidingQuestions: {
      de: [
        'Welche Aufbereitungsschritte durchlaufen Ihre Daten vor dem Training, und wo ist begründet, warum gerade diese?',
        'Wie stellen Sie sicher, dass die Aufbereitung reproduzierbar ist, z. B. durch versionierte Pipelines statt manueller Bearbeitung in Tabellen?',
        'Wer annotiert Ihre Daten, nach welchen Richtlinien, und wie messen Sie die Übereinstimmung zwischen den Annotierenden?',
        'Wie prüfen Sie, ob Bereinigung, Filterung oder Datenaugmentation neue Verzerrungen erzeugen oder bestehende verstärken?',
        'Wann pseudonymisieren oder anonymisieren Sie Daten, und wie prüfen Sie, ob das wirksam ist?',
      ],
      en: [
        'Which preparation steps does your data go through before training, and where is the reason for choosing them recorded?',
        'How do you make sure the preparation is reproducible, e.g. through versioned pipelines rather than manual editing in spreadsheets?',
        'Who annotates your data, following which guidelines, and how do you measure agreement between annotators?',
        'How do you check whether cleaning, filtering or data augmentation introduces new bias or amplifies existing bias?',
        'When do you pseudonymize or anonymize data, and how do you check that it is effective?',
      ],
    },
    typicalEvidence: {
      de: [
        'Verfahren bzw. Richtlinie zur Datenaufbereitung mit Auswahlkriterien',
        'Versionierter Code der Aufbereitungspipeline',
        'Annotationsrichtlinien und Ergebnisse der Qualitätssicherung beim Labeling',
        'Vorher-nachher-Vergleiche von Datenqualität und Verteilungen',
        'Nachweise zu Pseudonymisierung oder Anonymisierung',
      ],
      en: [
        'Data preparation procedure or guideline with selection criteria',
        'Versioned code of the preparation pipeline',
        'Annotation guidelines and results of labelling quality assurance',
        'Before-and-after comparisons of data quality and distributions',
        'Records of pseudonymization or anonymization',
      ],
    },
    documentedInformation: {
      de: [
        'Kriterien für die Auswahl der Methoden zur Datenaufbereitung',
        'Beschreibung der angewandten Aufbereitungsschritte',
      ],
      en: ['Criteria for choosing data preparation methods', 'Description of the preparation steps applied'],
    },
    related: ['A.4.4', 'A.6.2.3', 'A.7.4', 'A.7.5', 'A.10.3'],
    aiActArticles: ['Art. 10'],
    hs: {},
    gdprArticles: ['Art. 5', 'Art. 25'],
  },
];
