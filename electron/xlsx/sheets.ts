import type ExcelJS from 'exceljs';

/** Traffic-light fills (ARGB) for risk bands and gaps; Excel's own "good / neutral / bad" tones. */
const SHADES = {
  low: 'FFC6EFCE',
  medium: 'FFFFEB9C',
  high: 'FFF8CBAD',
  critical: 'FFFFA7A7',
} as const;
export type Shade = keyof typeof SHADES;

export interface CellContent {
  readonly value: string | number | null;
  readonly shade?: Shade;
}

export interface TableColumn {
  readonly header: string;
  readonly width: number;
  /** Labels offered as a dropdown in every row of the column. */
  readonly list?: readonly string[];
}

export interface TableSheet {
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly CellContent[])[];
}

/** Rows below the data that keep their dropdowns, so the client can add entries in the same style. */
const SPARE_ROWS = 50;

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** '#1F3A5F' → 'FF1F3A5F'. */
export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * A very hidden sheet holding the dropdown lists: list validations that point at cells have no length
 * limit and survive commas in labels, which an inline list does not. Identical lists share a column.
 * The sheet is added on first use, so it comes after the sheets that use it.
 */
export class ListsSheet {
  private sheet: ExcelJS.Worksheet | undefined;
  private readonly refs = new Map<string, string>();

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly name: string,
  ) {}

  ref(values: readonly string[]): string {
    const key = JSON.stringify(values);
    let ref = this.refs.get(key);
    if (!ref) {
      const sheet = (this.sheet ??= this.workbook.addWorksheet(this.name, { state: 'veryHidden' }));
      const column = sheet.getColumn(this.refs.size + 1);
      values.forEach((value, i) => (sheet.getCell(i + 1, column.number).value = value));
      ref = `'${this.name}'!$${column.letter}$1:$${column.letter}$${values.length}`;
      this.refs.set(key, ref);
    }
    return ref;
  }
}

export function listValidation(ref: string, error?: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [ref],
    showErrorMessage: true,
    ...(error ? { error } : {}),
  };
}

/**
 * Puts a validation on a column's rows as one range. Set cell by cell, exceljs merges the cells into
 * ranges after sorting their addresses as text (E10 before E2) and writes overlapping ranges, which
 * Excel then offers to "repair". The range API it uses internally is not in its typings.
 */
export function validateColumn(
  sheet: ExcelJS.Worksheet,
  range: { column: number; from: number; to: number },
  validation: ExcelJS.DataValidation,
): void {
  const letter = sheet.getColumn(range.column).letter;
  const validations = (
    sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(`${letter}${range.from}:${letter}${range.to}`, validation);
}

/** A styled heading row: bold white on the firm's colour, wrapped, frozen with the first column. */
export function styleHeader(sheet: ExcelJS.Worksheet, headerColor: string): void {
  const header = sheet.getRow(1);
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = fill(headerColor);
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}

/** Writes a register as a formatted table: heading, widths, wrapped cells, shades, dropdowns, filter. */
export function addTable(
  workbook: ExcelJS.Workbook,
  table: TableSheet,
  options: { headerColor: string; lists: ListsSheet },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.name, {
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  styleHeader(sheet, options.headerColor);
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((cell) => cell.value));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.alignment = { wrapText: true, vertical: 'top' };
      const shade = cells[col - 1]?.shade;
      if (shade) cell.fill = fill(SHADES[shade]);
    });
  }
  table.columns.forEach((column, i) => {
    if (!column.list) return;
    const to = table.rows.length + 1 + SPARE_ROWS;
    validateColumn(sheet, { column: i + 1, from: 2, to }, listValidation(options.lists.ref(column.list)));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return sheet;
}

/** The first sheet: what this is, for whom, as of when, and from which catalogue. */
export function addCover(
  workbook: ExcelJS.Workbook,
  cover: { name: string; title: string; lines: [string, string][] },
): void {
  const sheet = workbook.addWorksheet(cover.name);
  sheet.columns = [{ width: 28 }, { width: 90 }];
  const title = sheet.getCell('A1');
  title.value = cover.title;
  title.font = { bold: true, size: 16 };
  cover.lines.forEach(([label, value], i) => {
    const row = sheet.getRow(i + 3);
    row.values = [label, value];
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  });
}
