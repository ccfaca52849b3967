/*
 * Page planning. react-pdf lays out one long flowing <Page> in worse than linear time (1,000 table rows
 * in one page: 23.5 s; in pages of 50 rows: 4.2 s), so each section is cut into <Page> elements of about
 * one printed page each, at places where a page would break anyway. Heights are estimated from the real
 * font metrics; the estimate errs on the large side, so a planned page leaves a little room at the bottom
 * rather than spilling two lines onto an otherwise empty page. Content taller than a page (a 5,000-
 * character note) still flows on inside its <Page>, with the table header repeated.
 */
import type { Block, Cell, Column, GanttRow, Section } from '../../shared/report/model';
import { HEADING_KEEP, FACT_LABEL_SHARE } from './blocks/TextBlocks';
import { CELL_PAD_X, CELL_PAD_Y, columnShares, HEADER_SIZE } from './blocks/Table';
import { BAR_ROW } from './charts/Bars';
import { GANTT_AXIS, GANTT_ROW } from './charts/Gantt';
import { HEATMAPS_HEIGHT } from './charts/Heatmaps';
import { RADAR_HEIGHT } from './charts/Radar';
import type { Measure } from './measure';
import { TEXT_HEIGHT, TEXT_WIDTH, TYPE } from './theme';

type TableBlock = Extract<Block, { kind: 'table' }>;
type GanttBlock = Extract<Block, { kind: 'gantt' }>;

export type Piece =
  | { readonly kind: 'block'; readonly block: Block }
  | {
      readonly kind: 'table';
      readonly block: TableBlock;
      readonly start: number;
      readonly rows: readonly (readonly Cell[])[];
      readonly heights: readonly number[];
    }
  | {
      readonly kind: 'gantt';
      readonly block: GanttBlock;
      readonly rows: readonly GanttRow[];
      readonly last: boolean;
    };

export interface PlannedPage {
  readonly section: Section;
  /** The first page of its section carries the section title, the bookmark and the contents marker. */
  readonly first: boolean;
  readonly pieces: readonly Piece[];
}

/** Share of the text block a planned page may fill; the rest absorbs estimation error. */
const FILL = 0.97;
const CAPACITY = TEXT_HEIGHT * FILL;
export const SECTION_TITLE_HEIGHT = 46;
const HEADING_HEIGHT = 36;
const LEGEND = 18;

const line = (size: number, leading: number) => size * leading;

/** Estimated heights of table rows and of the header row. */
function tableHeights(measure: Measure, columns: readonly Column[], rows: readonly (readonly Cell[])[]) {
  const widths = columnShares(columns).map((share) => share * TEXT_WIDTH - 2 * CELL_PAD_X);
  const header =
    Math.max(...columns.map((c, i) => measure.lines(c.header, widths[i]!, HEADER_SIZE, true))) *
      line(HEADER_SIZE, 1.25) +
    2 * (CELL_PAD_Y + 0.6);
  const row = (cells: readonly Cell[]) =>
    Math.max(
      1,
      ...cells.map((cell, i) =>
        measure.lines(
          cell.text,
          widths[i]! - (cell.tone && cell.tone !== 'neutral' ? 9 : 0),
          TYPE.table.size,
          cell.bold,
        ),
      ),
    ) *
      line(TYPE.table.size, TYPE.table.leading) +
    2 * CELL_PAD_Y +
    0.5;
  return { header, rows: rows.map(row) };
}

/** Height of a block that is never split across planned pages. */
function blockHeight(measure: Measure, block: Block): number {
  const body = line(TYPE.body.size, TYPE.body.leading);
  switch (block.kind) {
    case 'heading':
      return HEADING_HEIGHT;
    case 'paragraph':
      if (block.style === 'lead') return measure.lines(block.text, TEXT_WIDTH, 10.5) * line(10.5, 1.45) + 10;
      if (block.style === 'note')
        return measure.lines(block.text, TEXT_WIDTH - 10, 8, false) * line(8, 1.4) + 8;
      return measure.lines(block.text, TEXT_WIDTH, TYPE.body.size) * body + 8;
    case 'facts':
      return (
        block.facts.reduce(
          (sum, fact) =>
            sum +
            Math.max(
              measure.lines(fact.label, FACT_LABEL_SHARE * TEXT_WIDTH - 8, TYPE.table.size, true) *
                line(TYPE.table.size, 1.2),
              measure.lines(fact.value, (1 - FACT_LABEL_SHARE) * TEXT_WIDTH, TYPE.body.size - 0.5) *
                line(TYPE.body.size - 0.5, 1.4),
            ) +
            5.5,
          0,
        ) + 8
      );
    case 'bullets':
      return (
        block.items.reduce(
          (sum, item) => sum + measure.lines(item, TEXT_WIDTH - 12, TYPE.body.size) * body + 3,
          0,
        ) + 8
      );
    case 'kpis': {
      const width = (TEXT_WIDTH - 6 * (block.items.length - 1)) / Math.max(1, block.items.length) - 14;
      const detail = Math.max(1, ...block.items.map((k) => measure.lines(k.detail, width, TYPE.small.size)));
      return 50 + detail * line(TYPE.small.size, 1.3);
    }
    case 'radar':
      return RADAR_HEIGHT;
    case 'bars':
      return (
        block.bars.reduce(
          (sum, bar) =>
            sum +
            Math.max(
              BAR_ROW,
              measure.lines(`${bar.label}  ${bar.title}`, 0.36 * TEXT_WIDTH - 6, 7.5) * line(7.5, 1.25),
            ),
          0,
        ) +
        10 +
        LEGEND +
        6
      );
    case 'heatmaps':
      return HEATMAPS_HEIGHT;
    case 'table': {
      const heights = tableHeights(measure, block.columns, block.rows);
      return heights.header + heights.rows.reduce((a, b) => a + b, 0) + 10;
    }
    case 'gantt':
      return GANTT_AXIS + block.rows.length * GANTT_ROW + LEGEND + 8;
  }
}

/** How much of a block must fit below a heading so the heading is not left alone at the foot of a page. */
function leadingHeight(measure: Measure, block: Block): number {
  switch (block.kind) {
    case 'table': {
      if (block.rows.length === 0) return blockHeight(measure, block);
      const heights = tableHeights(measure, block.columns, block.rows.slice(0, 1));
      return heights.header + Math.min(heights.rows[0] ?? 0, CAPACITY / 3);
    }
    case 'gantt':
      return block.rows.length > 0 ? GANTT_AXIS + GANTT_ROW : blockHeight(measure, block);
    case 'paragraph':
    case 'bullets':
    case 'facts':
      return Math.min(blockHeight(measure, block), HEADING_KEEP);
    default:
      return Math.min(blockHeight(measure, block), CAPACITY);
  }
}

/** Cuts one section into planned pages. */
export function planSection(section: Section, measure: Measure): PlannedPage[] {
  const pages: PlannedPage[] = [];
  let pieces: Piece[] = [];
  let used = SECTION_TITLE_HEIGHT;
  const newPage = () => {
    pages.push({ section, first: pages.length === 0, pieces });
    pieces = [];
    used = 0;
  };
  /** Starts a new page unless this one is empty or `height` still fits. */
  const ensure = (height: number) => {
    if (pieces.length > 0 && used + height > CAPACITY) newPage();
  };

  section.blocks.forEach((block, index) => {
    const next = section.blocks[index + 1];
    if (block.kind === 'heading') {
      // A heading only goes where some of what follows fits below it.
      const following = next ? leadingHeight(measure, next) : 0;
      ensure(HEADING_HEIGHT + following);
      pieces.push({ kind: 'block', block });
      used += HEADING_HEIGHT;
    } else if (block.kind === 'table' && block.rows.length > 0) {
      const heights = tableHeights(measure, block.columns, block.rows);
      let start = 0;
      let slice: number[] = [];
      const flush = () => {
        if (slice.length === 0) return;
        pieces.push({
          kind: 'table',
          block,
          start,
          rows: block.rows.slice(start, start + slice.length),
          heights: slice,
        });
        start += slice.length;
        slice = [];
      };
      heights.rows.forEach((height, r) => {
        const needed = (slice.length === 0 ? heights.header : 0) + height;
        if (used + needed > CAPACITY && (slice.length > 0 || pieces.length > 0)) {
          flush();
          newPage();
        }
        slice.push(height);
        used += (slice.length === 1 ? heights.header : 0) + height;
        // A row taller than a page flows on inside this <Page>; count only what lands on its last page.
        if (used > TEXT_HEIGHT) used = (used % TEXT_HEIGHT) + heights.header;
        if (r === heights.rows.length - 1) used += 10;
      });
      flush();
    } else if (block.kind === 'gantt' && block.rows.length > 0) {
      let rows: GanttRow[] = [];
      // Roadmap labels hold one line, so every row has the same height.
      block.rows.forEach((row) => {
        const height = GANTT_ROW;
        if (
          used + (rows.length === 0 ? GANTT_AXIS : 0) + height > CAPACITY &&
          (rows.length > 0 || pieces.length > 0)
        ) {
          if (rows.length > 0) pieces.push({ kind: 'gantt', block, rows, last: false });
          rows = [];
          newPage();
        }
        if (rows.length === 0) used += GANTT_AXIS;
        rows.push(row);
        used += height;
      });
      pieces.push({ kind: 'gantt', block, rows, last: true });
      used += LEGEND + 8;
    } else {
      const height = blockHeight(measure, block);
      ensure(height);
      pieces.push({ kind: 'block', block });
      used += height;
      if (used > TEXT_HEIGHT) used %= TEXT_HEIGHT;
    }
  });
  newPage();
  return pages;
}
