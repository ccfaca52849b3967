/*
 * Certification readiness: whether the engagement would pass a Stage 1 (documentation) and a Stage 2
 * (effectiveness) audit today. Each rule states what a certification body looks for and what is still
 * missing, so the consultant can explain the verdict (fact sheet §3c; certification bodies commonly refuse
 * Stage 2 without a completed internal audit and management review).
 */
import type { Text } from '../catalog/types';
import type { Verdict } from '../catalog/vocab/assessment';
import type { DocumentStatus, NcSeverity, NcStatus } from '../catalog/vocab/audit';
import { documentRegister, requiredDocument, type RequiredDocument } from './documents';
import { soaCompleteness, type SoaEntryInput } from './soaCompleteness';

export interface ReadinessInput {
  readonly assessments: readonly {
    readonly itemId: string;
    readonly kind: 'clause' | 'control';
    readonly verdict: Verdict;
  }[];
  readonly documents: readonly { readonly requirementKey: string | null; readonly status: DocumentStatus }[];
  readonly soa: readonly SoaEntryInput[];
  readonly aiSystems: readonly { readonly id: string; readonly name: string }[];
  readonly classifications: readonly { readonly aiSystemId: string; readonly complete: boolean }[];
  readonly impactAssessments: readonly { readonly aiSystemId: string }[];
  readonly riskCount: number;
  readonly objectives: readonly { readonly title: string }[];
  readonly audits: readonly { readonly status: 'planned' | 'in-progress' | 'done' }[];
  readonly reviews: readonly { readonly status: 'planned' | 'in-progress' | 'done' }[];
  readonly nonconformities: readonly { readonly severity: NcSeverity; readonly status: NcStatus }[];
}

export type ReadinessStage = 'stage1' | 'stage2';

export interface ReadinessRule {
  readonly id: string;
  readonly stage: ReadinessStage;
  /** 'unknown' where the assessment has not got far enough to tell. */
  readonly status: 'met' | 'not-met' | 'unknown';
  readonly met: boolean;
  /** The clauses of ISO/IEC 42001 the rule rests on. */
  readonly clauses: readonly string[];
  readonly title: Text;
  /** Why an auditor checks this. */
  readonly rationale: Text;
  /** What is missing; empty when met. */
  readonly detail: Text;
}

export interface Readiness {
  readonly stage1: { readonly ready: boolean; readonly met: number; readonly total: number };
  readonly stage2: { readonly ready: boolean; readonly met: number; readonly total: number };
  readonly rules: readonly ReadinessRule[];
}

const NONE: Text = { de: '', en: '' };
const NO_AI_SYSTEM: Text = { de: 'Noch kein KI-System erfasst.', en: 'No AI system recorded yet.' };
const list = (ids: readonly string[], max = 8): string =>
  ids.length > max ? `${ids.slice(0, max).join(', ')} … (+${ids.length - max})` : ids.join(', ');
const missingText = (de: string, en: string, ids: readonly string[]): Text =>
  ids.length === 0 ? NONE : { de: `${de}: ${list(ids)}`, en: `${en}: ${list(ids)}` };
/** Like missingText, for documents named by their title in each language. */
const missingDocuments = (de: string, en: string, docs: readonly RequiredDocument[]): Text =>
  docs.length === 0
    ? NONE
    : {
        de: `${de}: ${list(docs.map((d) => d.title.de))}`,
        en: `${en}: ${list(docs.map((d) => d.title.en))}`,
      };
const CLOSED_NC: ReadonlySet<NcStatus> = new Set(['verified', 'closed']);

/** A rule as written below: `met` null means the data cannot tell yet. */
type RuleInput = Omit<ReadinessRule, 'stage' | 'status' | 'met'> & { readonly met: boolean | null };
const finish = (r: RuleInput, stage: ReadinessStage): ReadinessRule => ({
  ...r,
  stage,
  met: r.met === true,
  status: r.met === null ? 'unknown' : r.met ? 'met' : 'not-met',
});

function stage1Rules(input: ReadinessInput): ReadinessRule[] {
  const statusByKey = new Map(input.documents.map((d) => [d.requirementKey, d.status]));
  const applicable = new Set(input.soa.flatMap((e) => (e.applicable ? [e.controlId] : [])));
  const required = documentRegister(applicable);
  const notApproved = (id: string) => statusByKey.get(id) !== 'approved';
  const coreMissing = ['scope', 'ai-policy', 'soa'].filter(notApproved).map((id) => requiredDocument(id)!);
  const docsMissing = required.filter((d) => (statusByKey.get(d.id) ?? 'missing') === 'missing');
  const classified = new Set(input.classifications.filter((c) => c.complete).map((c) => c.aiSystemId));
  const unclassified = input.aiSystems.filter((s) => !classified.has(s.id)).map((s) => s.name);
  const assessed = new Set(input.impactAssessments.map((i) => i.aiSystemId));
  const withoutImpact = input.aiSystems.filter((s) => !assessed.has(s.id)).map((s) => s.name);
  const soa = soaCompleteness(input.soa);
  const majorClauses = input.assessments
    .filter((a) => a.kind === 'clause' && a.verdict === 'major-nc')
    .map((a) => a.itemId);
  const unassessedClauses = input.assessments.filter(
    (a) => a.kind === 'clause' && a.verdict === 'not-assessed',
  );
  const processesMissing = ['risk-assessment-process', 'risk-treatment-process', 'impact-assessment-process']
    .filter(notApproved)
    .map((id) => requiredDocument(id)!);
  const objectivesDocumented = (statusByKey.get('ai-objectives') ?? 'missing') !== 'missing';
  const rule = (r: RuleInput) => finish(r, 'stage1');

  return [
    rule({
      id: 'core-documents-approved',
      clauses: ['4.3', '5.2', '6.1.3'],
      met: coreMissing.length === 0,
      title: {
        de: 'Anwendungsbereich, KI-Politik und Erklärung zur Anwendbarkeit freigegeben',
        en: 'Scope, AI policy and Statement of Applicability approved',
      },
      rationale: {
        de: 'Ohne freigegebenen Anwendungsbereich (4.3), KI-Politik (5.2) und Erklärung zur Anwendbarkeit (6.1.3) kann die Zertifizierungsstelle den Auditumfang nicht festlegen.',
        en: 'Without an approved scope (4.3), AI policy (5.2) and Statement of Applicability (6.1.3) the certification body cannot fix the audit scope.',
      },
      detail: missingDocuments('Nicht freigegeben', 'Not approved', coreMissing),
    }),
    rule({
      id: 'required-documents-exist',
      clauses: ['7.5.1'],
      met: docsMissing.length === 0,
      title: {
        de: 'Geforderte dokumentierte Information liegt vor',
        en: 'Required documented information exists',
      },
      rationale: {
        de: 'In Stufe 1 prüft der Auditor die von der Norm geforderte dokumentierte Information; fehlende Dokumente werden als Befund aufgenommen.',
        en: 'In Stage 1 the auditor reviews the documented information the standard requires; missing documents are recorded as findings.',
      },
      detail: missingDocuments('Fehlt im Register', 'Missing in the register', docsMissing),
    }),
    rule({
      id: 'ai-inventory-classified',
      clauses: ['4.1', '4.3'],
      met: input.aiSystems.length > 0 && unclassified.length === 0,
      title: {
        de: 'KI-Systeminventar vollständig und nach KI-Verordnung eingestuft',
        en: 'AI system inventory complete and classified under the AI Act',
      },
      rationale: {
        de: 'Das Inventar trägt Kontext (4.1) und Anwendungsbereich (4.3) und ist der am häufigsten bemängelte Nachweis.',
        en: 'The inventory underpins context (4.1) and scope (4.3) and is the artefact most often found weak.',
      },
      detail:
        input.aiSystems.length === 0
          ? NO_AI_SYSTEM
          : missingText('Ohne abgeschlossene Einstufung', 'Without a completed classification', unclassified),
    }),
    rule({
      id: 'impact-assessments',
      clauses: ['6.1.4', '8.4'],
      met: input.aiSystems.length > 0 && withoutImpact.length === 0,
      title: { de: 'Folgenabschätzung für jedes KI-System', en: 'Impact assessment for every AI system' },
      rationale: {
        de: 'Die Norm verlangt Folgenabschätzungen für KI-Systeme (6.1.4, 8.4); der Auditor erwartet sie für die Systeme im Anwendungsbereich.',
        en: 'The standard requires AI system impact assessments (6.1.4, 8.4); the auditor expects them for the systems in scope.',
      },
      detail:
        input.aiSystems.length === 0
          ? NO_AI_SYSTEM
          : missingText('Ohne Folgenabschätzung', 'Without an impact assessment', withoutImpact),
    }),
    rule({
      id: 'risk-assessment',
      clauses: ['6.1.2', '8.2'],
      met: input.riskCount > 0,
      title: { de: 'KI-Risikobeurteilung durchgeführt', en: 'AI risk assessment carried out' },
      rationale: {
        de: 'Ein Risikoregister mit bewerteten Risiken belegt, dass der Prozess nach 6.1.2 und 8.2 tatsächlich angewendet wurde.',
        en: 'A register of rated risks shows that the process of 6.1.2 and 8.2 has actually been applied.',
      },
      detail: input.riskCount > 0 ? NONE : { de: 'Keine Risiken erfasst.', en: 'No risks recorded.' },
    }),
    rule({
      id: 'processes-defined',
      clauses: ['6.1.2', '6.1.3', '6.1.4'],
      met: processesMissing.length === 0,
      title: {
        de: 'Prozesse für Risikobeurteilung, Risikobehandlung und Folgenabschätzung festgelegt',
        en: 'Risk assessment, risk treatment and impact assessment processes defined',
      },
      rationale: {
        de: 'Die Norm verlangt festgelegte, dokumentierte und freigegebene Prozesse, bevor ihre Ergebnisse geprüft werden können.',
        en: 'The standard requires defined, documented and approved processes before their results can be audited.',
      },
      detail: missingDocuments('Nicht freigegeben', 'Not approved', processesMissing),
    }),
    rule({
      id: 'objectives-set',
      clauses: ['6.2'],
      met: input.objectives.length > 0 && objectivesDocumented,
      title: { de: 'KI-Ziele festgelegt', en: 'AI objectives set' },
      rationale: {
        de: 'Messbare KI-Ziele mit Plan zu ihrer Erreichung sind dokumentierte Information nach 6.2 und Grundlage der Leistungsbewertung.',
        en: 'Measurable AI objectives with a plan to reach them are documented information under 6.2 and the basis of performance evaluation.',
      },
      detail:
        input.objectives.length === 0
          ? { de: 'Noch keine KI-Ziele erfasst.', en: 'No AI objectives recorded yet.' }
          : objectivesDocumented
            ? NONE
            : {
                de: 'KI-Ziele nicht als dokumentierte Information geführt.',
                en: 'AI objectives not kept as documented information.',
              },
    }),
    rule({
      id: 'soa-complete',
      clauses: ['6.1.3'],
      met: soa.complete,
      title: { de: 'Erklärung zur Anwendbarkeit vollständig', en: 'Statement of Applicability complete' },
      rationale: {
        de: 'Alle 38 Maßnahmen aus Anhang A müssen entschieden sein, mit Begründung für jede Aufnahme und jeden Ausschluss (6.1.3).',
        en: 'All 38 Annex A controls must be decided, with a reason for each inclusion and each exclusion (6.1.3).',
      },
      detail: missingText('Offen oder unbegründet', 'Undecided or unjustified', [
        ...soa.undecided,
        ...soa.unjustifiedExclusions,
        ...soa.inclusionsWithoutReason,
      ]),
    }),
    rule({
      id: 'no-major-clause-gaps',
      clauses: ['4', '5', '6', '7', '8', '9', '10'],
      met: majorClauses.length > 0 ? false : unassessedClauses.length > 0 ? null : true,
      title: {
        de: 'Keine schwerwiegende Nichtkonformität in den Abschnitten 4–10',
        en: 'No major nonconformity in clauses 4–10',
      },
      rationale: {
        de: 'Eine fehlende Kernanforderung des Managementsystems führt in Stufe 1 dazu, dass die Stufe 2 nicht freigegeben wird.',
        en: 'A missing core requirement of the management system stops Stage 1 from clearing the way to Stage 2.',
      },
      detail:
        majorClauses.length > 0
          ? missingText('Schwerwiegend', 'Major', majorClauses)
          : missingText(
              'Noch nicht bewertet',
              'Not assessed yet',
              unassessedClauses.map((a) => a.itemId),
            ),
    }),
  ];
}

function stage2Rules(input: ReadinessInput, stage1Ready: boolean): ReadinessRule[] {
  const auditDone = input.audits.some((a) => a.status === 'done');
  const reviewHeld = input.reviews.some((r) => r.status === 'done');
  const openMajors = input.nonconformities.filter(
    (nc) => nc.severity === 'major' && !CLOSED_NC.has(nc.status),
  ).length;
  const unassessed = input.assessments.filter((a) => a.verdict === 'not-assessed').map((a) => a.itemId);
  const majors = input.assessments.filter((a) => a.verdict === 'major-nc').map((a) => a.itemId);
  const rule = (r: RuleInput) => finish(r, 'stage2');
  return [
    rule({
      id: 'stage1-ready',
      clauses: [],
      met: stage1Ready,
      title: { de: 'Stufe-1-Voraussetzungen erfüllt', en: 'Stage 1 prerequisites met' },
      rationale: {
        de: 'Stufe 2 setzt eine bestandene Stufe 1 voraus.',
        en: 'Stage 2 builds on a passed Stage 1.',
      },
      detail: stage1Ready
        ? NONE
        : { de: 'Siehe offene Regeln der Stufe 1.', en: 'See the open Stage 1 rules.' },
    }),
    rule({
      id: 'internal-audit-done',
      clauses: ['9.2.1', '9.2.2'],
      met: auditDone,
      title: {
        de: 'Mindestens ein internes Audit abgeschlossen',
        en: 'At least one internal audit completed',
      },
      rationale: {
        de: 'Zertifizierungsstellen verweigern Stufe 2 in der Regel ohne einen vollständigen internen Auditzyklus (9.2).',
        en: 'Certification bodies usually refuse Stage 2 without one complete internal audit cycle (9.2).',
      },
      detail: auditDone
        ? NONE
        : { de: 'Kein abgeschlossenes internes Audit.', en: 'No completed internal audit.' },
    }),
    rule({
      id: 'management-review-held',
      clauses: ['9.3.1', '9.3.2', '9.3.3'],
      met: reviewHeld,
      title: { de: 'Managementbewertung durchgeführt', en: 'Management review held' },
      rationale: {
        de: 'Die oberste Leitung muss das KIMS mindestens einmal bewertet haben (9.3), bevor seine Wirksamkeit auditiert werden kann.',
        en: 'Top management must have reviewed the AIMS at least once (9.3) before its effectiveness can be audited.',
      },
      detail: reviewHeld
        ? NONE
        : { de: 'Keine durchgeführte Managementbewertung.', en: 'No management review held.' },
    }),
    rule({
      id: 'no-open-major-nc',
      clauses: ['10.2'],
      met: openMajors === 0,
      title: { de: 'Keine offene schwerwiegende Nichtkonformität', en: 'No open major nonconformity' },
      rationale: {
        de: 'Schwerwiegende Nichtkonformitäten müssen mit wirksamer Korrekturmaßnahme abgeschlossen sein (10.2), sonst wird kein Zertifikat erteilt.',
        en: 'Major nonconformities must be closed with an effective corrective action (10.2); otherwise no certificate is issued.',
      },
      detail: openMajors === 0 ? NONE : { de: `${openMajors} offen`, en: `${openMajors} open` },
    }),
    rule({
      id: 'all-requirements-met',
      clauses: ['4', '5', '6', '7', '8', '9', '10'],
      met: majors.length > 0 ? false : unassessed.length > 0 ? null : true,
      title: {
        de: 'Alle Anforderungen bewertet, keine schwerwiegende Lücke',
        en: 'Every requirement assessed, no major gap',
      },
      rationale: {
        de: 'In Stufe 2 prüft der Auditor die Umsetzung jeder Anforderung und jeder anwendbaren Maßnahme.',
        en: 'In Stage 2 the auditor checks that every requirement and every applicable control is implemented.',
      },
      detail: missingText('Offen oder schwerwiegend', 'Open or major', [...majors, ...unassessed]),
    }),
  ];
}

const tally = (rules: readonly ReadinessRule[]) => {
  const met = rules.filter((r) => r.met).length;
  return { ready: met === rules.length, met, total: rules.length };
};

export function assessReadiness(input: ReadinessInput): Readiness {
  const stage1 = stage1Rules(input);
  const stage1Tally = tally(stage1);
  const stage2 = stage2Rules(input, stage1Tally.ready);
  return { stage1: stage1Tally, stage2: tally(stage2), rules: [...stage1, ...stage2] };
}
