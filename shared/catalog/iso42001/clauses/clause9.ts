import type { CatalogGroup, CatalogItem } from '../../types';

export const CLAUSE_9_GROUP: CatalogGroup = {
  id: '9',
  kind: 'clause',
  title: { de: 'Bewertung der Leistung', en: 'Performance evaluation' },
  summary: {
    de: 'Prüft, ob das KI-Managementsystem wirkt: Überwachung und Messung, interne Audits und die Managementbewertung geben der obersten Leitung eine belastbare Entscheidungsgrundlage.',
    en: 'Checks whether the AI management system delivers: monitoring and measurement, internal audits and the management review give top management a sound basis for decisions.',
  },
};

export const CLAUSE_9_ITEMS: readonly CatalogItem[] = [
  {
    id: '9.1',
    kind: 'clause',
    group: '9',
    title: {
      de: 'Überwachung, Messung, Analyse und Bewertung',
      en: 'Monitoring, measurement, analysis and evaluation',
    },
    auditorFocus: {
      de: 'Geprüft wird, ob die Organisation festgelegt hat, was sie am KIMS und an ihren KI-Systemen überwacht und misst, mit welchen Methoden, wann gemessen wird und wann und von wem die Ergebnisse ausgewertet werden. Die Kennzahlen sollen eine Beurteilung von Leistung und Wirksamkeit des KIMS ermöglichen, etwa Modellgüte, Zahl der Vorfälle oder Termintreue bei Beurteilungen. Die Ergebnisse sind aufzubewahren und in Entscheidungen zu nutzen.',
      en: 'The auditor checks that the organization has decided what it monitors and measures about the AIMS and its AI systems, which methods it uses, when measurements take place and when and by whom the results are analysed. Indicators should allow a judgement on both performance and effectiveness of the AIMS, for instance model quality, number of incidents or timeliness of assessments. Results must be retained and used in decisions.',
    },
    guidingQuestions: {
      de: [
        'An welchen Kennzahlen erkennen Sie, ob das KIMS wirkt, und wer hat sie festgelegt?',
        'Wie überwachen Sie KI-Systeme im Betrieb, etwa auf Drift, Fehler oder Beschwerden?',
        'Wer wertet die Ergebnisse aus, wie oft, und was geschieht beim Überschreiten eines Schwellenwerts?',
        'Wie gelangen die Überwachungsergebnisse in die Managementbewertung?',
      ],
      en: [
        'Which indicators tell you whether the AIMS is working, and who defined them?',
        'How do you monitor AI systems in operation, for example for drift, errors or complaints?',
        'Who analyses the results, how often, and what happens when a threshold is crossed?',
        'How do monitoring results reach the management review?',
      ],
    },
    typicalEvidence: {
      de: [
        'Kennzahlendefinitionen und Dashboard',
        'Überwachungsberichte zu KI-Systemen im Betrieb',
        'Analyse- und Bewertungsberichte',
      ],
      en: [
        'KPI definitions and dashboard',
        'Monitoring reports for AI systems in operation',
        'Analysis and evaluation reports',
      ],
    },
    documentedInformation: {
      de: ['Ergebnisse der Überwachung und Messung'],
      en: ['Results of monitoring and measurement'],
    },
    related: ['6.2', '9.3.2', 'A.6.2.6', 'A.8.3'],
    aiActArticles: ['Art. 72'],
    hs: { iso27001: '9.1', iso9001: '9.1', iso37301: '9.1' },
    gdprArticles: [],
  },
  {
    id: '9.2.1',
    kind: 'clause',
    group: '9',
    subgroup: '9.2',
    title: { de: 'Internes Audit – Allgemeines', en: 'Internal audit — general' },
    auditorFocus: {
      de: 'Erwartet werden interne Audits in geplanten Abständen, die sowohl die Konformität – mit ISO/IEC 42001 und den eigenen Regeln des KIMS – als auch die wirksame Umsetzung prüfen. Vor der Zertifizierung wird üblicherweise mindestens ein vollständiger interner Auditzyklus über alle Abschnitte und die anwendbaren Maßnahmen aus Anhang A erwartet. Auditberichte sollen konkrete, auf Nachweise zurückführbare Feststellungen enthalten.',
      en: "Auditors expect internal audits at planned intervals that check both conformity – with ISO/IEC 42001 and with the organization's own AIMS rules – and effective implementation. Before certification, at least one complete internal audit cycle covering all clauses and the applicable Annex A controls is normally expected. Audit reports should contain specific findings that can be traced to evidence.",
    },
    guidingQuestions: {
      de: [
        'Wann fand das letzte interne Audit des KIMS statt, und was umfasste es?',
        'Wurde jeder Abschnitt und jede anwendbare Maßnahme aus Anhang A mindestens einmal auditiert?',
        'Wie prüft das Audit die Wirksamkeit der Prozesse und nicht nur das Vorhandensein von Dokumenten?',
        'Welche Feststellungen hat das letzte Audit ergeben, und was ist daraus geworden?',
      ],
      en: [
        'When did the last internal audit of the AIMS take place, and what did it cover?',
        'Has every clause and every applicable Annex A control been audited at least once?',
        'How does the audit test whether processes are effective, not only whether documents exist?',
        'Which findings did the last audit produce, and what became of them?',
      ],
    },
    typicalEvidence: {
      de: [
        'Berichte über interne Audits',
        'Auditchecklisten und Nachweisnotizen',
        'Abdeckungsmatrix der auditierten Abschnitte und Maßnahmen',
      ],
      en: [
        'Internal audit reports',
        'Audit checklists and evidence notes',
        'Coverage matrix of audited clauses and controls',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['9.2.2', '9.3.2', '10.2'],
    aiActArticles: [],
    hs: { iso27001: '9.2.1', iso9001: '9.2.1', iso37301: '9.2.1' },
    gdprArticles: [],
  },
  {
    id: '9.2.2',
    kind: 'clause',
    group: '9',
    subgroup: '9.2',
    title: { de: 'Internes Auditprogramm', en: 'Internal audit programme' },
    auditorFocus: {
      de: 'Bewertet wird das Auditprogramm: Häufigkeit, Methoden, Verantwortlichkeiten sowie Planung und Berichterstattung der Audits. Das Programm soll wichtigen oder auffälligen Prozessen und KI-Systemen mehr Aufmerksamkeit widmen und frühere Ergebnisse berücksichtigen. Für jedes Audit sind Kriterien und Umfang festzulegen, Auditoren dürfen nicht ihre eigene Arbeit prüfen, und die Ergebnisse sind der zuständigen Leitung zu berichten und aufzubewahren.',
      en: 'The auditor reviews the audit programme: how often audits take place, which methods are used, who is responsible and how audits are planned and reported. The programme should give more attention to important or problematic processes and AI systems and take earlier results into account. Each audit needs defined criteria and scope, auditors must not audit their own work, and results must be reported to the relevant management and retained.',
    },
    guidingQuestions: {
      de: [
        'Wie ist das Auditprogramm über den Zertifizierungszyklus aufgebaut, und wer hat es freigegeben?',
        'Wie haben Sie Prozesse und KI-Systeme nach Bedeutung und früheren Feststellungen gewichtet?',
        'Wer führt die internen Audits durch, und wie stellen Sie Objektivität und Unparteilichkeit sicher?',
        'Verfügen Ihre internen Auditoren über genug KI-Fachwissen, um Entwicklungs- und Datenprozesse zu auditieren?',
        'Wie und an wen werden die Auditergebnisse berichtet?',
      ],
      en: [
        'How is the audit programme structured across the certification cycle, and who approved it?',
        'How did you weight processes and AI systems by importance and previous findings?',
        'Who carries out internal audits, and how do you ensure objectivity and impartiality?',
        'Do your internal auditors have enough AI knowledge to audit development and data processes?',
        'How, and to whom, are audit results reported?',
      ],
    },
    typicalEvidence: {
      de: [
        'Freigegebenes Auditprogramm',
        'Auditpläne mit Kriterien und Umfang',
        'Nachweise zu Qualifikation und Unabhängigkeit der Auditoren',
        'An die Leitung verteilte Auditberichte',
      ],
      en: [
        'Approved internal audit programme',
        'Audit plans with criteria and scope',
        'Records of auditor qualification and independence',
        'Audit reports distributed to management',
      ],
    },
    documentedInformation: {
      de: ['Auditprogramm und Nachweise seiner Umsetzung', 'Ergebnisse der internen Audits'],
      en: ['Audit programme and evidence of its implementation', 'Internal audit results'],
    },
    related: ['9.2.1', '9.3.2', '10.2'],
    aiActArticles: [],
    hs: { iso27001: '9.2.2', iso9001: '9.2.2', iso37301: '9.2.2' },
    gdprArticles: [],
  },
  {
    id: '9.3.1',
    kind: 'clause',
    group: '9',
    subgroup: '9.3',
    title: { de: 'Managementbewertung – Allgemeines', en: 'Management review — general' },
    auditorFocus: {
      de: 'Geprüft wird, ob die oberste Leitung selbst das KIMS in geplanten Abständen bewertet und dabei beurteilt, ob es weiterhin geeignet, angemessen und wirksam ist. Eine Managementbewertung, die nur von KI-Beauftragten ohne die Leitung durchgeführt wird oder vor Stufe 2 noch nie stattgefunden hat, ist ein typischer Befund. Die Häufigkeit soll zum Veränderungstempo der KI-Landschaft der Organisation passen.',
      en: "Auditors check that top management itself reviews the AIMS at planned intervals and judges whether it is still suitable, adequate and effective. A review carried out by the AI officer without top management, or one that has never taken place before Stage 2, is a typical finding. The frequency should match how fast the organization's AI landscape changes.",
    },
    guidingQuestions: {
      de: [
        'Wie oft bewertet die oberste Leitung das KIMS, und wann fand die letzte Managementbewertung statt?',
        'Welche Mitglieder der obersten Leitung nehmen teil?',
        'Wie entscheiden Sie, ob die Bewertung häufiger stattfinden sollte, etwa nach größeren Änderungen im KI-Einsatz?',
        'Ist die Managementbewertung eine eigene Sitzung oder Teil einer bestehenden Routine der Geschäftsleitung?',
      ],
      en: [
        'How often does top management review the AIMS, and when was the last review?',
        'Which members of top management take part?',
        'How do you decide whether reviews should take place more often, for example after major changes in AI use?',
        'Is the management review a separate meeting or part of an existing executive routine?',
      ],
    },
    typicalEvidence: {
      de: ['Terminplan der Managementbewertungen', 'Einladungen und Teilnehmerlisten'],
      en: ['Management review schedule', 'Invitations and attendance lists'],
    },
    documentedInformation: { de: [], en: [] },
    related: ['5.1', '9.3.2', '9.3.3'],
    aiActArticles: [],
    hs: { iso27001: '9.3.1', iso9001: '9.3.1', iso37301: '9.3.1' },
    gdprArticles: [],
  },
  {
    id: '9.3.2',
    kind: 'clause',
    group: '9',
    subgroup: '9.3',
    title: { de: 'Eingaben für die Managementbewertung', en: 'Management review inputs' },
    auditorFocus: {
      de: 'Tagesordnung und Unterlagen der Managementbewertung werden mit den Themen abgeglichen, die sie abdecken muss: Stand früherer Beschlüsse, Veränderungen bei internen und externen Themen und bei den Erfordernissen interessierter Parteien, Leistungstrends des KIMS und Verbesserungsmöglichkeiten. Zu den Leistungsinformationen gehören Nichtkonformitäten und Korrekturmaßnahmen, Ergebnisse von Überwachung und Messung sowie Auditfeststellungen. Überzeugend ist eine Bewertungsunterlage mit echten Daten statt bloßer Überschriften.',
      en: "The auditor compares the review agenda and material with the topics a management review has to cover: follow-up of earlier decisions, changes in internal and external issues and in interested parties' needs, AIMS performance trends and improvement opportunities. Performance information includes nonconformities and corrective actions, monitoring and measurement results and audit findings. A review pack with real data rather than bare headings is what convinces.",
    },
    guidingQuestions: {
      de: [
        'Welche Eingaben enthält Ihre Unterlage zur Managementbewertung, und wer stellt sie zusammen?',
        'Wie berichten Sie über den Stand der Maßnahmen aus der vorherigen Managementbewertung?',
        'Welche Veränderungen bei Kontext, Regulierung oder Erwartungen der Stakeholder haben Sie zuletzt vorgestellt?',
        'Welche Zahlen zu Nichtkonformitäten, Überwachungsergebnissen und Auditfeststellungen lagen der obersten Leitung vor?',
        'Wie werden Verbesserungsmöglichkeiten für die Bewertung gesammelt?',
      ],
      en: [
        'Which inputs does your management review pack contain, and who compiles it?',
        'How do you report on the status of actions from the previous review?',
        'Which changes in context, regulation or stakeholder expectations did you present last time?',
        'Which figures on nonconformities, monitoring results and audit findings did top management see?',
        'How are improvement opportunities collected for the review?',
      ],
    },
    typicalEvidence: {
      de: [
        'Tagesordnung der Managementbewertung',
        'Bewertungsunterlage mit Leistungsdaten',
        'Maßnahmenliste aus der vorherigen Managementbewertung',
      ],
      en: [
        'Management review agenda',
        'Review pack with performance data',
        'Action tracker from the previous review',
      ],
    },
    documentedInformation: { de: [], en: [] },
    related: ['4.1', '4.2', '9.1', '9.2.2', '10.2'],
    aiActArticles: [],
    hs: { iso27001: '9.3.2', iso9001: '9.3.2', iso37301: '9.3.2' },
    gdprArticles: [],
  },
  {
    id: '9.3.3',
    kind: 'clause',
    group: '9',
    subgroup: '9.3',
    title: { de: 'Ergebnisse der Managementbewertung', en: 'Management review results' },
    auditorFocus: {
      de: 'Erwartet werden konkrete Beschlüsse aus der Managementbewertung: zu verfolgende Verbesserungsmöglichkeiten und notwendige Änderungen am KIMS einschließlich der Ressourcen. Die Ergebnisse müssen dokumentiert sein, üblicherweise in unterzeichneten Protokollen, und die daraus folgenden Maßnahmen bis zum Abschluss nachverfolgt werden. Bewertungen ohne Beschlüsse deuten darauf hin, dass die Leitung das System nicht wirklich steuert.',
      en: 'Auditors look for concrete decisions coming out of the management review: improvement opportunities to pursue and any changes needed to the AIMS, including resources. The results must be recorded, typically in signed minutes, and the resulting actions followed up until closed. Reviews that end without decisions suggest that management is not really steering the system.',
    },
    guidingQuestions: {
      de: [
        'Welche Beschlüsse hat die letzte Managementbewertung gefasst, und wer verantwortet die daraus folgenden Maßnahmen?',
        'Hat die Bewertung zu Änderungen am KIMS, an Ressourcen oder an KI-Zielen geführt?',
        'Wo werden die Protokolle aufbewahrt, und wer hat sie unterzeichnet?',
        'Wie wird der Fortschritt der Maßnahmen bis zur nächsten Bewertung nachverfolgt?',
      ],
      en: [
        'Which decisions did the last management review take, and who owns the resulting actions?',
        'Did the review lead to changes in the AIMS, its resources or the AI objectives?',
        'Where are the minutes kept, and who signed them?',
        'How is progress on review actions followed up before the next review?',
      ],
    },
    typicalEvidence: {
      de: [
        'Unterzeichnete Protokolle der Managementbewertung',
        'Maßnahmenliste mit Verantwortlichen und Terminen',
      ],
      en: ['Signed management review minutes', 'Action log with owners and due dates'],
    },
    documentedInformation: {
      de: ['Ergebnisse der Managementbewertungen'],
      en: ['Results of management reviews'],
    },
    related: ['6.3', '9.3.1', '10.1'],
    aiActArticles: [],
    hs: { iso27001: '9.3.3', iso9001: '9.3.3', iso37301: '9.3.3' },
    gdprArticles: [],
  },
];
