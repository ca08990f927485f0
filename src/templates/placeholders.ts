import { columnLetter } from "./a1";

/**
 * The formula placeholder language of templates (documented at the top of types.ts): `{key}`, `{key:column}`,
 * `{key:prev}`, `{key:all}`, `{period}` and the title-block names (`{PriceDate}`, `{FxRate}`, ...). A template's
 * formulas name rows, never addresses; this module turns those names into A1 references once the sheet is laid out.
 */

/** Where one section row landed: its sheet row and the value columns that hold a cell (key -> column index). */
export interface PlacedRow {
  row: number;
  cols: Map<string, number>;
  /** The first value column with a cell (shared inputs live there), or -1 when the row has no cells. */
  firstCol: number;
}

/** Everything the resolver needs to know about a laid-out sheet. Columns and rows are 0-based / 1-based as in A1. */
export interface PlaceholderLayout {
  /** Section rows by key. */
  rows: ReadonlyMap<string, PlacedRow>;
  /** Projection rows by key (their sheet row). */
  projectionRows: ReadonlyMap<string, number>;
  projectionHeaderRow: number;
  firstPeriodCol: number;
  lastPeriodCol: number;
  /** Sheet-scoped names of cells, by `${row}|${col}`: a placeholder for a named cell becomes the name. */
  names: ReadonlyMap<string, string>;
  /** Title-block names usable as `{Name}` (they stay names in the formula). */
  titleNames: ReadonlySet<string>;
  /** What {PriceSheet} becomes: the workbook's organisation price sheet, or "" where it has none. */
  priceSheet: string;
  /** What {MoneyText} becomes: the sheet's money format for TEXT() in a sentence, a quoted string ("[$₩-412]#,##0"). */
  moneyText?: string;
}

/** The cell being written: its value column (section rows) or its period column (projection rows), for messages. */
export interface PlaceholderContext {
  colKey?: string;
  periodCol?: number;
  /** Where the formula is, for error messages: "template!C12 (label)". */
  where: string;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z0-9_]+))?\}/g;

const address = (col: number, row: number) => `${columnLetter(col)}${row}`;
const absolute = (col: number, row: number) => `$${columnLetter(col)}$${row}`;

/** Replaces every placeholder of `formula`; throws an Error naming the cell and the placeholder when one is wrong. */
export function resolvePlaceholders(formula: string, layout: PlaceholderLayout, context: PlaceholderContext): string {
  return formula.replace(PLACEHOLDER, (_match, key: string, qualifier: string | undefined) => resolveOne(key, qualifier, layout, context));
}

function resolveOne(key: string, qualifier: string | undefined, layout: PlaceholderLayout, context: PlaceholderContext): string {
  if (qualifier === undefined && layout.titleNames.has(key)) return key;
  // The trailing price_sheet argument: the organisation price sheet's name, or "" (read as omitted) without one.
  if (key === "PriceSheet" && qualifier === undefined) return layout.priceSheet || '""';
  // A sentence that quotes an amount formats it as the sheet's money: TEXT(x,{MoneyText}) reads ₩17,160,885.
  if (key === "MoneyText" && qualifier === undefined && layout.moneyText) return layout.moneyText;
  if (key === "period" && qualifier === undefined) return periodNumberCell(layout, context);
  const projectionRow = layout.projectionRows.get(key);
  if (projectionRow !== undefined) return projectionCell(key, qualifier, projectionRow, layout, context);
  const place = layout.rows.get(key);
  if (!place) throw new Error(`${context.where}: unknown row {${key}}`);
  return sectionCell(key, qualifier, place, layout, context);
}

/** {period}: the period number in the projection header, above the cell being written. */
function periodNumberCell(layout: PlaceholderLayout, context: PlaceholderContext): string {
  if (context.periodCol === undefined) throw new Error(`${context.where}: {period} outside a projection`);
  return address(context.periodCol, layout.projectionHeaderRow);
}

/** {key} (same period), {key:prev} (previous period) or {key:all} (every period) of a projection row. */
function projectionCell(key: string, qualifier: string | undefined, row: number, layout: PlaceholderLayout, context: PlaceholderContext): string {
  if (qualifier === "all") return `${absolute(layout.firstPeriodCol, row)}:${absolute(layout.lastPeriodCol, row)}`;
  // {key:first} / {key:last}: the first or last period's cell, fixed; "{a:first}:{b:last}" spans projection rows a to b.
  if (qualifier === "first") return absolute(layout.firstPeriodCol, row);
  if (qualifier === "last") return absolute(layout.lastPeriodCol, row);
  // {key:all2}: this row and the projection row below it, every period (two rows read in order, e.g. by IRR).
  if (qualifier === "all2") {
    if (![...layout.projectionRows.values()].includes(row + 1)) throw new Error(`${context.where}: {${key}:all2} needs a projection row below ${key}`);
    return `${absolute(layout.firstPeriodCol, row)}:${absolute(layout.lastPeriodCol, row + 1)}`;
  }
  if (context.periodCol === undefined) throw new Error(`${context.where}: {${key}} is a projection row; use {${key}:all}`);
  if (qualifier === "prev") {
    if (context.periodCol <= layout.firstPeriodCol) throw new Error(`${context.where}: {${key}:prev} in the first period`);
    return address(context.periodCol - 1, row);
  }
  if (qualifier !== undefined) throw new Error(`${context.where}: unknown qualifier ${qualifier}`);
  return address(context.periodCol, row);
}

/**
 * {key:column}: that column's cell of a section row. {key}: the cell in the column being written, or else the row's
 * first filled column. Absolute, or the cell's name when it has one.
 */
function sectionCell(key: string, qualifier: string | undefined, place: PlacedRow, layout: PlaceholderLayout, context: PlaceholderContext): string {
  let col: number | undefined;
  if (qualifier !== undefined) {
    col = place.cols.get(qualifier);
    if (col === undefined) throw new Error(`${context.where}: row ${key} has no cell in column ${qualifier}`);
  } else {
    col = (context.colKey !== undefined ? place.cols.get(context.colKey) : undefined) ?? place.firstCol;
  }
  if (col < 0) throw new Error(`${context.where}: row ${key} has no cells`);
  return layout.names.get(`${place.row}|${col}`) ?? absolute(col, place.row);
}
