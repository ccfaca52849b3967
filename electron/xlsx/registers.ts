import type { Register } from '../../shared/contract/exchange';
import type { Lang, Text } from '../../shared/catalog/types';
import {
  ACTION_STATUS_LABELS,
  DOCUMENT_STATUS_LABELS,
  IMPLEMENTATION_STATUS_LABELS,
  INCLUSION_REASON_LABELS,
  PRIORITY_LABELS,
  RISK_BAND_LABELS,
  RISK_STATUS_LABELS,
  TREATMENT_LABELS,
  VERDICT_LABELS,
  type RiskBand,
  type Verdict,
  type Vocabulary,
} from '../../shared/catalog/scales';
import { assertNever } from '../../shared/domain/assertNever';
import { riskBand, riskScore } from '../../shared/domain/risk';
import { actions } from '../workbook/repos/actions.repo';
import { aiSystems } from '../workbook/repos/aiSystems.repo';
import { listAssessments } from '../workbook/repos/assessments.repo';
import { documents, nonconformities } from '../workbook/repos/audit.repo';
import { listCatalogSnapshot } from '../workbook/repos/engagement.repo';
import { risks } from '../workbook/repos/risks.repo';
import { listSoa } from '../workbook/repos/soa.repo';
import type { Db } from '../workbook/sql';
import type { CellContent, Shade, TableColumn, TableSheet } from './sheets';
import { ACTION_SOURCES, H, maturityLabel, maturityLabels, REGISTER_SHEETS, YES_NO } from './texts';

type Column<R> = {
  header: Text;
  width: number;
  list?: (lang: Lang) => readonly string[];
  cell: (record: R) => CellContent;
};

const labels =
  <Id extends string | number>(vocabulary: Vocabulary<Id>) =>
  (lang: Lang) =>
    Object.values<{ label: Text }>(vocabulary).map((entry) => entry.label[lang]);

const text = (value: string | number | null): CellContent => ({ value });

/** The shortfall against the target in the same tones as the risk bands: none, 1, 2, 3 and more levels. */
function gapShade(gap: number): Shade {
  return gap <= 0 ? 'low' : gap === 1 ? 'medium' : gap === 2 ? 'high' : 'critical';
}

function verdictShade(verdict: Verdict): Shade | undefined {
  switch (verdict) {
    case 'conform':
      return 'low';
    case 'observation':
    case 'ofi':
      return 'medium';
    case 'minor-nc':
      return 'high';
    case 'major-nc':
      return 'critical';
    case 'not-applicable':
    case 'not-assessed':
      return undefined;
    default:
      return assertNever(verdict, 'verdict');
  }
}

const band = (l: number | null, i: number | null, lang: Lang): CellContent => {
  if (l === null || i === null) return text(null);
  const level: RiskBand = riskBand(l, i);
  return { value: RISK_BAND_LABELS[level].label[lang], shade: level };
};

function sheet<R>(what: Register, lang: Lang, columns: Column<R>[], records: readonly R[]): TableSheet {
  return {
    name: REGISTER_SHEETS[what][lang],
    columns: columns.map((column): TableColumn => ({
      header: column.header[lang],
      width: column.width,
      list: column.list?.(lang),
    })),
    rows: records.map((record) => columns.map((column) => column.cell(record))),
  };
}

function gapSheet(db: Db, lang: Lang): TableSheet {
  const titles = new Map(listCatalogSnapshot(db).map((item) => [item.id, item.title[lang]]));
  const maturity = (level: number | null) => text(level === null ? null : maturityLabel(level, lang));
  return sheet(
    'gap',
    lang,
    [
      { header: H.id, width: 10, cell: (a) => text(a.itemId) },
      { header: H.requirement, width: 42, cell: (a) => text(titles.get(a.itemId) ?? '') },
      {
        header: H.maturityCurrent,
        width: 18,
        list: maturityLabels,
        cell: (a) => maturity(a.maturityCurrent),
      },
      { header: H.maturityTarget, width: 18, list: maturityLabels, cell: (a) => maturity(a.maturityTarget) },
      {
        header: H.gap,
        width: 8,
        cell: (a) => {
          if (a.maturityCurrent === null || a.maturityTarget === null) return text(null);
          const gap = Math.max(0, a.maturityTarget - a.maturityCurrent);
          return { value: gap, shade: gapShade(gap) };
        },
      },
      {
        header: H.verdict,
        width: 26,
        list: labels(VERDICT_LABELS),
        cell: (a) => ({ value: VERDICT_LABELS[a.verdict].label[lang], shade: verdictShade(a.verdict) }),
      },
      { header: H.finding, width: 50, cell: (a) => text(a.finding) },
      { header: H.clientSelfRating, width: 18, cell: (a) => maturity(a.clientSelfRating) },
      { header: H.interviewee, width: 20, cell: (a) => text(a.interviewee) },
      { header: H.notes, width: 40, cell: (a) => text(a.notes) },
    ],
    listAssessments(db),
  );
}

function riskSheet(db: Db, lang: Lang): TableSheet {
  const systems = new Map(aiSystems.list(db).map((system) => [system.id, system.name]));
  return sheet(
    'risks',
    lang,
    [
      { header: H.ref, width: 8, cell: (r) => text(r.ref) },
      { header: H.title, width: 36, cell: (r) => text(r.title) },
      { header: H.description, width: 40, cell: (r) => text(r.description) },
      {
        header: H.aiSystem,
        width: 22,
        cell: (r) => text(r.aiSystemId ? (systems.get(r.aiSystemId) ?? '') : ''),
      },
      { header: H.riskSource, width: 22, cell: (r) => text(r.riskSource) },
      { header: H.owner, width: 18, cell: (r) => text(r.owner) },
      { header: H.likelihood, width: 14, cell: (r) => text(r.likelihood) },
      { header: H.impact, width: 12, cell: (r) => text(r.impact) },
      { header: H.score, width: 8, cell: (r) => text(riskScore(r.likelihood, r.impact)) },
      { header: H.band, width: 14, cell: (r) => band(r.likelihood, r.impact, lang) },
      { header: H.treatment, width: 20, cell: (r) => text(TREATMENT_LABELS[r.treatment].label[lang]) },
      { header: H.treatmentPlan, width: 40, cell: (r) => text(r.treatmentPlan) },
      { header: H.residualLikelihood, width: 14, cell: (r) => text(r.residualLikelihood) },
      { header: H.residualImpact, width: 12, cell: (r) => text(r.residualImpact) },
      { header: H.residualBand, width: 14, cell: (r) => band(r.residualLikelihood, r.residualImpact, lang) },
      {
        header: H.status,
        width: 16,
        list: labels(RISK_STATUS_LABELS),
        cell: (r) => text(RISK_STATUS_LABELS[r.status].label[lang]),
      },
      { header: H.controls, width: 20, cell: (r) => text(r.controlIds.join(', ')) },
      { header: H.dueDate, width: 12, cell: (r) => text(r.dueDate) },
    ],
    risks.list(db),
  );
}

function soaSheet(db: Db, lang: Lang): TableSheet {
  const titles = new Map(listCatalogSnapshot(db).map((item) => [item.id, item.title[lang]]));
  const allRisks = risks.list(db);
  const linked = (controlId: string) =>
    allRisks.filter((r) => r.controlIds.includes(controlId)).map((r) => r.ref);
  const yesNo = (l: Lang) => [YES_NO.yes[l], YES_NO.no[l]];
  return sheet(
    'soa',
    lang,
    [
      { header: H.control, width: 10, cell: (e) => text(e.controlId) },
      { header: H.title, width: 40, cell: (e) => text(titles.get(e.controlId) ?? '') },
      {
        header: H.applicable,
        width: 12,
        list: yesNo,
        cell: (e) => text(e.applicable === null ? null : (e.applicable ? YES_NO.yes : YES_NO.no)[lang]),
      },
      {
        header: H.inclusionReasons,
        width: 30,
        cell: (e) =>
          text(e.inclusionReasons.map((reason) => INCLUSION_REASON_LABELS[reason].label[lang]).join(', ')),
      },
      { header: H.exclusion, width: 40, cell: (e) => text(e.exclusionJustification) },
      {
        header: H.implementation,
        width: 22,
        list: labels(IMPLEMENTATION_STATUS_LABELS),
        cell: (e) => text(IMPLEMENTATION_STATUS_LABELS[e.implementationStatus].label[lang]),
      },
      { header: H.linkedRisks, width: 16, cell: (e) => text(linked(e.controlId).join(', ')) },
      { header: H.notes, width: 40, cell: (e) => text(e.notes) },
    ],
    listSoa(db),
  );
}

function actionSheet(db: Db, lang: Lang): TableSheet {
  const refs = new Map(
    [...risks.list(db), ...nonconformities.list(db)].map((record) => [record.id, record.ref]),
  );
  return sheet(
    'actions',
    lang,
    [
      { header: H.ref, width: 8, cell: (a) => text(a.ref) },
      { header: H.title, width: 36, cell: (a) => text(a.title) },
      { header: H.description, width: 40, cell: (a) => text(a.description) },
      {
        header: H.source,
        width: 22,
        cell: (a) => {
          const origin = a.sourceId === null ? '' : ` ${refs.get(a.sourceId) ?? a.sourceId}`;
          return text(`${ACTION_SOURCES[a.sourceKind][lang]}${origin}`);
        },
      },
      { header: H.owner, width: 18, cell: (a) => text(a.owner) },
      { header: H.effort, width: 12, cell: (a) => text(a.effortDays) },
      {
        header: H.priority,
        width: 12,
        list: labels(PRIORITY_LABELS),
        cell: (a) => text(PRIORITY_LABELS[a.priority].label[lang]),
      },
      { header: H.startDate, width: 12, cell: (a) => text(a.startDate) },
      { header: H.dueDate, width: 12, cell: (a) => text(a.dueDate) },
      {
        header: H.status,
        width: 16,
        list: labels(ACTION_STATUS_LABELS),
        cell: (a) => text(ACTION_STATUS_LABELS[a.status].label[lang]),
      },
    ],
    actions.list(db),
  );
}

/** Missing documents are the register's gaps: shaded like a critical risk, drafts like a medium one. */
const DOCUMENT_SHADES = {
  missing: 'critical',
  draft: 'medium',
  'in-review': 'medium',
  approved: 'low',
} as const;

function documentSheet(db: Db, lang: Lang): TableSheet {
  return sheet(
    'docs',
    lang,
    [
      { header: H.document, width: 46, cell: (d) => text(d.title) },
      { header: H.requirement, width: 12, cell: (d) => text(d.itemId) },
      {
        header: H.status,
        width: 16,
        list: labels(DOCUMENT_STATUS_LABELS),
        cell: (d) => ({
          value: DOCUMENT_STATUS_LABELS[d.status].label[lang],
          shade: DOCUMENT_SHADES[d.status],
        }),
      },
      { header: H.owner, width: 18, cell: (d) => text(d.owner) },
      { header: H.location, width: 36, cell: (d) => text(d.location) },
      { header: H.version, width: 10, cell: (d) => text(d.version) },
    ],
    documents.list(db),
  );
}

/** The register as a table in the chosen language, read from the workbook as it is now. */
export function registerTable(db: Db, what: Register, lang: Lang): TableSheet {
  switch (what) {
    case 'gap':
      return gapSheet(db, lang);
    case 'risks':
      return riskSheet(db, lang);
    case 'soa':
      return soaSheet(db, lang);
    case 'actions':
      return actionSheet(db, lang);
    case 'docs':
      return documentSheet(db, lang);
    default:
      return assertNever(what, 'register');
  }
}
