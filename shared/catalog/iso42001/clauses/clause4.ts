import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_4_GROUP: CatalogGroup = {
  id: '4',
  kind: 'clause',
  title: { de: 'Kontext der Organisation', en: 'Context of the organization' },
  summary: {
    de: 'Klärt, warum und wofür das KI-Managementsystem besteht: das Umfeld der Organisation, die Beteiligten mit einem berechtigten Interesse an ihrer KI, die Grenzen des Systems und die Prozesse, aus denen es sich zusammensetzt.',
    en: "Establishes why and for what the AI management system exists: the organization's environment, the parties with a legitimate stake in its AI, the boundaries of the system and the processes it is made of.",
  },
};

export const CLAUSE_4_ITEMS: readonly CatalogItem[] = [
  {
    id: '4.1',
    kind: 'clause',
    group: '4',
    title: {
      de: 'Verstehen der Organisation und ihres Kontextes',
      en: 'Understanding the organization and its context',
    },
    auditorFocus: {
      de: 'Erwartet wird eine begründete, aktuelle Analyse der internen und externen Faktoren, die beeinflussen, wie die Organisation KI entwickelt, bereitstellt oder nutzt – etwa Rechtsvorschriften, Branchenregeln, Verträge, ethische Erwartungen und Wettbewerbsdruck. Die Rolle der Organisation in der KI-Wertschöpfungskette (z. B. Anbieter, Betreiber oder Kunde) und der Verwendungszweck ihrer KI-Systeme sollen ausdrücklich festgehalten sein. Geprüft wird außerdem, ob bewusst über die Relevanz des Klimawandels entschieden wurde und ob die Analyse bei veränderten Rahmenbedingungen aktualisiert wird.',
      en: "The auditor expects a reasoned, current analysis of the internal and external factors that shape how the organization develops, provides or uses AI, such as legislation, sector rules, contracts, ethical expectations and competitive pressure. The organization's role in the AI value chain (for example provider, deployer or customer) and the intended purpose of its AI systems should be stated explicitly. Auditors also check that a conscious decision on the relevance of climate change was taken and that the analysis is revisited when circumstances change.",
    },
    guidingQuestions: {
      de: [
        'Welche KI-Systeme entwickeln, vertreiben oder nutzen Sie heute, und zu welchem Verwendungszweck?',
        'In welcher Rolle handeln Sie je System: Anbieter, Betreiber, Einführer, Kunde oder eine andere?',
        'Welche Gesetze, Aufsichtsbehörden und vertraglichen Pflichten prägen Ihren KI-Einsatz (KI-Verordnung, DSGVO, Branchenregeln)?',
        'Welche internen Faktoren – Strategie, Kultur, Fachwissen, bestehende Managementsysteme – fördern oder bremsen einen verantwortungsvollen KI-Einsatz?',
        'Haben Sie entschieden, ob der Klimawandel für Ihre KI-Aktivitäten relevant ist, und wo ist diese Entscheidung festgehalten?',
        'Wie oft und von wem wird die Kontextanalyse überprüft?',
      ],
      en: [
        'Which AI systems do you develop, provide or use today, and for what intended purpose?',
        'In which role do you act for each system: provider, deployer, importer, customer or another?',
        'Which laws, regulators and contractual obligations shape your use of AI (EU AI Act, GDPR, sector rules)?',
        'Which internal factors – strategy, culture, skills, existing management systems – help or hinder responsible AI?',
        'Have you decided whether climate change is relevant to your AI activities, and where is that decision recorded?',
        'How often, and by whom, is the context analysis reviewed?',
      ],
    },
    typicalEvidence: {
      de: [
        'Kontextanalyse (z. B. PESTLE oder SWOT) mit KI-spezifischen Themen',
        'Festlegung der KI-Rollen der Organisation je System',
        'KI-Systeminventar mit Verwendungszweck',
        'Rechtskataster bzw. Register rechtlicher Anforderungen',
      ],
      en: [
        'Context analysis (e.g. PESTLE or SWOT) covering AI-specific issues',
        "Statement of the organization's AI roles per system",
        'AI system inventory with intended purpose',
        'Legal and regulatory register',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.2', '4.3', '6.1.1', 'A.9.4', 'A.10.2'],
    aiActArticles: ['Art. 5', 'Art. 6'],
    hs: { iso27001: '4.1', iso9001: '4.1', iso37301: '4.1' },
    gdprArticles: ['Art. 24'],
  },
  {
    id: '4.2',
    kind: 'clause',
    group: '4',
    title: {
      de: 'Verstehen der Erfordernisse und Erwartungen interessierter Parteien',
      en: 'Understanding the needs and expectations of interested parties',
    },
    auditorFocus: {
      de: 'Erwartet wird eine gepflegte Übersicht der interessierten Parteien, die über Kunden und Eigentümer hinausgeht und auch von KI-Ergebnissen betroffene Personen, Aufsichtsbehörden, Lieferanten und Beschäftigte einschließt. Für jede relevante Partei sollte bekannt sein, was sie fordert, und entschieden sein, welche dieser Anforderungen das KI-Managementsystem aufgreift. Gesetzliche und vertragliche Anforderungen müssen im System nachvollziehbar verankert sein.',
      en: 'Auditors look for a maintained list of interested parties that goes beyond customers and owners and includes people affected by AI outputs, regulators, suppliers and employees. For each relevant party the organization should know what it requires and should have decided which of those requirements the AI management system takes on. Legal and contractual requirements must be traceable into the system.',
    },
    guidingQuestions: {
      de: [
        'Wer ist von Entscheidungen oder Ergebnissen Ihrer KI-Systeme betroffen, auch ohne sie selbst zu nutzen?',
        'Welche Kunden, Aufsichtsbehörden oder Arbeitnehmervertretungen haben Erwartungen an Ihren KI-Einsatz geäußert?',
        'Wie halten Sie die Anforderungen der einzelnen Parteien fest, und wer entscheidet, welche davon das KIMS aufgreift?',
        'Wo verfolgen Sie vertragliche KI-Klauseln, etwa aus Kundenverträgen oder Lieferantenbedingungen?',
        'Wann wurde die Übersicht der interessierten Parteien zuletzt aktualisiert, und was war der Anlass?',
      ],
      en: [
        'Who is affected by the decisions or outputs of your AI systems, even without using them directly?',
        'Which customers, supervisory authorities or employee representatives have voiced expectations about your use of AI?',
        "How do you record each party's requirements, and who decides which of them the AIMS will address?",
        'Where do you track contractual AI clauses, for example from customer agreements or supplier terms?',
        'When was the interested-party register last updated, and what triggered the update?',
      ],
    },
    typicalEvidence: {
      de: [
        'Register bzw. Matrix der interessierten Parteien mit deren Anforderungen',
        'Rechtskataster bzw. Register rechtlicher Anforderungen',
        'Nachweise zu Rückmeldungen von Stakeholdern (z. B. Kundenanforderungen, Betriebsvereinbarungen)',
      ],
      en: [
        'Interested-party register or stakeholder matrix with requirements',
        'Legal and regulatory register',
        'Records of stakeholder input (e.g. customer requirements, works council agreements)',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.1', '4.3', '7.4', 'A.8.5', 'A.10.4'],
    aiActArticles: [],
    hs: { iso27001: '4.2', iso9001: '4.2', iso37301: '4.2' },
    gdprArticles: [],
  },
  {
    id: '4.3',
    kind: 'clause',
    group: '4',
    title: {
      de: 'Festlegen des Anwendungsbereichs des KI-Managementsystems',
      en: 'Determining the scope of the AI management system',
    },
    auditorFocus: {
      de: 'Erwartet wird ein dokumentierter Anwendungsbereich, der die erfassten KI-Systeme, Prozesse, Organisationseinheiten, Standorte und Lebenszyklusphasen benennt – mit Grenzen, die auch Außenstehende nachvollziehen können. Er muss sich schlüssig aus der Kontextanalyse und den Anforderungen der interessierten Parteien ergeben; jede Ausgrenzung braucht eine überzeugende Begründung. Da der Zertifikatsumfang später auf dieser Festlegung beruht, sind vage Formulierungen ein häufiger Befund in Stufe 1.',
      en: 'The auditor expects a documented scope that names the AI systems, processes, organizational units, sites and life-cycle stages covered, with boundaries an outsider can understand. It must follow logically from the context and interested-party analysis, and every exclusion needs a convincing reason. Because the certificate scope rests on this statement, vague wording is a frequent Stage 1 finding.',
    },
    guidingQuestions: {
      de: [
        'Welche KI-Systeme, Geschäftsbereiche und Standorte soll das Zertifikat abdecken, und welche nicht?',
        'Welche Lebenszyklusphasen gehören dazu: Konzeption, Entwicklung, Beschaffung, Betrieb, Außerbetriebnahme?',
        'Wie behandeln Sie an der Grenze des Anwendungsbereichs KI-Komponenten von Dritten oder aus Cloud-Diensten?',
        'Wie begründen Sie jede Ausgrenzung, und würde diese Begründung einer Nachfrage von Kunden oder Auditoren standhalten?',
        'Wer hat die Festlegung des Anwendungsbereichs freigegeben, und wie bleibt sie mit dem KI-Systeminventar abgestimmt?',
      ],
      en: [
        'Which AI systems, business units and sites should the certificate cover, and which not?',
        'Which life-cycle stages are included: design, development, procurement, operation, retirement?',
        'How do you treat AI components from third parties or cloud services at the scope boundary?',
        'What is the reason for each exclusion, and would it hold up if a customer or auditor questioned it?',
        'Who approved the scope statement, and how is it kept in line with the AI system inventory?',
      ],
    },
    typicalEvidence: {
      de: [
        'Freigegebene Festlegung des Anwendungsbereichs',
        'KI-Systeminventar mit Zuordnung zum Anwendungsbereich',
        'Organigramm oder Standortliste mit markierten Grenzen',
      ],
      en: [
        'Approved scope statement',
        'AI system inventory mapped to the scope',
        'Organization chart or site list marking the boundaries',
      ],
    },
    documentedInformation: {
      de: ['Anwendungsbereich des KI-Managementsystems'],
      en: ['Scope of the AI management system'],
    },
    related: ['4.1', '4.2', '4.4', '6.1.3'],
    aiActArticles: ['Art. 6'],
    hs: { iso27001: '4.3', iso9001: '4.3', iso37301: '4.3' },
    gdprArticles: [],
  },
  {
    id: '4.4',
    kind: 'clause',
    group: '4',
    title: { de: 'KI-Managementsystem', en: 'AI management system' },
    auditorFocus: {
      de: 'Das KI-Managementsystem soll als Gefüge festgelegter, zusammenwirkender Prozesse erkennbar sein, die tatsächlich gelebt werden – nicht als Ablage von Dokumenten. Erwartet wird eine Prozessübersicht mit Eingaben, Ergebnissen, Verantwortlichen und Schnittstellen zu anderen Managementsystemen; in Interviews wird geprüft, ob danach gearbeitet wird. Nachweise, dass das System gepflegt und weiterentwickelt wird, zählen ebenso wie der ursprüngliche Aufbau.',
      en: 'Auditors want to see the AI management system as a set of defined, interacting processes that actually run, not as a pile of documents. They look for a process overview with inputs, outputs, owners and interfaces to other management systems, and test in interviews whether people work accordingly. Evidence that the system is maintained and developed over time counts as much as its initial design.',
    },
    guidingQuestions: {
      de: [
        'Aus welchen Prozessen besteht Ihr KIMS, und wer verantwortet den jeweiligen Prozess?',
        'Wie ist das KIMS mit bestehenden Systemen verzahnt, etwa einem ISMS nach ISO/IEC 27001 oder einem QMS nach ISO 9001?',
        'Wo ist das KIMS als Ganzes beschrieben, z. B. in einem Handbuch oder einer Prozesslandkarte?',
        'Woran erkennen Sie, dass die Prozesse im Arbeitsalltag und nicht nur auf dem Papier gelebt werden?',
      ],
      en: [
        'Which processes make up your AIMS, and who owns each of them?',
        'How does the AIMS connect to existing systems, such as an ISMS under ISO/IEC 27001 or a QMS under ISO 9001?',
        'Where is the AIMS described as a whole, for example in a manual or a process map?',
        'How do you know that the processes are followed in daily work and not only on paper?',
      ],
    },
    typicalEvidence: {
      de: [
        'Prozesslandkarte bzw. KIMS-Übersicht',
        'KIMS-Handbuch oder Systembeschreibung',
        'Beschreibung der Schnittstellen zu anderen Managementsystemen',
      ],
      en: [
        'Process map or AIMS overview',
        'AIMS manual or system description',
        'Description of interfaces to other management systems',
      ],
    },
    documentedInformation: {
      de: ['Beschreibung des KI-Managementsystems und seiner Prozesse'],
      en: ['Description of the AI management system and its processes'],
    },
    related: ['4.3', '5.1', '7.5.1', '8.1', '10.1'],
    aiActArticles: ['Art. 17'],
    hs: { iso27001: '4.4', iso9001: '4.4', iso37301: '4.4' },
    gdprArticles: [],
  },
];
