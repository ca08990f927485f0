import { cellAddress, parseAddress } from "./a1";
import type { RenderedSheet } from "./types";

/**
 * Which cells of a sheet laid out before are the analyst's, and where each goes when the sheet is laid out again
 * (a refresh in place: new months and lines add rows, so rows below them move down). Pure.
 *
 * Rows are matched by their label (column A), in order: the new layout is the old one with rows added (new lines,
 * months, teams, currencies), so each old labelled row finds its new row by the next occurrence of its label. Then:
 * - a matched row: its cells where the new layout writes nothing are the analyst's (a note typed beside a line, or
 *   in a gap of the block); the rest are the template's and are laid out again;
 * - a row without a label (a gap before a section, a note under the block) keeps its distance to the next matched
 *   row below it (under the block: to the last one above it): all its cells are the analyst's;
 * - a labelled row inside the old block that the new layout no longer has (a line whose month was imported again
 *   without it): its cells are the template's, except those right of the block (the analyst's, kept at the row's
 *   distance to the next matched row). Under the old block every row is the analyst's, labelled or not. A label the
 *   analyst types into a gap row inside the block reads as a dropped row: only its cells right of the block are kept.
 */
export interface CarriedCell {
  /** A1 address on the laid-out sheet. */
  address: string;
  /** The formula or value as Excel's `formulas` gives it. */
  formula: unknown;
}

/** A label as both sides spell it: the leading apostrophe of a plain-text value is Excel's mark, not the text. */
const labelOf = (value: unknown) => (value === null || value === undefined ? "" : String(value).replace(/^'/, "").trim());
const isEmpty = (value: unknown) => value === "" || value === null || value === undefined;

/**
 * @param oldFormulas the old used range's formulas
 * @param oldAddress the old used range's address ("A1:AG82", sheet prefix allowed)
 * @param laidOut the sheet as it will be laid out now
 */
export function carriedCells(oldFormulas: unknown[][], oldAddress: string, laidOut: RenderedSheet): CarriedCell[] {
  const origin = parseAddress(oldAddress.replace(/^.*!/, ""));
  if (!origin) return [];
  const block = parseAddress(laidOut.usedRange) ?? { top: 0, left: 0, bottom: -1, right: -1 };
  const written = new Set<string>();
  const labels = new Map<number, string>();
  for (const cell of laidOut.cells) {
    const ref = parseAddress(cell.address);
    if (!ref) continue;
    written.add(`${ref.top},${ref.left}`);
    if (ref.left === 0) labels.set(ref.top, labelOf(cell.formula ?? cell.value));
  }
  const newRows = [...labels.entries()].filter(([, label]) => label !== "").sort((a, b) => a[0] - b[0]);

  // labelled rows matched in order: old row → new row (null: the new layout no longer has it)
  const matches: (number | null | undefined)[] = [];
  let searchFrom = 0;
  oldFormulas.forEach((row, r) => {
    const label = origin.left === 0 ? labelOf(row[0]) : "";
    if (label === "") return;
    const at = newRows.findIndex(([, l], i) => i >= searchFrom && l === label);
    if (at >= 0) searchFrom = at + 1;
    matches[r] = at >= 0 ? newRows[at][0] : null;
  });
  const matchedRows = matches.flatMap((target, r) => (typeof target === "number" ? [{ old: origin.top + r, new: target }] : []));
  // under the old block (after its last matched row) a label is the analyst's own text, not a row the layout dropped
  const lastMatched = matchedRows.length > 0 ? matchedRows[matchedRows.length - 1].old - origin.top : -1;
  matches.forEach((target, r) => {
    if (target === null && r > lastMatched) matches[r] = undefined;
  });
  // an unlabelled row (a gap before a section, a note under the block) keeps its distance to the next matched row
  // below it, or, under the block, to the last one above it
  const targetOf = (oldRow: number): number => {
    const next = matchedRows.find((m) => m.old > oldRow);
    const previous = [...matchedRows].reverse().find((m) => m.old < oldRow) ?? { old: -1, new: -1 };
    return next ? next.new - (next.old - oldRow) : previous.new + (oldRow - previous.old);
  };

  const carried: CarriedCell[] = [];
  oldFormulas.forEach((row, r) => {
    const match = matches[r];
    const target = typeof match === "number" ? match : targetOf(origin.top + r);
    row.forEach((formula, c) => {
      if (isEmpty(formula)) return;
      const col = origin.left + c;
      if (match === null && col <= block.right) return; // a row the layout dropped: the template's cells go with it
      if (written.has(`${target},${col}`)) return; // the template's cell, laid out again
      carried.push({ address: cellAddress(target, col), formula });
    });
  });
  return carried;
}
