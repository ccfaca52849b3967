import type { Text } from './types';

/**
 * Starting text for an AI policy (ISO/IEC 42001 5.2, A.2.2), one entry per standard section, in our own
 * words. The consultant inserts them in the engagement's language and adapts them with the client; they
 * are a draft to discuss, not a finished policy. `{organisation}` is replaced by the client's name.
 */
export const POLICY_TEMPLATE_IDS = [
  'purpose-scope',
  'principles',
  'roles',
  'risk-impact',
  'data',
  'lifecycle',
  'third-parties',
  'transparency',
  'incidents',
  'review',
] as const;
export type PolicyTemplateId = (typeof POLICY_TEMPLATE_IDS)[number];

export interface PolicyTemplate {
  readonly title: Text;
  readonly body: Text;
}

export const ORGANISATION_PLACEHOLDER = '{organisation}';

export const POLICY_TEMPLATES: Readonly<Record<PolicyTemplateId, PolicyTemplate>> = {
  'purpose-scope': {
    title: { de: 'Zweck und Geltungsbereich', en: 'Purpose and scope' },
    body: {
      de: 'Diese Richtlinie legt fest, wie {organisation} KI-Systeme entwickelt, beschafft, betreibt und nutzt. Sie gilt für alle Organisationseinheiten, Beschäftigten und beauftragten Dritten, soweit sie mit KI-Systemen im Anwendungsbereich des KI-Managementsystems arbeiten. Sie ist der verbindliche Rahmen für die Ziele des KI-Managementsystems und für alle nachgeordneten Verfahren und Arbeitsanweisungen.',
      en: 'This policy sets out how {organisation} develops, procures, operates and uses AI systems. It applies to all business units, employees and contracted third parties insofar as they work with AI systems within the scope of the AI management system. It is the binding frame for the objectives of the AI management system and for all subordinate procedures and work instructions.',
    },
  },
  principles: {
    title: { de: 'Grundsätze für den Umgang mit KI', en: 'Principles for the use of AI' },
    body: {
      de: '{organisation} setzt KI nur dort ein, wo ein klarer Nutzen besteht und die Risiken beherrschbar sind. Wir achten Grundrechte, handeln fair und nachvollziehbar und behalten die menschliche Kontrolle über Entscheidungen mit erheblichen Folgen für Menschen. Praktiken, die nach Art. 5 der KI-Verordnung verboten sind, schließen wir aus. Wir erfüllen die geltenden gesetzlichen, vertraglichen und internen Anforderungen und verbessern das KI-Managementsystem fortlaufend.',
      en: '{organisation} uses AI only where there is a clear benefit and the risks can be managed. We respect fundamental rights, act fairly and traceably, and keep human control over decisions with significant consequences for people. Practices prohibited under Art. 5 of the AI Act are ruled out. We meet applicable legal, contractual and internal requirements and keep improving the AI management system.',
    },
  },
  roles: {
    title: { de: 'Rollen und Verantwortlichkeiten', en: 'Roles and responsibilities' },
    body: {
      de: 'Die Geschäftsleitung trägt die Gesamtverantwortung für das KI-Managementsystem, gibt diese Richtlinie frei und stellt die nötigen Ressourcen bereit. Eine benannte KI-Verantwortliche bzw. ein KI-Verantwortlicher steuert das Managementsystem und berichtet regelmäßig an die Geschäftsleitung. Für jedes KI-System sind eine fachlich verantwortliche Person und die Zuständigkeiten für Betrieb, menschliche Aufsicht und Freigabe festgelegt. Die Zuordnung im Einzelnen regelt die RACI-Matrix.',
      en: 'Top management is accountable for the AI management system as a whole, approves this policy and provides the necessary resources. A designated AI officer steers the management system and reports to top management at regular intervals. For every AI system a business owner and the responsibilities for operation, human oversight and approval are defined. The RACI matrix sets out the assignments in detail.',
    },
  },
  'risk-impact': {
    title: {
      de: 'Risikobeurteilung und Folgenabschätzung',
      en: 'Risk assessment and impact assessment',
    },
    body: {
      de: 'Vor dem Einsatz und bei wesentlichen Änderungen beurteilt {organisation} die Risiken jedes KI-Systems nach einem festgelegten Verfahren und schätzt die Folgen für betroffene Personen, Gruppen und die Gesellschaft ab. Risiken werden mit Eintrittswahrscheinlichkeit und Auswirkung bewertet, behandelt und von den Verantwortlichen akzeptiert. Wo die KI-Verordnung oder die DSGVO eine Grundrechte- oder Datenschutz-Folgenabschätzung verlangt, wird sie auf dieser Grundlage erstellt.',
      en: 'Before deployment and after significant changes, {organisation} assesses the risks of every AI system with a defined procedure and estimates the impact on affected individuals, groups and society. Risks are rated by likelihood and impact, treated and accepted by the responsible owners. Where the AI Act or the GDPR requires a fundamental rights or data protection impact assessment, it is prepared on this basis.',
    },
  },
  data: {
    title: { de: 'Daten und Datenqualität', en: 'Data and data quality' },
    body: {
      de: 'Daten für Entwicklung, Training, Test und Betrieb von KI-Systemen werden rechtmäßig beschafft, dokumentiert und auf Qualität, Repräsentativität und mögliche Verzerrungen geprüft. Herkunft und Aufbereitung der Daten sind nachvollziehbar festgehalten. Personenbezogene Daten verarbeiten wir nur im Einklang mit der DSGVO und den Vorgaben des Datenschutzmanagements.',
      en: 'Data used to develop, train, test and operate AI systems is obtained lawfully, documented and checked for quality, representativeness and possible bias. Its provenance and preparation are recorded so they can be traced. Personal data is processed only in line with the GDPR and the rules of the data protection programme.',
    },
  },
  lifecycle: {
    title: { de: 'Lebenszyklus von KI-Systemen', en: 'AI system life cycle' },
    body: {
      de: 'Jedes KI-System durchläuft festgelegte Phasen von der Idee über Entwurf, Entwicklung und Validierung bis zu Betrieb und Außerbetriebnahme. Vor der Inbetriebnahme wird es gegen dokumentierte Anforderungen getestet und förmlich freigegeben. Im Betrieb überwachen wir Leistung, Fehler und unerwünschte Auswirkungen; Änderungen werden bewertet, bevor sie wirksam werden.',
      en: 'Every AI system passes through defined stages from idea, design, development and validation to operation and retirement. Before going live it is tested against documented requirements and formally approved. In operation we monitor performance, errors and unwanted effects; changes are assessed before they take effect.',
    },
  },
  'third-parties': {
    title: { de: 'Lieferanten, Partner und Kunden', en: 'Suppliers, partners and customers' },
    body: {
      de: 'Beim Bezug von KI-Systemen, Modellen, Daten oder Diensten prüft {organisation} die Lieferanten auf die Einhaltung dieser Richtlinie und vereinbart die nötigen Pflichten vertraglich. Verantwortlichkeiten entlang der Wertschöpfungskette – etwa zwischen Anbieter und Betreiber im Sinne der KI-Verordnung – werden eindeutig zugeordnet. Kunden und Partner erhalten die Informationen, die sie für einen verantwortungsvollen Einsatz unserer KI-Systeme benötigen.',
      en: 'When obtaining AI systems, models, data or services, {organisation} checks that suppliers meet this policy and agrees the necessary duties in contracts. Responsibilities along the value chain – for example between provider and deployer under the AI Act – are clearly assigned. Customers and partners receive the information they need to use our AI systems responsibly.',
    },
  },
  transparency: {
    title: { de: 'Transparenz und Information', en: 'Transparency and information' },
    body: {
      de: 'Menschen werden in verständlicher Form informiert, wenn sie mit einem KI-System interagieren, wenn Inhalte durch KI erzeugt wurden oder wenn KI Entscheidungen über sie unterstützt. Für jedes KI-System halten wir Zweck, Funktionsweise, Grenzen und die zuständige Stelle für Rückfragen fest. Betroffene Personen können Bedenken melden und eine menschliche Überprüfung verlangen.',
      en: 'People are informed in plain language when they interact with an AI system, when content has been generated by AI, or when AI supports decisions about them. For every AI system we record its purpose, how it works, its limits and whom to contact with questions. Affected persons can raise concerns and ask for human review.',
    },
  },
  incidents: {
    title: { de: 'Vorfälle und Meldewege', en: 'Incidents and reporting' },
    body: {
      de: 'Beschäftigte und Dritte können Fehlfunktionen, Schäden oder Bedenken zu KI-Systemen jederzeit und ohne Nachteile melden. Gemeldete Vorfälle werden bewertet, dokumentiert und mit Korrekturmaßnahmen bearbeitet. Schwerwiegende Vorfälle melden wir innerhalb der gesetzlichen Fristen an Anbieter bzw. Behörden, wie es die KI-Verordnung verlangt.',
      en: 'Employees and third parties can report malfunctions, harm or concerns about AI systems at any time and without disadvantage. Reported incidents are assessed, documented and handled with corrective actions. Serious incidents are reported to providers or authorities within the legal deadlines, as the AI Act requires.',
    },
  },
  review: {
    title: { de: 'Überprüfung und Kompetenz', en: 'Review and competence' },
    body: {
      de: 'Diese Richtlinie wird mindestens jährlich sowie bei wesentlichen Änderungen der Rechtslage, der Strategie oder der eingesetzten KI-Systeme überprüft und von der Geschäftsleitung erneut freigegeben. Sie wird allen Beschäftigten bekannt gemacht. {organisation} sorgt dafür, dass alle Personen, die mit KI-Systemen arbeiten, über ausreichende KI-Kompetenz verfügen (Art. 4 KI-Verordnung).',
      en: 'This policy is reviewed at least once a year and whenever the legal situation, the strategy or the AI systems in use change significantly, and is re-approved by top management. It is communicated to all employees. {organisation} ensures that everyone who works with AI systems has a sufficient level of AI literacy (Art. 4 AI Act).',
    },
  },
};
