/** A1 addresses for the Excel double: the add-in's own parser and printer (src/templates/a1.ts), one copy of each. */
export { cellAddress, columnIndex, columnLetter as columnLetters, MAX_COLS, MAX_ROWS, parseAddress, quoteSheet, rangeAddress } from "../../src/templates/a1";
export type { CellRef, RangeRef } from "../../src/templates/a1";
