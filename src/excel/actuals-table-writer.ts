import { columnIndex, columnLetter } from "../templates/a1";
import { ACTUALS_COLUMNS, ACTUALS_FORMATS, ACTUALS_HEADERS, ACTUALS_HEADERS_BEFORE_BILL, ACTUALS_SHEET, ACTUALS_TABLE, BILL_COLUMN_DEFAULTS, asWritten, mergeActuals, type TableCell } from "../templates/actuals-table";

/**
 * Writes imported rows into the `LlmcostActuals` table through Office.js. It touches only the table's own columns:
 * cells beside it (the analyst's notes, lookups) are never written. Round trips: 1) find the table, 2) read its
 * rows (when it exists; a range of a null table is not readable), 3) write.
 */
export interface ActualsWriteResult {
  sheet: string;
  /** Table address after the write, e.g. 'LLMCOST Actuals'!A1:Q12. */
  address: string;
  written: number;
  replaced: number;
  total: number;
}

export class ActualsTableError extends Error {}

function parseTableAddress(address: string): { sheet: string; left: number; top: number; rows: number } {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!match) throw new ActualsTableError(`Unexpected table address ${address}.`);
  const top = Number(match[4]);
  return { sheet: (match[1] ?? match[2]).replace(/''/g, "'"), left: columnIndex(match[3]), top, rows: Number(match[6] ?? top) - top + 1 };
}

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const width = ACTUALS_HEADERS.length;

export async function writeActualsTable(context: Excel.RequestContext, imported: TableCell[][], source: string): Promise<ActualsWriteResult> {
  const workbook = context.workbook;
  // Round trip 1: what exists.
  const table = workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
  const sheet = workbook.worksheets.getItemOrNullObject(ACTUALS_SHEET);
  const names = workbook.names;
  names.load("items/name");
  await context.sync();

  let place: { sheet: string; left: number; top: number; rows: number };
  let existing: TableCell[][] = [];
  let target: Excel.Worksheet;
  if (table.isNullObject) {
    target = sheet.isNullObject ? workbook.worksheets.add(ACTUALS_SHEET) : sheet;
    place = { sheet: ACTUALS_SHEET, left: 0, top: 1, rows: 0 };
  } else {
    const tableRange = table.getRange();
    tableRange.load("address, values");
    // A table written before the bill's columns is widened in place: the cells it grows into must be empty.
    const growInto = tableRange.getColumnsAfter(width - ACTUALS_HEADERS_BEFORE_BILL.length);
    growInto.load("values");
    await context.sync();
    place = parseTableAddress(tableRange.address);
    const [header, ...data] = tableRange.values as TableCell[][];
    const same = (headers: readonly string[]) => header.length === headers.length && header.every((cell, i) => String(cell).trim() === headers[i]);
    if (same(ACTUALS_HEADERS_BEFORE_BILL)) {
      if ((growInto.values as TableCell[][]).some((row) => row.some((cell) => cell !== "" && cell !== null))) {
        throw new ActualsTableError(`The ${ACTUALS_TABLE} table gains ${width - header.length} columns for the bill (${ACTUALS_HEADERS.slice(header.length).join(", ")}); the ${width - header.length} columns to its right are not empty: move what is there, then import again. Nothing was written.`);
      }
      existing = data.map((row) => [...row, ...BILL_COLUMN_DEFAULTS]);
    } else if (!same(ACTUALS_HEADERS)) {
      throw new ActualsTableError(`The ${ACTUALS_TABLE} table's columns are not ${ACTUALS_HEADERS.join(", ")}; rename or remove it, then import again. Nothing was written.`);
    } else existing = data;
    target = workbook.worksheets.getItem(place.sheet);
    table.convertToRange();
  }
  const { rows, replaced } = mergeActuals(existing, imported, source);

  // Last round trip: header and rows (formats first, so that dates and counts show as such), leftovers cleared.
  const left = columnLetter(place.left);
  const right = columnLetter(place.left + width - 1);
  const first = place.top + 1;
  const last = place.top + rows.length;
  const header = target.getRange(`${left}${place.top}:${right}${place.top}`);
  header.values = [ACTUALS_HEADERS.map(asWritten)];
  header.format.font.bold = true;
  if (rows.length > 0) {
    const body = target.getRange(`${left}${first}:${right}${last}`);
    body.numberFormat = rows.map(() => ACTUALS_COLUMNS.map((column) => ACTUALS_FORMATS[column.kind]));
    body.values = rows.map((row) => row.map(asWritten)) as never;
  }
  const oldLast = place.top + place.rows - 1;
  if (oldLast > last) target.getRange(`${left}${last + 1}:${right}${oldLast}`).clear("All");
  const added = target.tables.add(`${left}${place.top}:${right}${Math.max(last, first)}`, true);
  added.name = ACTUALS_TABLE;
  added.style = "TableStyleLight9";
  // Widths only when the table is new: afterwards they are the analyst's.
  if (table.isNullObject) target.getRange(`${left}${place.top}:${right}${Math.max(last, first)}`).format.autofitColumns();
  queueNames(workbook, names, place.sheet, place.left, first, Math.max(last, first));
  await context.sync();
  return { sheet: place.sheet, address: `${quote(place.sheet)}!${left}${place.top}:${right}${Math.max(last, first)}`, written: imported.length, replaced, total: rows.length };
}

/** Points each column's workbook name at the column's data (created on the first import, moved on every other). */
function queueNames(workbook: Excel.Workbook, names: Excel.NamedItemCollection, sheet: string, left: number, first: number, last: number): void {
  const existing = new Set(names.items.map((item) => item.name.toLowerCase()));
  ACTUALS_COLUMNS.forEach((column, i) => {
    if (!column.name) return;
    const letter = columnLetter(left + i);
    const formula = `=${quote(sheet)}!$${letter}$${first}:$${letter}$${last}`;
    if (existing.has(column.name.toLowerCase())) workbook.names.getItem(column.name).formula = formula;
    else workbook.names.add(column.name, formula);
  });
}

/** Excel.run wrapper for the pane. */
export function importIntoWorkbook(imported: TableCell[][], source: string): Promise<ActualsWriteResult> {
  return Excel.run((context) => writeActualsTable(context, imported, source));
}
