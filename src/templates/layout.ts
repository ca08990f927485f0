import type { PlacedRow } from "./placeholders";
import { namesOf, type SectionSpec, type SheetSpec } from "./types";

/**
 * Where everything of one sheet goes, decided before any cell is written (formulas may refer to rows further down):
 * the fixed columns, the row of every section row, projection row and header, and the cells that carry names.
 */

/** Rows 1–9 hold the title block (see title-block.ts); row 10 the column headers; sections start below. */
export const TITLE_ROWS = 9;
export const HEADER_ROW = TITLE_ROWS + 1;

export interface PlacedSection {
  section: SectionSpec;
  titleRow: number;
  headerRow?: number;
  /** Sheet row of each of section.rows, in order. */
  rowNumbers: number[];
}

export interface PlacedProjection {
  titleRow: number;
  headerRow: number;
  /** Sheet row of each projection row, by key. */
  rows: Map<string, number>;
}

export interface SheetLayout {
  /** Value column key -> column index (B = 1, C = 2, ...). */
  valueCol: Map<string, number>;
  unitCol: number;
  notesCol: number;
  firstPeriodCol: number;
  /** The last column used: the last period, or the notes column without a projection. */
  lastCol: number;
  sections: PlacedSection[];
  /** Section rows by key. */
  rows: Map<string, PlacedRow>;
  /** Sheet-scoped names of section cells by `${row}|${col}`. */
  names: Map<string, string>;
  projection?: PlacedProjection;
  lastRow: number;
}

/** Lays out a sheet; throws on duplicate row keys, unknown value columns and names on empty cells. */
export function layOutSheet(templateId: string, sheet: SheetSpec): SheetLayout {
  const valueCol = new Map<string, number>();
  sheet.valueColumns.forEach((column, index) => valueCol.set(column.key, 1 + index));
  const unitCol = 1 + sheet.valueColumns.length;
  const notesCol = unitCol + 1;
  const firstPeriodCol = notesCol + 1;
  const lastCol = sheet.projection ? firstPeriodCol + sheet.projection.periods - 1 : notesCol;
  const layout: SheetLayout = { valueCol, unitCol, notesCol, firstPeriodCol, lastCol, sections: [], rows: new Map(), names: new Map(), lastRow: 0 };
  let row = HEADER_ROW + 1;
  for (const section of sheet.sections) {
    const titleRow = row++;
    const headerRow = section.headers || section.table ? row++ : undefined;
    const rowNumbers: number[] = [];
    for (const spec of section.rows) {
      placeRow(templateId, sheet, layout, spec, row);
      rowNumbers.push(row++);
    }
    layout.sections.push({ section, titleRow, headerRow, rowNumbers });
    row++; // blank line between sections
  }
  if (sheet.projection) {
    const projection: PlacedProjection = { titleRow: row++, headerRow: row++, rows: new Map() };
    for (const spec of sheet.projection.rows) {
      if (layout.rows.has(spec.key) || projection.rows.has(spec.key)) throw new Error(`${templateId}: duplicate row key ${spec.key}`);
      projection.rows.set(spec.key, row++);
    }
    row++;
    layout.projection = projection;
  }
  layout.lastRow = row - 1;
  return layout;
}

function placeRow(templateId: string, sheet: SheetSpec, layout: SheetLayout, spec: SectionSpec["rows"][number], row: number): void {
  const place: PlacedRow = { row, cols: new Map(), firstCol: -1 };
  for (const column of sheet.valueColumns) {
    if (spec.values[column.key] === undefined) continue;
    const col = layout.valueCol.get(column.key) as number;
    place.cols.set(column.key, col);
    if (place.firstCol < 0) place.firstCol = col;
  }
  for (const key of Object.keys(spec.values)) if (!layout.valueCol.has(key)) throw new Error(`${templateId}: row "${spec.label}" uses unknown column ${key}`);
  for (const [colKey, names] of Object.entries(spec.names ?? {})) {
    const col = place.cols.get(colKey);
    if (col === undefined) throw new Error(`${templateId}: name ${namesOf(names).join(", ")} on an empty cell`);
    if (namesOf(names).length === 0) throw new Error(`${templateId}: row "${spec.label}" gives a cell an empty list of names`);
    layout.names.set(`${row}|${col}`, namesOf(names)[0]);
  }
  if (spec.key) {
    if (layout.rows.has(spec.key)) throw new Error(`${templateId}: duplicate row key ${spec.key}`);
    layout.rows.set(spec.key, place);
  }
}

/** The column index of a value column key; an unknown key is an error naming the template. */
export function valueColumn(templateId: string, layout: SheetLayout, colKey: string): number {
  const col = layout.valueCol.get(colKey);
  if (col === undefined) throw new Error(`${templateId}: unknown column ${colKey}`);
  return col;
}
