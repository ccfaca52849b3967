import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_5_GROUP: CatalogGroup = {
  id: '5',
  kind: 'clause',
  title: { de: 'Führung', en: 'Leadership' },
  summary: {
    de: 'Zeigt, ob die oberste Leitung das KI-Managementsystem tatsächlich trägt: Sie gibt mit der KI-Politik die Richtung vor und sorgt dafür, dass Verantwortlichkeiten für KI zugewiesen und verstanden sind.',
    en: 'Shows whether top management really owns the AI management system: it sets the direction through the AI policy and makes sure that responsibilities for AI are assigned and understood.',
  },
};

export const CLAUSE_5_ITEMS: readonly CatalogItem[] = [
  {
    id: '5.1',
    kind: 'clause',
    group: '5',
    title: { de: 'Führung und Verpflichtung', en: 'Leadership and commitment' },
    auditorFocus: {
      de: 'Die oberste Leitung wird im Interview befragt und sollte in eigenen Worten erklären können, warum das KIMS wichtig ist und wie es die Unternehmensstrategie unterstützt. Nachweise sollen belegen, dass die Leitung die Richtung vorgibt, Ressourcen bereitstellt, KI-Governance in die Geschäftsprozesse einbindet und die Leistung nachverfolgt. Ein typischer Schwachpunkt ist die vollständige Delegation an eine einzelne KI-Beauftragte oder einen einzelnen KI-Beauftragten ohne sichtbares Engagement der Leitung.',
      en: 'The auditor interviews top management and expects them to explain, in their own words, why the AIMS matters and how it supports business strategy. Evidence should show that management sets direction, provides resources, embeds AI governance in business processes and follows up on performance. Handing everything to a single AI officer without visible management involvement is a typical weakness.',
    },
    guidingQuestions: {
      de: [
        'Wie thematisiert die oberste Leitung KI-Governance in Strategiesitzungen, und wo ist das protokolliert?',
        'Welche Entscheidungen zu KI-Budget, Personal oder Werkzeugen hat die Leitung in den letzten zwölf Monaten getroffen?',
        'Wie sind die Anforderungen des KIMS in bestehende Prozesse wie Produktentwicklung, Einkauf oder Personalwesen eingebunden?',
        'Wie macht die Leitung den Beschäftigten deutlich, dass verantwortungsvoller KI-Einsatz Priorität hat?',
        'Welche Kennzahlen zum KIMS erhält die oberste Leitung, und was folgte auf den letzten Bericht?',
      ],
      en: [
        'How does top management address AI governance in strategy meetings, and where is that minuted?',
        'Which decisions on AI budget, staff or tools has management taken in the last twelve months?',
        'How are AIMS requirements built into existing processes such as product development, procurement or HR?',
        'How does management show employees that responsible AI is a priority?',
        'Which AIMS figures does top management receive, and what followed the last report?',
      ],
    },
    typicalEvidence: {
      de: [
        'Protokolle von Vorstands- oder KI-Lenkungskreissitzungen',
        'Budget- und Ressourcenentscheidungen für das KIMS',
        'Mitteilungen der Leitung zum verantwortungsvollen KI-Einsatz',
      ],
      en: [
        'Minutes of board or AI steering committee meetings',
        'Budget and resourcing decisions for the AIMS',
        'Management communications on responsible AI',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.2', '5.3', '6.2', '7.1', '9.3.1'],
    aiActArticles: [],
    hs: { iso27001: '5.1', iso9001: '5.1', iso37301: '5.1' },
    gdprArticles: [],
  },
  {
    id: '5.2',
    kind: 'clause',
    group: '5',
    title: { de: 'KI-Politik', en: 'AI policy' },
    auditorFocus: {
      de: 'Geprüft wird, ob eine von der obersten Leitung freigegebene KI-Politik vorliegt, die zum Zweck und zu den KI-Aktivitäten der Organisation passt und keine bloße Mustervorlage ist. Sie soll einen Rahmen für die KI-Ziele bieten und klare Zusagen enthalten, zutreffende Anforderungen zu erfüllen und das KIMS weiterzuentwickeln. Die Politik muss intern bekannt gemacht, interessierten Parteien bei Bedarf zugänglich gemacht und regelmäßig überprüft werden.',
      en: "Auditors check that an AI policy approved by top management exists and fits the organization's purpose and AI activities rather than being a generic template. It should frame the AI objectives and contain clear commitments to meet applicable requirements and to keep developing the AIMS. The policy must be made known internally, be available to interested parties where appropriate and be reviewed at intervals.",
    },
    guidingQuestions: {
      de: [
        'Wer hat die KI-Politik erstellt, wer hat sie freigegeben, und wann?',
        'Welche Ihrer KI-Anwendungen und Grundsätze greift die Politik konkret auf – was fehlte, wenn sie nur eine Vorlage wäre?',
        'Wie verhält sich die Politik zu Ihren Richtlinien für Informationssicherheit, Datenschutz und Ethik?',
        'Wie haben die Beschäftigten von der Politik erfahren, und finden sie sie schnell?',
        'Welche externen Parteien dürfen die Politik einsehen, und auf welchem Weg erhalten sie sie?',
        'Wann steht die nächste Überprüfung an, und was würde eine vorgezogene Überprüfung auslösen?',
      ],
      en: [
        'Who drafted the AI policy, who approved it, and when?',
        'Which of your AI uses and principles does the policy address specifically – what would be missing if it were just a template?',
        'How does the policy relate to your information security, data protection and ethics policies?',
        'How did employees learn about the policy, and can they find it quickly?',
        'Which external parties may see the policy, and how do they get it?',
        'When is the next review due, and what would trigger an earlier one?',
      ],
    },
    typicalEvidence: {
      de: [
        'Freigegebene und datierte KI-Politik',
        'Nachweise der Bekanntmachung (Intranet-Beitrag, Unterweisung, Kenntnisnahme)',
        'Überprüfungshistorie der Politik',
      ],
      en: [
        'Approved and dated AI policy',
        'Records of communication (intranet post, briefing, acknowledgement)',
        'Review history of the policy',
      ],
    },
    documentedInformation: { de: ['KI-Politik'], en: ['AI policy'] },
    related: ['5.1', '6.2', '7.3', 'A.2.2', 'A.2.3', 'A.2.4'],
    aiActArticles: ['Art. 5'],
    hs: { iso27001: '5.2', iso9001: '5.2', iso37301: '5.2' },
    gdprArticles: [],
  },
  {
    id: '5.3',
    kind: 'clause',
    group: '5',
    title: {
      de: 'Rollen, Verantwortlichkeiten und Befugnisse',
      en: 'Roles, responsibilities and authorities',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob Verantwortlichkeiten und Befugnisse für das KIMS und die einzelnen KI-Systeme zugewiesen, dokumentiert und den Betroffenen bekannt sind. Insbesondere muss feststehen, wer für die Normkonformität des KIMS sorgt und wer der obersten Leitung über dessen Leistung berichtet. Interviews zeigen, ob die Rolleninhaber ihre Aufgaben kennen und die Befugnis zum Handeln haben, etwa um ein System anzuhalten.',
      en: 'The auditor checks that responsibilities and authorities for the AIMS and for individual AI systems are assigned, documented and known to the people concerned. In particular it must be clear who makes sure the AIMS conforms to the standard and who reports on its performance to top management. Interviews reveal whether role holders understand their duties and have the authority to act, for example to stop a system.',
    },
    guidingQuestions: {
      de: [
        'Wer verantwortet das KIMS insgesamt, und wer berichtet der obersten Leitung über dessen Leistung?',
        'Gibt es für jedes KI-System eine verantwortliche Person, und was darf sie allein entscheiden?',
        'Wer ist befugt, ein KI-System bei unerwartetem Verhalten außer Betrieb zu nehmen?',
        'Wie sind Datenschutzbeauftragte, Informationssicherheit und Rechtsabteilung in KI-Entscheidungen eingebunden?',
        'Wo sind die Rollen dokumentiert, z. B. in einer RACI-Matrix oder in Stellenbeschreibungen, und wie wurden die Rolleninhaber informiert?',
      ],
      en: [
        'Who is responsible for the AIMS as a whole, and who reports on its performance to top management?',
        'Is there an owner for each AI system, and what may that person decide alone?',
        'Who has the authority to take an AI system out of service if it behaves unexpectedly?',
        'How are the data protection officer, information security and legal involved in AI decisions?',
        'Where are roles documented, for example in a RACI matrix or job descriptions, and how were role holders informed?',
      ],
    },
    typicalEvidence: {
      de: [
        'RACI-Matrix für KIMS-Prozesse und KI-Systeme',
        'Bestellungsschreiben oder Rollenbeschreibungen',
        'Organigramm mit KI-Governance-Gremien',
      ],
      en: [
        'RACI matrix for AIMS processes and AI systems',
        'Appointment letters or role descriptions',
        'Organization chart showing AI governance bodies',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.1', '7.2', 'A.3.2', 'A.3.3', 'A.10.2'],
    aiActArticles: ['Art. 14', 'Art. 17'],
    hs: { iso27001: '5.3', iso9001: '5.3', iso37301: '5.3' },
    gdprArticles: ['Art. 38'],
  },
];
