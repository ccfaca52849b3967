/*
 * The report model: everything a PDF shows, already in the report's language and already computed, as
 * plain data (strings, numbers, arrays). The PDF layer in electron/report only lays it out, so the model
 * can be snapshot-tested, sent to a worker, and rendered the same way twice.
 */
import type { Lang } from '../catalog/types';

export const REPORT_TYPES = ['full', 'summary', 'soa', 'actions', 'minutes'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/**
 * What a value means, not how it looks: the PDF maps each tone to a colour and, so that greyscale
 * prints stay legible, to a pattern or a label.
 */
export type Tone = 'neutral' | 'good' | 'info' | 'warn' | 'bad' | 'critical' | 'muted';

export interface Cell {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
}

export interface Column {
  readonly header: string;
  /** Relative width; the PDF scales the columns of a table to the text width. */
  readonly width: number;
  readonly align?: 'left' | 'right' | 'center';
}

export interface Fact {
  readonly label: string;
  readonly value: string;
}

export interface Kpi {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
  readonly tone: Tone;
}

export interface LegendEntry {
  readonly label: string;
  readonly tone: Tone;
}

/** Current and target maturity (0–5) per axis; null where nothing is assessed yet. */
export interface MaturitySeries {
  readonly label: string;
  readonly title: string;
  readonly current: number | null;
  readonly target: number | null;
}

export interface HeatmapChart {
  readonly title: string;
  /** Likelihood labels, top row first (5 … 1). */
  readonly rowLabels: readonly string[];
  /** Impact labels, left column first (1 … 5). */
  readonly columnLabels: readonly string[];
  readonly cells: readonly (readonly { readonly count: number; readonly tone: Tone }[])[];
  readonly note: string;
}

export interface GanttRow {
  readonly label: string;
  /** Position on the time axis, 0 (axis start) … 1 (axis end). */
  readonly from: number;
  readonly to: number;
  readonly tone: Tone;
  readonly done: boolean;
}

export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'lead' | 'note' }
  | { readonly kind: 'facts'; readonly facts: readonly Fact[] }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'kpis'; readonly items: readonly Kpi[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly Column[];
      readonly rows: readonly (readonly Cell[])[];
      /** Shown instead of an empty table. */
      readonly empty: string;
    }
  | {
      readonly kind: 'radar';
      readonly charts: readonly { readonly title: string; readonly axes: readonly MaturitySeries[] }[];
      readonly legend: readonly LegendEntry[];
    }
  | {
      readonly kind: 'bars';
      readonly title: string;
      readonly bars: readonly MaturitySeries[];
      readonly legend: readonly LegendEntry[];
    }
  | {
      readonly kind: 'heatmaps';
      readonly maps: readonly HeatmapChart[];
      readonly legend: readonly LegendEntry[];
      readonly xAxis: string;
      readonly yAxis: string;
    }
  | {
      readonly kind: 'gantt';
      readonly ticks: readonly { readonly label: string; readonly at: number }[];
      readonly rows: readonly GanttRow[];
      readonly legend: readonly LegendEntry[];
      /** Legend label of the outline bars of done actions. */
      readonly done: string;
      readonly empty: string;
    };

export interface Section {
  /** Stable id, used for bookmarks and the table of contents. */
  readonly id: string;
  /** '1', '2', … or 'A', 'B' for appendices; null for unnumbered front matter. */
  readonly number: string | null;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface ReportModel {
  readonly type: ReportType;
  readonly lang: Lang;
  /** PDF document information. */
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: string;
    /** BCP 47 tag, e.g. 'de-DE'. */
    readonly language: string;
    readonly creator: string;
    /** Moment of generation (ISO timestamp), the PDF's creation date. */
    readonly date: string;
  };
  readonly theme: {
    readonly primary: string;
    readonly accent: string;
    /** Validated images as data URIs; null when not set. */
    readonly firmLogo: string | null;
    readonly clientLogo: string | null;
  };
  /** Running header and footer of every page after the cover. */
  readonly chrome: {
    readonly header: string;
    readonly headerRight: string;
    readonly footer: string;
    readonly confidentiality: string;
    /** 'Seite {page} von {pages}'. */
    readonly pageOf: string;
  };
  readonly cover: {
    readonly kicker: string;
    readonly title: string;
    readonly client: string;
    readonly subtitle: string;
    readonly facts: readonly Fact[];
    readonly firm: string;
    readonly confidentiality: string;
  };
  /** Title of the table of contents, or null for reports without one. */
  readonly contents: string | null;
  readonly sections: readonly Section[];
}
