import type { Channel, Input, Output } from '../../shared/contract';
import type { Lang } from '../../shared/catalog/types';
import { AppFailure } from '../../shared/result';
import type { Dispatch } from './dispatch';

/** A text of the demo in both languages; the workbook's language picks one. */
type Pair = readonly [de: string, en: string];

/**
 * The demo engagement: Rheinland Versicherung AG, a fictional German insurer half-way through its gap
 * analysis. It is written through the contract like any user edit, so it exercises the same validation,
 * and it gives the CLI, the benchmarks, the reports and the end-to-end tests one realistic workbook.
 */
export async function writeDemoEngagement(dispatch: Dispatch, wb: string, lang: Lang): Promise<void> {
  const t = (pair: Pair) => (lang === 'de' ? pair[0] : pair[1]);
  const call = async <K extends Channel>(name: K, payload: Omit<Input<K>, 'wb'>): Promise<Output<K>> => {
    const result = await dispatch(name, { wb, ...payload });
    if (!result.ok) throw new AppFailure(result.error.code, `${name}: ${result.error.message}`);
    return result.value;
  };

  await call('engagement:update', {
    patch: {
      sector: t(['Versicherungen', 'Insurance']),
      scopeStatement: t([
        'KI-Managementsystem für die Entwicklung und den Betrieb von KI-Systemen in Personalwesen, Kundenservice und Schadenbearbeitung am Standort Köln.',
        'AI management system for developing and operating AI systems in HR, customer service and claims handling at the Cologne site.',
      ]),
      consultant: 'Dr. Jana Becker',
      firm: 'Becker & Partner Compliance GmbH',
      startDate: '2026-10-05',
      endDate: '2027-03-31',
    },
  });

  const kickoff = await call('session:create', {
    data: {
      title: t(['Auftaktworkshop KIMS', 'AIMS kick-off workshop']),
      date: '2026-10-12',
      location: 'Köln, Raum Rhein 3',
    },
  });
  const deepDive = await call('session:create', {
    data: {
      title: t(['Workshop Lebenszyklus und Daten', 'Workshop life cycle and data']),
      date: '2026-11-09',
      location: 'Köln, Raum Rhein 3',
    },
  });
  for (const [sessionId, name, role] of [
    [kickoff.id, 'Markus Weber', t(['Vorstand IT', 'Chief Information Officer'])],
    [kickoff.id, 'Sabine Krüger', t(['Leiterin Compliance', 'Head of Compliance'])],
    [kickoff.id, 'Thomas Öztürk', t(['Datenschutzbeauftragter', 'Data protection officer'])],
    [deepDive.id, 'Lena Schäfer', t(['Leiterin Data Science', 'Head of data science'])],
    [deepDive.id, 'Sabine Krüger', t(['Leiterin Compliance', 'Head of Compliance'])],
  ] as const) {
    await call('attendee:create', {
      data: { sessionId, name, role, organisation: 'Rheinland Versicherung AG' },
    });
  }

  await writeAssessments(call, t, kickoff.id, deepDive.id);
  await writeAiSystemsAndRisks(call, t);
  await writeGovernanceAndIntegration(call, t);
}

type Call = <K extends Channel>(name: K, payload: Omit<Input<K>, 'wb'>) => Promise<Output<K>>;
type T = (pair: Pair) => string;

/** About half the catalogue rated: clauses 4–7 and Annex A up to A.6, the rest still open. */
async function writeAssessments(call: Call, t: T, kickoffId: string, deepDiveId: string): Promise<void> {
  const rated: readonly (readonly [
    string,
    number,
    number,
    Input<'assessment:update'>['patch']['verdict'],
    Pair,
  ])[] = [
    [
      '4.1',
      3,
      4,
      'conform',
      [
        'Kontextanalyse liegt vor, KI-Rollen je System noch nicht benannt.',
        'Context analysis exists; AI roles per system not yet stated.',
      ],
    ],
    [
      '4.2',
      2,
      4,
      'minor-nc',
      [
        'Betroffene Kunden und Betriebsrat fehlen in der Stakeholderliste.',
        'Affected customers and the works council are missing from the stakeholder list.',
      ],
    ],
    [
      '4.3',
      1,
      4,
      'major-nc',
      ['Kein dokumentierter Anwendungsbereich des KIMS.', 'No documented scope of the AIMS.'],
    ],
    [
      '4.4',
      1,
      4,
      'minor-nc',
      ['Prozesslandkarte des ISMS ohne KI-Prozesse.', 'ISMS process map without AI processes.'],
    ],
    [
      '5.1',
      3,
      4,
      'conform',
      [
        'Vorstand hat KI-Strategie beschlossen und Budget freigegeben.',
        'Board adopted an AI strategy and released budget.',
      ],
    ],
    [
      '5.2',
      1,
      4,
      'major-nc',
      ['KI-Politik nur als Entwurf vorhanden.', 'AI policy exists only as a draft.'],
    ],
    [
      '5.3',
      2,
      4,
      'observation',
      ['KI-Verantwortliche benannt, Befugnisse unklar.', 'AI officer named; authority unclear.'],
    ],
    [
      '6.1.1',
      2,
      4,
      'minor-nc',
      [
        'Risikomanagement des ISMS deckt KI-spezifische Risiken nicht ab.',
        'ISMS risk management does not cover AI-specific risks.',
      ],
    ],
    [
      '6.1.2',
      1,
      4,
      'major-nc',
      ['Keine KI-Risikobeurteilung durchgeführt.', 'No AI risk assessment performed.'],
    ],
    [
      '6.1.3',
      0,
      4,
      'major-nc',
      [
        'Risikobehandlung und Erklärung zur Anwendbarkeit fehlen.',
        'Risk treatment and Statement of Applicability missing.',
      ],
    ],
    [
      '6.1.4',
      0,
      3,
      'major-nc',
      ['Keine Folgenabschätzung für KI-Systeme.', 'No AI system impact assessment.'],
    ],
    ['6.2', 2, 4, 'minor-nc', ['KI-Ziele ohne Messgrößen.', 'AI objectives without measures.']],
    [
      '7.2',
      2,
      4,
      'ofi',
      ['Schulungskonzept KI-Kompetenz in Arbeit.', 'AI literacy training concept in progress.'],
    ],
    [
      '7.5.1',
      3,
      4,
      'conform',
      ['Dokumentenlenkung aus dem ISMS übernehmbar.', 'Document control can be reused from the ISMS.'],
    ],
    ['A.2.2', 1, 4, 'major-nc', ['KI-Politik nicht freigegeben.', 'AI policy not approved.']],
    [
      'A.3.2',
      2,
      4,
      'minor-nc',
      ['Rollen im Data-Science-Team nicht beschrieben.', 'Roles in the data science team not described.'],
    ],
    [
      'A.4.3',
      2,
      4,
      'observation',
      [
        'Trainingsdaten der Betrugserkennung dokumentiert, Chatbot-Daten nicht.',
        'Training data of fraud detection documented, chatbot data not.',
      ],
    ],
    ['A.5.2', 0, 4, 'major-nc', ['Kein Prozess für Folgenabschätzungen.', 'No impact assessment process.']],
    [
      'A.6.2.4',
      2,
      4,
      'minor-nc',
      [
        'Validierung ohne Abnahmekriterien für Fairness.',
        'Validation without acceptance criteria for fairness.',
      ],
    ],
    [
      'A.6.2.6',
      3,
      4,
      'conform',
      ['Modellüberwachung mit Drift-Alarmen im Betrieb.', 'Model monitoring with drift alerts in operation.'],
    ],
  ];
  for (const [index, [itemId, current, target, verdict, finding]] of rated.entries()) {
    await call('assessment:update', {
      itemId,
      patch: {
        maturityCurrent: current,
        maturityTarget: target,
        verdict,
        finding: t(finding),
        interviewee: index % 2 === 0 ? 'Sabine Krüger' : 'Lena Schäfer',
        sessionId: itemId.startsWith('A.6') || itemId.startsWith('A.4') ? deepDiveId : kickoffId,
      },
    });
  }
  await call('evidence:create', {
    itemId: '4.1',
    kind: 'seen',
    title: t(['Kontextanalyse 2026', 'Context analysis 2026']),
    reference: 'ISMS-DOC-004 v2.1',
  });
  await call('evidence:create', {
    itemId: '5.2',
    kind: 'requested',
    title: t(['Freigegebene KI-Politik', 'Approved AI policy']),
    reference: '',
  });
  await call('evidence:create', {
    itemId: 'A.6.2.6',
    kind: 'seen',
    title: t(['Monitoring-Dashboard Betrugsmodell', 'Fraud model monitoring dashboard']),
    reference: 'Grafana /fraud-v3',
  });
}

async function writeAiSystemsAndRisks(call: Call, t: T): Promise<void> {
  const cv = await call('aiSystem:create', {
    data: {
      name: t(['Bewerbervorauswahl (CV-Screening)', 'Applicant pre-selection (CV screening)']),
      purpose: t([
        'Sortiert eingehende Bewerbungen nach Passung zur Stellenanzeige.',
        'Ranks incoming applications by fit with the job advert.',
      ]),
      owner: 'HR Recruiting',
      operatorRole: 'deployer',
      dataCategories: t(['Lebensläufe, Zeugnisse', 'CVs, references']),
      modelType: t(['Eingekauftes Ranking-Modell (SaaS)', 'Purchased ranking model (SaaS)']),
      lifecycleStage: 'operation',
      users: t(['Recruiter', 'Recruiters']),
    },
  });
  const bot = await call('aiSystem:create', {
    data: {
      name: t(['Kundenservice-Chatbot „Rhina“', 'Customer service chatbot "Rhina"']),
      purpose: t([
        'Beantwortet Fragen zu Verträgen und Schadenmeldungen rund um die Uhr.',
        'Answers questions on policies and claims around the clock.',
      ]),
      owner: t(['Kundenservice', 'Customer service']),
      operatorRole: 'deployer',
      dataCategories: t(['Chatverläufe, Vertragsnummern', 'Chat transcripts, policy numbers']),
      modelType: t(['Großes Sprachmodell mit Retrieval', 'Large language model with retrieval']),
      lifecycleStage: 'deployment',
      users: t(['Privatkunden', 'Retail customers']),
    },
  });
  const fraud = await call('aiSystem:create', {
    data: {
      name: t(['Betrugserkennung Kfz-Schäden', 'Motor claims fraud detection']),
      purpose: t([
        'Markiert auffällige Schadenmeldungen zur manuellen Prüfung.',
        'Flags suspicious claims for manual review.',
      ]),
      owner: t(['Schadenmanagement', 'Claims management']),
      operatorRole: 'provider',
      dataCategories: t(['Schadendaten, Vertragsdaten', 'Claims data, policy data']),
      modelType: 'Gradient Boosting',
      lifecycleStage: 'operation',
      users: t(['Schadenregulierer', 'Claims handlers']),
    },
  });

  const none = {
    prohibitedPractices: [],
    isGpaiModel: false,
    annexIProduct: 'none' as const,
    isAiSystem: true,
  };
  await call('classification:save', {
    aiSystemId: cv.id,
    answers: {
      ...none,
      annexIIIPoints: ['4(a)'],
      performsProfiling: true,
      interactsWithPersons: false,
      generatesSyntheticContent: false,
      emotionRecognitionOrBiometricCategorisation: false,
      deepFake: false,
      publicInterestText: false,
      becomesProvider: false,
      publicBodyOrPublicService: false,
    },
    rationaleNote: t([
      'Vorauswahl von Bewerbungen fällt unter Anhang III Nr. 4 Buchst. a.',
      'Filtering applications falls under Annex III point 4(a).',
    ]),
  });
  await call('classification:save', {
    aiSystemId: bot.id,
    answers: {
      ...none,
      annexIIIPoints: [],
      interactsWithPersons: true,
      generatesSyntheticContent: true,
      emotionRecognitionOrBiometricCategorisation: false,
      deepFake: false,
      publicInterestText: false,
      becomesProvider: false,
    },
    rationaleNote: '',
  });
  await call('classification:save', {
    aiSystemId: fraud.id,
    answers: { ...none },
    rationaleNote: t(['Noch offen: Anhang-III-Prüfung.', 'Still open: Annex III check.']),
  });

  await call('impact:create', {
    data: {
      aiSystemId: cv.id,
      affectedGroups: t([
        'Bewerberinnen und Bewerber, insbesondere ältere und ausländische Bewerber',
        'Applicants, in particular older and foreign applicants',
      ]),
      fundamentalRights: t([
        'Nichtdiskriminierung (Art. 21 GRCh), Datenschutz (Art. 8 GRCh)',
        'Non-discrimination (Art. 21 CFR), data protection (Art. 8 CFR)',
      ]),
      mitigation: t([
        'Menschliche Letztentscheidung, quartalsweise Bias-Analyse',
        'Human final decision, quarterly bias analysis',
      ]),
      assessor: 'Sabine Krüger',
    },
  });

  const riskRows: readonly (readonly [
    Pair,
    string | null,
    number,
    number,
    Input<'risk:create'>['data']['treatment'],
    string[],
  ])[] = [
    [
      ['Diskriminierung bei der Bewerbervorauswahl', 'Discrimination in applicant pre-selection'],
      cv.id,
      4,
      5,
      'modify',
      ['A.5.4', 'A.7.4'],
    ],
    [
      ['Halluzinierte Vertragsauskünfte des Chatbots', 'Chatbot gives hallucinated policy information'],
      bot.id,
      4,
      3,
      'modify',
      ['A.6.2.4', 'A.8.2'],
    ],
    [
      ['Fehlende Kennzeichnung als KI-Interaktion', 'Missing disclosure of AI interaction'],
      bot.id,
      2,
      3,
      'modify',
      ['A.8.2'],
    ],
    [
      ['Modelldrift im Betrugsmodell', 'Model drift in the fraud model'],
      fraud.id,
      3,
      3,
      'modify',
      ['A.6.2.6'],
    ],
    [
      ['Ungeprüfte Trainingsdaten aus Altsystemen', 'Unvetted training data from legacy systems'],
      fraud.id,
      3,
      4,
      'modify',
      ['A.7.4', 'A.7.5'],
    ],
    [
      ['Abhängigkeit vom SaaS-Anbieter des Rankings', 'Dependency on the ranking SaaS supplier'],
      cv.id,
      2,
      2,
      'retain',
      ['A.10.3'],
    ],
  ];
  for (const [title, aiSystemId, likelihood, impact, treatment, controlIds] of riskRows) {
    await call('risk:create', {
      data: {
        title: t(title),
        aiSystemId,
        likelihood,
        impact,
        treatment,
        controlIds,
        owner: 'Sabine Krüger',
        status: 'open',
      },
    });
  }

  const actionRows: readonly (readonly [
    Pair,
    Input<'action:create'>['data']['sourceKind'],
    string,
    Input<'action:create'>['data']['priority'],
    string,
    string,
  ])[] = [
    [
      ['Anwendungsbereich des KIMS festlegen und freigeben', 'Define and approve the AIMS scope'],
      'gap',
      '4.3',
      'critical',
      '2026-11-16',
      '2026-12-18',
    ],
    [
      [
        'KI-Politik finalisieren und vom Vorstand freigeben lassen',
        'Finalise the AI policy and have the board approve it',
      ],
      'gap',
      '5.2',
      'critical',
      '2026-11-23',
      '2027-01-15',
    ],
    [
      ['Methode der KI-Risikobeurteilung beschreiben', 'Describe the AI risk assessment method'],
      'gap',
      '6.1.2',
      'high',
      '2026-12-01',
      '2027-01-31',
    ],
    [
      [
        'Folgenabschätzung für das CV-Screening durchführen',
        'Carry out the impact assessment for CV screening',
      ],
      'gap',
      '6.1.4',
      'high',
      '2027-01-05',
      '2027-02-28',
    ],
    [
      ['Erklärung zur Anwendbarkeit erstellen', 'Prepare the Statement of Applicability'],
      'gap',
      '6.1.3',
      'high',
      '2027-01-15',
      '2027-02-28',
    ],
    [
      ['Schulung KI-Kompetenz für alle Recruiter', 'AI literacy training for all recruiters'],
      'gap',
      '7.2',
      'medium',
      '2027-01-10',
      '2027-03-15',
    ],
  ];
  for (const [title, sourceKind, sourceId, priority, startDate, dueDate] of actionRows) {
    await call('action:create', {
      data: {
        title: t(title),
        sourceKind,
        sourceId,
        priority,
        startDate,
        dueDate,
        owner: 'Sabine Krüger',
        status: 'open',
        effortDays: 5,
      },
    });
  }
}

async function writeGovernanceAndIntegration(call: Call, t: T): Promise<void> {
  const board = await call('role:create', {
    data: { name: t(['Vorstand', 'Board']), holder: 'Markus Weber' },
  });
  const officer = await call('role:create', {
    data: { name: t(['KI-Beauftragte', 'AI officer']), holder: 'Sabine Krüger' },
  });
  const dataScience = await call('role:create', {
    data: { name: t(['Leitung Data Science', 'Head of data science']), holder: 'Lena Schäfer' },
  });
  const policy = await call('raciActivity:create', {
    data: {
      name: t(['KI-Politik erstellen und pflegen', 'Write and maintain the AI policy']),
      itemId: '5.2',
    },
  });
  const impact = await call('raciActivity:create', {
    data: { name: t(['Folgenabschätzung durchführen', 'Carry out impact assessments']), itemId: '6.1.4' },
  });
  for (const [activityId, roleId, value] of [
    [policy.id, board.id, 'A'],
    [policy.id, officer.id, 'R'],
    [policy.id, dataScience.id, 'C'],
    [impact.id, officer.id, 'A'],
    [impact.id, dataScience.id, 'R'],
  ] as const) {
    await call('raci:set', { activityId, roleId, value });
  }
  await call('objective:create', {
    data: {
      title: t(['Keine unbegründeten Ablehnungen durch KI', 'No unjustified rejections by AI']),
      measure: t(['Anteil geprüfter Ablehnungen', 'Share of reviewed rejections']),
      target: '100 %',
      owner: 'HR',
      dueDate: '2027-06-30',
      status: 'open',
    },
  });
  await call('competence:create', {
    data: {
      person: 'Lena Schäfer',
      role: t(['Leitung Data Science', 'Head of data science']),
      requiredCompetence: t(['Fairness-Metriken, Modellvalidierung', 'Fairness metrics, model validation']),
      training: 'TÜV AI Basics',
      completedOn: '2026-09-30',
    },
  });
  await call('soa:update', {
    controlId: 'A.2.2',
    patch: { applicable: true, inclusionReasons: ['legal', 'risk'], implementationStatus: 'partial' },
  });
  await call('soa:update', {
    controlId: 'A.6.2.6',
    patch: { applicable: true, inclusionReasons: ['risk'], implementationStatus: 'implemented' },
  });

  const isms = await call('managementSystem:create', {
    data: {
      standard: 'iso27001',
      name: 'ISMS Rheinland Versicherung',
      certificateStatus: 'certified',
      certificationBody: 'TÜV Rheinland',
      validUntil: '2028-05-31',
      scope: t(['Gesamte IT und Rechenzentrum Köln', 'All IT and the Cologne data centre']),
    },
  });
  await call('managementSystem:create', {
    data: {
      standard: 'gdpr',
      name: t(['Datenschutzmanagement', 'Data protection programme']),
      certificateStatus: 'none',
    },
  });
  for (const [itemId, reference] of [
    ['7.5.1', 'ISMS 7.5'],
    ['7.5.2', 'ISMS 7.5'],
    ['9.2.1', 'ISMS 9.2'],
    ['10.2', 'ISMS 10.2'],
  ] as const) {
    await call('coverage:set', { itemId, managementSystemId: isms.id, reference, note: '', covered: true });
  }
  await call('audit:create', {
    data: {
      title: t(['Internes Audit KIMS 2027', 'Internal AIMS audit 2027']),
      plannedDate: '2027-04-15',
      auditor: 'Becker & Partner',
      status: 'planned',
    },
  });
  await call('nonconformity:create', {
    data: {
      title: t(['KI-Politik nicht freigegeben', 'AI policy not approved']),
      severity: 'major',
      itemId: '5.2',
      source: t(['Lückenanalyse', 'Gap analysis']),
      owner: 'Markus Weber',
      status: 'action-planned',
      dueDate: '2027-01-15',
    },
  });
}
