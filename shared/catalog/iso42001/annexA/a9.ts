import type { CatalogGroup, CatalogItem } from '../../types';

export const A9_GROUP: CatalogGroup = {
  id: 'A.9',
  kind: 'control',
  title: { de: 'Nutzung von KI-Systemen', en: 'Use of AI systems' },
  summary: {
    de: 'Regelt, wie die Organisation KI-Systeme verantwortungsvoll und im Einklang mit ihren Richtlinien einsetzt: mit festgelegten Nutzungsprozessen, klaren Zielen für den verantwortungsvollen Einsatz und einer Verwendung, die dem vorgesehenen Zweck und der Dokumentation entspricht.',
    en: 'Governs how the organization uses AI systems responsibly and in line with its policies: with defined processes for use, clear objectives for responsible use and use that stays within the intended purpose and the documentation.',
  },
};

export const A9_CONTROLS: readonly CatalogItem[] = [
  {
    id: 'A.9.2',
    kind: 'control',
    group: 'A.9',
    title: {
      de: 'Prozesse für die verantwortungsvolle Nutzung von KI-Systemen',
      en: 'Processes for responsible use of AI systems',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation festgelegt und dokumentiert hat, wie KI-Systeme genutzt werden dürfen – wer welches System wofür einsetzen darf, welche Freigaben vor einem neuen Einsatz nötig sind, wie menschliche Aufsicht wahrgenommen wird und welche Verwendungen unzulässig sind. Das gilt für selbst entwickelte Systeme ebenso wie für zugekaufte KI-Dienste, einschließlich generativer KI-Werkzeuge, die Beschäftigte im Arbeitsalltag nutzen. Interviews und stichprobenartig geprüfte Anwendungsfälle zeigen, ob die Regeln bekannt sind und eingehalten werden.',
      en: 'The auditor checks that the organization has defined and documented how AI systems may be used – who may use which system for what, which approvals are needed before a new use starts, how human oversight is exercised and which uses are not permitted. This applies to systems built in-house as well as to purchased AI services, including generative AI tools that staff use in daily work. Interviews and sampled use cases show whether the rules are known and followed.',
    },
    guidingQuestions: {
      de: [
        'Gibt es eine Nutzungsrichtlinie für KI, und welche Anwendungen sind darin ausdrücklich erlaubt, eingeschränkt oder verboten?',
        'Wie wird ein neuer KI-Anwendungsfall beantragt, bewertet und freigegeben, bevor er in Betrieb geht?',
        'Wer übt die menschliche Aufsicht aus, und über welche Befugnisse und Schulungen verfügen diese Personen?',
        'Wie gehen Sie mit generativen KI-Werkzeugen um, die Beschäftigte eigenständig nutzen („Schatten-KI“)?',
        'Wurden Beschäftigte und Betriebsrat informiert, bevor KI am Arbeitsplatz eingesetzt wurde?',
        'Wie stellen Sie fest, ob die Nutzungsregeln im Alltag eingehalten werden?',
      ],
      en: [
        'Is there an acceptable-use policy for AI, and which applications does it explicitly allow, restrict or prohibit?',
        'How is a new AI use case requested, assessed and approved before it goes live?',
        'Who exercises human oversight, and what authority and training do these people have?',
        'How do you handle generative AI tools that staff use on their own initiative ("shadow AI")?',
        'Were employees and the works council informed before AI was used in the workplace?',
        'How do you find out whether the rules for use are followed in daily work?',
      ],
    },
    typicalEvidence: {
      de: [
        'KI-Nutzungsrichtlinie mit erlaubten, eingeschränkten und verbotenen Anwendungen',
        'Freigabeprozess und Freigabenachweise für KI-Anwendungsfälle',
        'Beschreibung der menschlichen Aufsicht je KI-System',
        'Schulungsnachweise für Anwender',
        'Betriebsvereinbarung oder Nachweis über die Information der Beschäftigten',
      ],
      en: [
        'AI acceptable-use policy listing permitted, restricted and prohibited applications',
        'Approval process and approval records for AI use cases',
        'Description of human oversight per AI system',
        'Training records for users',
        'Works council agreement or record of informing employees',
      ],
    },
    documentedInformation: {
      de: ['Prozesse für die verantwortungsvolle Nutzung von KI-Systemen'],
      en: ['Processes for the responsible use of AI systems'],
    },
    related: ['5.2', '7.2', '7.3', '8.1', 'A.2.2', 'A.3.2', 'A.9.3', 'A.9.4'],
    aiActArticles: ['Art. 4', 'Art. 26(1)', 'Art. 26(2)', 'Art. 26(7)'],
    hs: {},
    gdprArticles: ['Art. 22', 'Art. 35'],
  },
  {
    id: 'A.9.3',
    kind: 'control',
    group: 'A.9',
    title: {
      de: 'Ziele für die verantwortungsvolle Nutzung von KI-Systemen',
      en: 'Objectives for responsible use of AI system',
    },
    auditorFocus: {
      de: 'Erwartet werden dokumentierte Ziele, die den Einsatz von KI-Systemen steuern, etwa zu Fairness, Transparenz gegenüber Betroffenen, menschlicher Aufsicht, Zuverlässigkeit oder ökologischem Fußabdruck. Die Ziele sollen aus der KI-Politik und den Ergebnissen von Risikobeurteilungen und Folgenabschätzungen abgeleitet, nach Möglichkeit messbar und in die Nutzungsprozesse eingebunden sein. Geprüft wird, ob der Fortschritt überwacht wird und ob die Ziele Entscheidungen über den Einsatz tatsächlich beeinflussen.',
      en: 'Auditors look for documented objectives that steer how AI systems are used, for example on fairness, transparency towards affected persons, human oversight, reliability or environmental footprint. The objectives should be derived from the AI policy and the results of risk and impact assessments, be measurable where practical and be built into the processes for use. Auditors check whether progress is monitored and whether the objectives actually influence decisions about use.',
    },
    guidingQuestions: {
      de: [
        'Welche Ziele verfolgen Sie beim Einsatz von KI über den wirtschaftlichen Nutzen hinaus, etwa Fairness oder Nachvollziehbarkeit?',
        'Wie leiten Sie diese Ziele aus der KI-Politik sowie aus Risikobeurteilungen und Folgenabschätzungen ab?',
        'Mit welchen Kennzahlen messen Sie die Zielerreichung, und wer berichtet darüber an wen?',
        'Können Sie ein Beispiel nennen, bei dem ein Nutzungsziel zur Einschränkung oder Änderung eines KI-Einsatzes geführt hat?',
      ],
      en: [
        'Which objectives beyond economic benefit do you pursue when using AI, such as fairness or explainability?',
        'How do you derive these objectives from the AI policy and from risk and impact assessments?',
        'Which indicators do you use to measure achievement, and who reports on them to whom?',
        'Can you give an example where a use objective led to restricting or changing an AI deployment?',
      ],
    },
    typicalEvidence: {
      de: [
        'Dokumentierte Ziele für die verantwortungsvolle KI-Nutzung mit Kennzahlen',
        'Zuordnung der Ziele zu KI-Systemen bzw. Anwendungsfällen',
        'Berichte zur Zielerreichung, z. B. als Eingabe für die Managementbewertung',
      ],
      en: [
        'Documented objectives for responsible AI use with indicators',
        'Mapping of objectives to AI systems or use cases',
        'Reports on achievement of objectives, e.g. as input to management review',
      ],
    },
    documentedInformation: {
      de: ['Ziele für die verantwortungsvolle Nutzung von KI-Systemen'],
      en: ['Objectives for the responsible use of AI systems'],
    },
    related: ['5.2', '6.2', '9.1', 'A.6.1.2', 'A.9.2'],
    aiActArticles: [],
    hs: {},
    gdprArticles: [],
  },
  {
    id: 'A.9.4',
    kind: 'control',
    group: 'A.9',
    title: { de: 'Bestimmungsgemäße Verwendung des KI-Systems', en: 'Intended use of the AI system' },
    auditorFocus: {
      de: 'Geprüft wird, ob jedes KI-System nur für seinen vorgesehenen Zweck sowie gemäß den Anweisungen des Anbieters und der eigenen Dokumentation genutzt wird und ob eine Nutzung außerhalb dieser Grenzen erkannt wird. Besonderes Augenmerk gilt Zweckänderungen, neuen Nutzergruppen oder neuen Eingabedaten, weil sie neue Risiken schaffen und einen Betreiber nach der KI-Verordnung zum Anbieter machen können. Überwachungsaufzeichnungen, Protokollauswertungen oder Stichproben sollen belegen, dass die bestimmungsgemäße Verwendung tatsächlich durchgesetzt wird.',
      en: "The auditor checks that each AI system is used only for its intended purpose and in line with the provider's instructions and the organization's own documentation, and that use outside these limits is detected. Particular attention goes to changes of purpose, new user groups or new input data, because they create new risks and can turn a deployer into a provider under the EU AI Act. Monitoring records, log reviews or spot checks should show that the intended use is actually enforced.",
    },
    guidingQuestions: {
      de: [
        'Wo ist der vorgesehene Zweck jedes KI-Systems beschrieben, und kennen die Anwender diese Beschreibung?',
        'Wie stellen Sie sicher, dass die Gebrauchsanweisung des Anbieters eingehalten wird, z. B. zu Eingabedaten und menschlicher Aufsicht?',
        'Wie würden Sie bemerken, dass ein System für einen anderen Zweck oder von einer anderen Nutzergruppe eingesetzt wird als vorgesehen?',
        'Wer entscheidet über eine Zweckänderung, und wird dabei geprüft, ob sich Ihre Rolle nach der KI-Verordnung ändert?',
        'Was geschieht, wenn eine nicht bestimmungsgemäße Verwendung festgestellt wird?',
      ],
      en: [
        'Where is the intended purpose of each AI system described, and do users know that description?',
        "How do you make sure the provider's instructions for use are followed, for example on input data and human oversight?",
        'How would you notice that a system is being used for a different purpose or by a different user group than intended?',
        'Who decides on a change of purpose, and is it checked whether this changes your role under the EU AI Act?',
        'What happens when use outside the intended purpose is detected?',
      ],
    },
    typicalEvidence: {
      de: [
        'Beschreibung des vorgesehenen Zwecks im KI-Systeminventar',
        'Gebrauchsanweisungen der Anbieter und interne Arbeitsanweisungen',
        'Auswertungen von Nutzungsprotokollen oder Stichprobenkontrollen',
        'Änderungsanträge mit Bewertung von Zweckänderungen',
      ],
      en: [
        'Description of the intended purpose in the AI system inventory',
        "Providers' instructions for use and internal work instructions",
        'Analyses of usage logs or spot checks',
        'Change requests with an assessment of changes of purpose',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.1', '6.3', '8.1', 'A.6.2.6', 'A.6.2.8', 'A.8.2', 'A.9.2'],
    aiActArticles: ['Art. 5', 'Art. 13', 'Art. 25(1)', 'Art. 26(1)', 'Art. 26(4)'],
    hs: {},
    gdprArticles: ['Art. 5'],
  },
];
