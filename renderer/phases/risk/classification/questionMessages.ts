/**
 * The classification questions in our words, per question id: a short name for the step list, the
 * question and a line of help. Options come from the AI Act catalogue except where noted.
 */
export const questionMessages = {
  en: {
    isAiSystem: {
      short: 'AI system?',
      title: 'Is it an AI system within the meaning of the AI Act?',
      help: 'Machine-based, operating with some autonomy, and inferring from its input how to generate outputs such as predictions, content, recommendations or decisions. Software that only follows rules written by people is not one.',
    },
    operatorRole: {
      short: 'Role',
      title: 'In which role does the organisation deal with the system?',
      help: 'The obligations are selected for this role. The role recorded in the inventory is pre-selected.',
    },
    prohibitedPractices: {
      short: 'Prohibited practices',
      title: 'Does the system carry out any of these practices?',
      help: 'Tick every practice that applies, or “None of these applies”. Check the exceptions of a point before ticking it.',
    },
    annexIProduct: {
      short: 'Annex I product',
      title: 'Is the system a product, or a safety component of a product, covered by Annex I legislation?',
      help: 'Annex I lists EU product legislation such as machinery, toys, lifts, radio equipment, medical devices and vehicles.',
      options: {
        product: 'Yes, the system is itself such a product',
        'safety-component': 'Yes, it is a safety component of such a product',
        none: 'No',
      },
    },
    annexINonSafetyUseOnly: {
      short: 'Non-safety use only',
      title:
        'Is the component used only for non-safety aspects, so that its failure endangers no one’s health or safety?',
      help: 'Asked under the amended text only.',
    },
    annexILegislation: {
      short: 'Annex I legislation',
      title: 'Which Annex I legislation covers the product?',
      help: 'The section decides how the AI Act’s high-risk requirements reach the product.',
    },
    annexIThirdPartyAssessment: {
      short: 'Third-party assessment',
      title: 'Does that legislation require a third-party conformity assessment of the product?',
      help: 'For example by a notified body. A self-assessment by the manufacturer does not count.',
    },
    annexIIIPoints: {
      short: 'Annex III use cases',
      title: 'Does the intended purpose fall under one of these Annex III use cases?',
      help: 'Tick every point that matches the intended purpose, or “None of these applies”.',
    },
    performsProfiling: {
      short: 'Profiling',
      title: 'Does the system profile natural persons?',
      help: 'Profiling as in GDPR Art. 4(4): automated evaluation of personal aspects, e.g. to analyse or predict work performance, reliability or behaviour.',
    },
    noSignificantRisk: {
      short: 'No significant risk',
      title:
        'Does the system pose no significant risk of harm and leave the outcome of decisions materially unaffected?',
      help: 'Answer yes only if both hold: this is the first condition of the Art. 6(3) derogation.',
    },
    derogationConditions: {
      short: 'Derogation conditions',
      title: 'Which of the Art. 6(3) conditions does the system meet?',
      help: 'The derogation needs at least one. Tick all that apply, or “None of these applies”.',
    },
    interactsWithPersons: {
      short: 'Interaction with persons',
      title: 'Is the system intended to interact directly with natural persons?',
      help: 'For example chatbots, voice assistants or avatars.',
    },
    generatesSyntheticContent: {
      short: 'Synthetic content',
      title: 'Does the system generate synthetic audio, image, video or text content?',
      help: 'Generative AI whose outputs must be marked as artificially generated in a machine-readable way.',
    },
    emotionRecognitionOrBiometricCategorisation: {
      short: 'Emotion recognition',
      title: 'Is the system used for emotion recognition or biometric categorisation?',
      help: 'The deployer must inform the persons exposed to it.',
    },
    deepFake: {
      short: 'Deep fakes',
      title: 'Does the system generate or manipulate image, audio or video content that is a deep fake?',
      help: 'Content resembling real persons, objects, places or events that would falsely appear authentic.',
    },
    publicInterestText: {
      short: 'Public-interest text',
      title:
        'Does the system generate or manipulate text published to inform the public on matters of public interest?',
      help: 'Not when the text has undergone human review or editorial control and someone holds editorial responsibility.',
    },
    isGpaiModel: {
      short: 'GPAI model',
      title: 'Is it a general-purpose AI model?',
      help: 'A model trained on large amounts of data that competently performs a wide range of distinct tasks and can be integrated into many downstream systems.',
    },
    gpaiComputeAbove1e25: {
      short: 'Compute above 10^25 FLOP',
      title: 'Was the model trained with more than 10^25 floating-point operations?',
      help: 'Cumulative compute used for training; above the threshold systemic risk is presumed.',
    },
    gpaiDesignatedSystemic: {
      short: 'Designated systemic',
      title: 'Has the Commission designated the model as a GPAI model with systemic risk?',
      help: 'Designation on the criteria of Annex XIII, ex officio or after an alert by the scientific panel.',
    },
    becomesProvider: {
      short: 'Becomes provider',
      title: 'Does the organisation rebrand, substantially modify or repurpose the high-risk system?',
      help: 'Any of these makes a deployer, importer or distributor the provider of the system.',
    },
    publicBodyOrPublicService: {
      short: 'Public body or service',
      title:
        'Is the organisation a body governed by public law or a private entity providing public services?',
      help: 'This decides whether a fundamental rights impact assessment (Art. 27) and registration (Art. 26(8)) are needed.',
    },
  },
  de: {
    isAiSystem: {
      short: 'KI-System?',
      title: 'Handelt es sich um ein KI-System im Sinne der KI-VO?',
      help: 'Maschinengestützt, mit einem gewissen Grad an Autonomie, und leitet aus seinen Eingaben ab, wie Ausgaben wie Vorhersagen, Inhalte, Empfehlungen oder Entscheidungen erzeugt werden. Software, die nur von Menschen festgelegten Regeln folgt, ist keines.',
    },
    operatorRole: {
      short: 'Rolle',
      title: 'In welcher Rolle hat die Organisation mit dem System zu tun?',
      help: 'Die Pflichten werden für diese Rolle ausgewählt. Vorbelegt ist die Rolle aus dem Inventar.',
    },
    prohibitedPractices: {
      short: 'Verbotene Praktiken',
      title: 'Verwirklicht das System eine dieser Praktiken?',
      help: 'Jede zutreffende Praxis ankreuzen oder „Nichts davon trifft zu“. Vor dem Ankreuzen die Ausnahmen des jeweiligen Buchstabens prüfen.',
    },
    annexIProduct: {
      short: 'Produkt nach Anhang I',
      title:
        'Ist das System ein Produkt oder das Sicherheitsbauteil eines Produkts, das unter Rechtsvorschriften nach Anhang I fällt?',
      help: 'Anhang I nennt EU-Produktrecht wie Maschinen, Spielzeug, Aufzüge, Funkanlagen, Medizinprodukte und Fahrzeuge.',
      options: {
        product: 'Ja, das System ist selbst ein solches Produkt',
        'safety-component': 'Ja, es ist Sicherheitsbauteil eines solchen Produkts',
        none: 'Nein',
      },
    },
    annexINonSafetyUseOnly: {
      short: 'Nur sicherheitsfremde Funktion',
      title:
        'Dient das Bauteil nur sicherheitsfremden Zwecken, sodass sein Ausfall niemandes Gesundheit oder Sicherheit gefährdet?',
      help: 'Wird nur nach der geänderten Fassung gefragt.',
    },
    annexILegislation: {
      short: 'Rechtsakt nach Anhang I',
      title: 'Welcher Rechtsakt nach Anhang I erfasst das Produkt?',
      help: 'Der Abschnitt entscheidet, wie die Hochrisiko-Anforderungen der KI-VO das Produkt erreichen.',
    },
    annexIThirdPartyAssessment: {
      short: 'Bewertung durch Dritte',
      title: 'Verlangt dieser Rechtsakt eine Konformitätsbewertung des Produkts durch Dritte?',
      help: 'Etwa durch eine benannte Stelle. Eine Selbstbewertung des Herstellers zählt nicht.',
    },
    annexIIIPoints: {
      short: 'Anwendungsfälle nach Anhang III',
      title: 'Fällt die Zweckbestimmung unter einen dieser Anwendungsfälle nach Anhang III?',
      help: 'Jeden Punkt ankreuzen, der zur Zweckbestimmung passt, oder „Nichts davon trifft zu“.',
    },
    performsProfiling: {
      short: 'Profiling',
      title: 'Nimmt das System Profiling natürlicher Personen vor?',
      help: 'Profiling im Sinne von Art. 4 Nr. 4 DSGVO: automatisierte Bewertung persönlicher Aspekte, etwa um Arbeitsleistung, Zuverlässigkeit oder Verhalten zu analysieren oder vorherzusagen.',
    },
    noSignificantRisk: {
      short: 'Kein erhebliches Risiko',
      title:
        'Birgt das System kein erhebliches Schadensrisiko und lässt es das Ergebnis von Entscheidungen im Wesentlichen unbeeinflusst?',
      help: 'Nur „Ja“, wenn beides zutrifft: das ist die erste Voraussetzung der Ausnahme nach Art. 6 Abs. 3.',
    },
    derogationConditions: {
      short: 'Ausnahmebedingungen',
      title: 'Welche Bedingungen nach Art. 6 Abs. 3 erfüllt das System?',
      help: 'Die Ausnahme braucht mindestens eine. Alle zutreffenden ankreuzen oder „Nichts davon trifft zu“.',
    },
    interactsWithPersons: {
      short: 'Interaktion mit Personen',
      title: 'Ist das System dazu bestimmt, unmittelbar mit natürlichen Personen zu interagieren?',
      help: 'Etwa Chatbots, Sprachassistenten oder Avatare.',
    },
    generatesSyntheticContent: {
      short: 'Synthetische Inhalte',
      title: 'Erzeugt das System synthetische Audio-, Bild-, Video- oder Textinhalte?',
      help: 'Generative KI, deren Ausgaben maschinenlesbar als künstlich erzeugt zu kennzeichnen sind.',
    },
    emotionRecognitionOrBiometricCategorisation: {
      short: 'Emotionserkennung',
      title: 'Wird das System zur Emotionserkennung oder biometrischen Kategorisierung eingesetzt?',
      help: 'Der Betreiber muss die betroffenen Personen darüber informieren.',
    },
    deepFake: {
      short: 'Deepfakes',
      title: 'Erzeugt oder manipuliert das System Bild-, Ton- oder Videoinhalte, die ein Deepfake sind?',
      help: 'Inhalte, die realen Personen, Gegenständen, Orten oder Ereignissen ähneln und fälschlich als echt erscheinen würden.',
    },
    publicInterestText: {
      short: 'Texte von öffentlichem Interesse',
      title:
        'Erzeugt oder manipuliert das System Texte, die veröffentlicht werden, um die Öffentlichkeit über Angelegenheiten von öffentlichem Interesse zu informieren?',
      help: 'Nicht, wenn der Text menschlich geprüft oder redaktionell kontrolliert wird und jemand die redaktionelle Verantwortung trägt.',
    },
    isGpaiModel: {
      short: 'GPAI-Modell',
      title: 'Handelt es sich um ein KI-Modell mit allgemeinem Verwendungszweck?',
      help: 'Ein mit großen Datenmengen trainiertes Modell, das ein breites Spektrum unterschiedlicher Aufgaben kompetent erfüllt und in viele nachgelagerte Systeme integriert werden kann.',
    },
    gpaiComputeAbove1e25: {
      short: 'Rechenaufwand über 10^25 FLOP',
      title: 'Wurde das Modell mit mehr als 10^25 Gleitkommaoperationen trainiert?',
      help: 'Kumulierter Rechenaufwand des Trainings; oberhalb der Schwelle wird ein systemisches Risiko vermutet.',
    },
    gpaiDesignatedSystemic: {
      short: 'Als systemisch benannt',
      title: 'Hat die Kommission das Modell als GPAI-Modell mit systemischem Risiko benannt?',
      help: 'Benennung nach den Kriterien des Anhangs XIII, von Amts wegen oder nach einer Warnung des wissenschaftlichen Gremiums.',
    },
    becomesProvider: {
      short: 'Wird Anbieter',
      title:
        'Versieht die Organisation das Hochrisiko-System mit eigenem Namen, verändert es wesentlich oder ändert sie seine Zweckbestimmung?',
      help: 'Jeder dieser Fälle macht Betreiber, Einführer oder Händler zum Anbieter des Systems.',
    },
    publicBodyOrPublicService: {
      short: 'Öffentliche Stelle oder Dienste',
      title:
        'Ist die Organisation eine Einrichtung des öffentlichen Rechts oder ein privater Erbringer öffentlicher Dienste?',
      help: 'Davon hängen die Grundrechte-Folgenabschätzung (Art. 27) und die Registrierung (Art. 26 Abs. 8) ab.',
    },
  },
};
