/*
 * What every section builder needs: the data, the language, its strings, and the figures the domain
 * rules derive from the data (scores, readiness, heatmaps, SoA completeness). Computed once per report.
 */
import { CATALOG_GROUPS } from '../catalog/iso42001';
import type { Lang } from '../catalog/types';
import type { Vocabulary } from '../catalog/vocab/vocabulary';
import type { Readiness } from '../domain/readiness';
import { riskHeatmaps, type Heatmap } from '../domain/risk';
import type { Scores } from '../domain/scores';
import { soaCompleteness, type SoaCompleteness } from '../domain/soaCompleteness';
import { readinessOf, scoresOf } from '../domain/workbookFigures';
import { formatDate } from './format';
import type { ReportData } from './input';
import { REPORT_STRINGS, type ReportStrings } from './strings';

export interface ReportContext {
  readonly data: ReportData;
  readonly lang: Lang;
  readonly s: ReportStrings;
  /** The moment of generation as an ISO timestamp, and the report date formatted from it. */
  readonly now: string;
  readonly date: string;
  readonly version: string;
  readonly scores: Scores;
  readonly readiness: Readiness;
  readonly heatmaps: { readonly inherent: Heatmap; readonly residual: Heatmap };
  readonly soa: SoaCompleteness;
  /** Title of a catalogue item in the report language (from the workbook's snapshot). */
  itemTitle(id: string): string;
  /** Title of a clause or Annex A group ('4', 'A.5'). */
  groupTitle(id: string): string;
  /** Label of a vocabulary id in the report language. */
  label<Id extends string | number>(vocabulary: Vocabulary<Id>, id: Id): string;
  /** The text, or '–' when it is blank. */
  orNone(text: string | null | undefined): string;
}

export function createContext(
  data: ReportData,
  options: { lang: Lang; now: string; version: string },
): ReportContext {
  const { lang } = options;
  const s = REPORT_STRINGS[lang];
  const titles = new Map(data.catalog.map((item) => [item.id, item.title[lang]]));
  const groups = new Map(CATALOG_GROUPS.map((group) => [group.id, group.title[lang]]));
  return {
    data,
    lang,
    s,
    now: options.now,
    date: formatDate(options.now, lang),
    version: options.version,
    scores: scoresOf(data),
    readiness: readinessOf(data),
    heatmaps: riskHeatmaps(data.risks),
    soa: soaCompleteness(data.soa),
    itemTitle: (id) => titles.get(id) ?? id,
    groupTitle: (id) => groups.get(id) ?? id,
    label: (vocabulary, id) => vocabulary[id]?.label[lang] ?? String(id),
    orNone: (text) => (text && text.trim() !== '' ? text : s.none),
  };
}
