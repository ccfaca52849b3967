import type { AiActObligation } from './obligations';

/**
 * Obligation pack for high-risk AI systems per operator role (fact sheet §5.5–5.7, [V] S7).
 * Timing 'high-risk-route': the date is the Annex I or Annex III milestone of the chosen regime. The
 * procedural duties of Ch. III Sec. 5 (Arts. 43–49) and Arts. 72–73 formally apply from the general date,
 * but they attach to a high-risk system only once its high-risk obligations apply, so they share that date.
 * Art. 26 paragraph numbers other than (6), (9), (10), (11) are not spelled out in the fact sheet; they
 * follow the OJ numbering as we know it [U].
 */
const PROVIDER = ['provider', 'product-manufacturer'] as const;

export const HIGH_RISK_OBLIGATIONS: readonly AiActObligation[] = [
  // Provider: requirements (Ch. III Sec. 2) and duties (Sec. 3).
  ...(
    [
      ['Art. 9', 'Risikomanagementsystem über den gesamten Lebenszyklus einrichten, dokumentieren und pflegen; Tests anhand festgelegter Metriken.', 'Establish, document and maintain a risk management system across the life cycle, with testing against defined metrics.'],
      ['Art. 10', 'Daten-Governance: Trainings-, Validierungs- und Testdaten relevant, repräsentativ und möglichst fehlerfrei; Prüfung auf Verzerrungen (Bias).', 'Data governance: training, validation and test data relevant, representative and as error-free as possible; examination for bias.'],
      ['Art. 11', 'Technische Dokumentation nach Anhang IV vor dem Inverkehrbringen erstellen und aktuell halten.', 'Draw up the technical documentation under Annex IV before placing on the market and keep it up to date.'],
      ['Art. 12', 'Automatische Protokollierung von Ereignissen über die Lebensdauer technisch ermöglichen.', 'Technically enable automatic logging of events over the system’s lifetime.'],
      ['Art. 13', 'Transparenz gegenüber Betreibern: verständliche Betriebsanleitung mit Zweck, Leistungsgrenzen und Aufsichtsmaßnahmen.', 'Transparency towards deployers: clear instructions for use covering purpose, performance limits and oversight measures.'],
      ['Art. 14', 'Wirksame menschliche Aufsicht konstruktiv ermöglichen (Eingreifen, Übersteuern, Anhalten).', 'Design the system for effective human oversight (intervene, override, stop).'],
      ['Art. 15', 'Angemessene Genauigkeit, Robustheit und Cybersicherheit erreichen und deklarieren.', 'Achieve and declare an appropriate level of accuracy, robustness and cybersecurity.'],
      ['Art. 16', 'Anbieterpflichten insgesamt erfüllen, u. a. Name und Kontaktanschrift am System angeben und Barrierefreiheitsanforderungen beachten.', 'Meet the provider duties as a whole, including indicating name and contact address on the system and meeting accessibility requirements.'],
      ['Art. 17', 'Qualitätsmanagementsystem einrichten und dokumentieren (ISO/IEC 42001 begründet keine Konformitätsvermutung; die harmonisierte Norm prEN 18286 ist in Arbeit).', 'Set up and document a quality management system (ISO/IEC 42001 gives no presumption of conformity; the harmonised standard prEN 18286 is in preparation).'],
      ['Art. 18', 'Dokumentation zehn Jahre nach dem Inverkehrbringen für die Behörden aufbewahren.', 'Keep the documentation at the authorities’ disposal for ten years after placing on the market.'],
      ['Art. 19', 'Automatisch erzeugte Protokolle, soweit unter Ihrer Kontrolle, mindestens sechs Monate aufbewahren.', 'Keep automatically generated logs under your control for at least six months.'],
      ['Art. 20', 'Bei Nichtkonformität unverzüglich Korrekturmaßnahmen ergreifen, ggf. zurücknehmen oder zurückrufen und Beteiligte informieren.', 'Take corrective action without delay on non-conformity, withdraw or recall where needed, and inform those concerned.'],
      ['Art. 21', 'Mit den zuständigen Behörden zusammenarbeiten und auf Verlangen Informationen und Protokolle bereitstellen.', 'Cooperate with competent authorities and provide information and logs on request.'],
      ['Art. 22', 'Nur bei Sitz außerhalb der Union: vor dem Bereitstellen schriftlich einen Bevollmächtigten in der Union benennen.', 'Only if established outside the Union: appoint an authorised representative in the Union by written mandate before making the system available.'],
      ['Art. 47', 'EU-Konformitätserklärung ausstellen und zehn Jahre aufbewahren.', 'Draw up the EU declaration of conformity and keep it for ten years.'],
      ['Art. 48', 'CE-Kennzeichnung anbringen.', 'Affix the CE marking.'],
      ['Art. 72', 'System zur Beobachtung nach dem Inverkehrbringen mit Plan einrichten (Teil der technischen Dokumentation).', 'Set up a post-market monitoring system and plan (part of the technical documentation).'],
      ['Art. 73', 'Schwerwiegende Vorfälle der Marktüberwachungsbehörde melden: spätestens nach 15 Tagen, bei Todesfall 10 Tage, bei weitverbreiteter Verletzung oder Störung kritischer Infrastruktur 2 Tage.', 'Report serious incidents to the market surveillance authority: within 15 days at the latest, 10 days in case of death, 2 days for widespread infringement or critical-infrastructure disruption.'],
    ] as const
  ).map(
    ([ref, de, en]): AiActObligation => ({
      id: `provider-${ref.replace(/\W+/g, '-').toLowerCase()}`,
      scope: 'high-risk',
      roles: PROVIDER,
      ref,
      text: { de, en },
      timing: 'high-risk-route',
    }),
  ),
  {
    id: 'provider-art-43-annex-i',
    scope: 'high-risk-annex-i',
    roles: PROVIDER,
    ref: 'Art. 43',
    text: {
      de: 'Konformitätsbewertung im sektoralen Verfahren der einschlägigen Harmonisierungsrechtsvorschrift (Anhang I Abschnitt A), das die Anforderungen der KI-VO einschließt.',
      en: 'Conformity assessment in the sectoral procedure of the relevant harmonisation legislation (Annex I Section A), covering the AI Act requirements.',
    },
    timing: 'high-risk-route',
  },
  {
    id: 'provider-art-43-annex-iii',
    scope: 'high-risk-annex-iii',
    roles: PROVIDER,
    ref: 'Art. 43',
    text: {
      de: 'Konformitätsbewertung vor dem Inverkehrbringen: Anhang III Nr. 2–8 interne Kontrolle (Anhang VI); Nr. 1 (Biometrie) nach Anhang VI oder mit notifizierter Stelle nach Anhang VII.',
      en: 'Conformity assessment before placing on the market: Annex III points 2–8 internal control (Annex VI); point 1 (biometrics) under Annex VI or with a notified body under Annex VII.',
    },
    timing: 'high-risk-route',
  },
  {
    id: 'provider-art-49-1',
    scope: 'high-risk-annex-iii',
    roles: PROVIDER,
    ref: 'Art. 49(1)',
    text: {
      de: 'System vor dem Inverkehrbringen in der EU-Datenbank registrieren (Anhang III Nr. 2: Registrierung auf nationaler Ebene).',
      en: 'Register the system in the EU database before placing it on the market (Annex III point 2: registration at national level).',
    },
    timing: 'high-risk-route',
  },
  {
    id: 'product-manufacturer-art-25-3',
    scope: 'high-risk',
    roles: ['product-manufacturer'],
    ref: 'Art. 25(3)',
    text: {
      de: 'Als Produkthersteller gelten Sie als Anbieter des Hochrisiko-KI-Systems und tragen die Pflichten nach Art. 16.',
      en: 'As product manufacturer you count as the provider of the high-risk AI system and carry the obligations of Art. 16.',
    },
    timing: 'high-risk-route',
  },
  // Deployer (Art. 26, Art. 27).
  ...(
    [
      ['Art. 26(1)', 'high-risk', 'Technische und organisatorische Maßnahmen treffen, damit das System gemäß Betriebsanleitung verwendet wird.', 'Take technical and organisational measures to use the system in accordance with the instructions for use.'],
      ['Art. 26(2)', 'high-risk', 'Menschliche Aufsicht an kompetente, geschulte Personen mit den nötigen Befugnissen übertragen.', 'Assign human oversight to competent, trained persons with the necessary authority and support.'],
      ['Art. 26(4)', 'high-risk', 'Soweit Eingabedaten unter Ihrer Kontrolle stehen: relevant und hinreichend repräsentativ halten.', 'Where you control the input data, ensure it is relevant and sufficiently representative.'],
      ['Art. 26(5)', 'high-risk', 'Betrieb überwachen; bei Risiken Anbieter und Marktüberwachungsbehörde informieren und Nutzung aussetzen; schwerwiegende Vorfälle melden.', 'Monitor operation; on risks inform the provider and the market surveillance authority and suspend use; report serious incidents.'],
      ['Art. 26(6)', 'high-risk', 'Automatisch erzeugte Protokolle mindestens sechs Monate aufbewahren, soweit nichts anderes vorgeschrieben ist.', 'Keep automatically generated logs for at least six months unless other law provides otherwise.'],
      ['Art. 26(7)', 'high-risk', 'Vor Einsatz am Arbeitsplatz Arbeitnehmervertretung und betroffene Beschäftigte informieren.', 'Before use at the workplace, inform workers’ representatives and the affected workers.'],
      ['Art. 26(9)', 'high-risk', 'Informationen des Anbieters nach Art. 13 für die Datenschutz-Folgenabschätzung (Art. 35 DSGVO) nutzen.', 'Use the provider’s Art. 13 information to carry out the data protection impact assessment (GDPR Art. 35).'],
      ['Art. 26(11)', 'high-risk-annex-iii', 'Natürliche Personen informieren, dass sie einer Entscheidung mit Unterstützung eines Hochrisiko-KI-Systems nach Anhang III unterliegen.', 'Inform natural persons that they are subject to decisions made or assisted by an Annex III high-risk AI system.'],
      ['Art. 26(8)', 'public-authority', 'Als Behörde: Verwendung in der EU-Datenbank registrieren; kein System verwenden, das dort nicht registriert ist.', 'As a public authority: register the use in the EU database; do not use a system that is not registered there.'],
    ] as const
  ).map(
    ([ref, scope, de, en]): AiActObligation => ({
      id: `deployer-${ref.replace(/\W+/g, '-').toLowerCase()}`,
      scope,
      roles: ['deployer'],
      ref,
      text: { de, en },
      timing: 'high-risk-route',
    }),
  ),
  {
    id: 'deployer-art-27',
    scope: 'fria',
    roles: ['deployer'],
    ref: 'Art. 27',
    text: {
      de: 'Vor der ersten Verwendung eine Grundrechte-Folgenabschätzung durchführen (Prozesse, Dauer und Häufigkeit, betroffene Gruppen, Risiken, Aufsicht, Abhilfe- und Beschwerdemechanismen) und das Ergebnis der Marktüberwachungsbehörde mitteilen.',
      en: 'Before first use, carry out a fundamental rights impact assessment (processes, period and frequency, affected groups, risks, oversight, remedies and complaint mechanisms) and notify the results to the market surveillance authority.',
    },
    noteByRegime: {
      'amended-2026': {
        de: 'Nach dem Omnibus darf die FRIA auf Abschnitte der DSFA verweisen; die Vorlage des AI Office war Stand August 2026 nicht veröffentlicht.',
        en: 'After the Omnibus the FRIA may cross-reference DPIA sections; the AI Office template was not published as of August 2026.',
      },
    },
    timing: 'high-risk-route',
  },
  // Importer, distributor, authorised representative.
  {
    id: 'importer-art-23',
    scope: 'high-risk',
    roles: ['importer'],
    ref: 'Art. 23',
    text: {
      de: 'Vor dem Inverkehrbringen prüfen: Konformitätsbewertung, technische Dokumentation, CE-Kennzeichnung, EU-Konformitätserklärung, Betriebsanleitung und Bevollmächtigter; nichtkonforme Systeme nicht in Verkehr bringen; eigenen Namen angeben; Unterlagen zehn Jahre aufbewahren; mit Behörden zusammenarbeiten.',
      en: 'Before placing on the market verify the conformity assessment, technical documentation, CE marking, EU declaration of conformity, instructions and authorised representative; do not place non-conforming systems; indicate your name; keep documents for ten years; cooperate with authorities.',
    },
    timing: 'high-risk-route',
  },
  {
    id: 'distributor-art-24',
    scope: 'high-risk',
    roles: ['distributor'],
    ref: 'Art. 24',
    text: {
      de: 'Vor dem Bereitstellen prüfen: CE-Kennzeichnung, EU-Konformitätserklärung, Betriebsanleitung und Pflichterfüllung von Anbieter und Einführer; nichtkonforme Systeme nicht bereitstellen; Lager- und Transportbedingungen wahren; Korrekturmaßnahmen unterstützen; mit Behörden zusammenarbeiten.',
      en: 'Before making available verify the CE marking, EU declaration of conformity, instructions and that provider and importer met their duties; do not supply non-conforming systems; keep storage and transport conditions; support corrective action; cooperate with authorities.',
    },
    timing: 'high-risk-route',
  },
  {
    id: 'authorised-representative-art-22',
    scope: 'high-risk',
    roles: ['authorised-representative'],
    ref: 'Art. 22',
    text: {
      de: 'Aufgaben aus dem Mandat wahrnehmen: EU-Konformitätserklärung, technische Dokumentation und Konformitätsbewertung prüfen, Unterlagen zehn Jahre für Behörden bereithalten, mit Behörden zusammenarbeiten und das Mandat beenden, wenn der Anbieter gegen die KI-VO verstößt.',
      en: 'Carry out the mandated tasks: verify the EU declaration of conformity, technical documentation and conformity assessment, keep documents available to authorities for ten years, cooperate with authorities and terminate the mandate if the provider acts contrary to the AI Act.',
    },
    timing: 'high-risk-route',
  },
];
