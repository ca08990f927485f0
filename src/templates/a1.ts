/**
 * A1 addresses, the one parser and printer of them: shared by the template writer, the task pane, the Excel double and
 * the tests (0-based row and column indexes).
 */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "aa" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellRef {
  row: number; // 0-based
  col: number; // 0-based
}

export interface RangeRef {
  /** Sheet name when the address named one ("Sheet 1!A1"), unquoted. */
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function rangeAddress(ref: RangeRef, absolute = false): string {
  const wholeCols = ref.top === 0 && ref.bottom === MAX_ROWS - 1;
  const wholeRows = ref.left === 0 && ref.right === MAX_COLS - 1;
  const d = absolute ? "$" : "";
  if (wholeCols && !wholeRows) return `${d}${columnLetter(ref.left)}:${d}${columnLetter(ref.right)}`;
  if (wholeRows && !wholeCols) return `${d}${ref.top + 1}:${d}${ref.bottom + 1}`;
  const first = cellAddress(ref.top, ref.left, absolute);
  if (ref.top === ref.bottom && ref.left === ref.right) return first;
  return `${first}:${cellAddress(ref.bottom, ref.right, absolute)}`;
}

/** Quotes a sheet name for a formula or address when Excel would ('My Sheet'!A1). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^(R|C|RC)$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function part(text: string): { row?: number; col?: number } | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COL.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** Parses "A1", "$A$1:B2", "A:C", "3:5", "Sheet1!A1", "'My Sheet'!A1:B2". Null when it is not an address. */
export function parseAddress(address: string): RangeRef | null {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const pieces = text.split(":");
  if (pieces.length > 2 || pieces.some((p) => p === "")) return null;
  const a = part(pieces[0]);
  const b = pieces.length === 2 ? part(pieces[1]) : a;
  if (!a || !b) return null;
  const aCell = a.row !== undefined && a.col !== undefined;
  const bCell = b.row !== undefined && b.col !== undefined;
  let ref: RangeRef;
  if (aCell && bCell) {
    ref = { top: Math.min(a.row!, b.row!), bottom: Math.max(a.row!, b.row!), left: Math.min(a.col!, b.col!), right: Math.max(a.col!, b.col!) };
  } else if (pieces.length === 2 && a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    ref = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
  } else if (pieces.length === 2 && a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    ref = { left: 0, right: MAX_COLS - 1, top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row) };
  } else return null;
  if (ref.bottom >= MAX_ROWS || ref.right >= MAX_COLS) return null;
  return sheet === undefined ? ref : { ...ref, sheet };
}
