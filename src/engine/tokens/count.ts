import { invalidValue } from "../errors";
import type { Tokenizer } from "./loader";

/**
 * Counting the tokens of cells. A cell counts as the text an analyst would paste from it: text as it is, a number as
 * Excel shows it in the General format (15 significant digits, 1E+21 style exponents), TRUE/FALSE, and an empty cell
 * as 0 tokens. A date is its serial number (format it with TEXT() first to count the date as shown).
 */

/** The text of one cell value; "" for an empty cell. Throws #VALUE! for anything that is not a cell value. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidValue("errors.textNotFinite");
    // Excel keeps 15 significant digits: 0.1+0.2 shows as 0.3, not 0.30000000000000004.
    return String(Number(value.toPrecision(15))).replace("e", "E");
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  throw invalidValue("errors.textNotCountable");
}

/** Tokens in one cell value. */
export function countCell(tokenizer: Tokenizer, value: unknown): number {
  const text = cellText(value);
  return text === "" ? 0 : tokenizer.count(text);
}

/** Tokens in a single value or a range (a 2-D array, any nesting): the total over its cells. */
export function countTokensIn(tokenizer: Tokenizer, values: unknown): number {
  if (!Array.isArray(values)) return countCell(tokenizer, values);
  let total = 0;
  for (const item of values) total += Array.isArray(item) ? countTokensIn(tokenizer, item) : countCell(tokenizer, item);
  return total;
}

export interface SampleCellCount {
  /** Zero-based position in the range. */
  row: number;
  column: number;
  tokens: number;
  /** The first characters of the cell, for the list in the task pane. */
  preview: string;
}

export interface SampleSummary {
  /** Non-empty cells only, in reading order (row by row). */
  cells: SampleCellCount[];
  total: number;
  nonEmptyCells: number;
  /** Total ÷ non-empty cells; 0 when every cell is empty. */
  averagePerCell: number;
}

/** Per-cell counts, total and average per non-empty cell of a block of sample prompts or answers. */
export function summarizeSample(tokenizer: Tokenizer, values: readonly (readonly unknown[])[], previewLength = 40): SampleSummary {
  const cells: SampleCellCount[] = [];
  let total = 0;
  values.forEach((rowValues, row) =>
    rowValues.forEach((value, column) => {
      const text = cellText(value);
      if (text === "") return;
      const tokens = tokenizer.count(text);
      total += tokens;
      const flat = text.replace(/\s+/g, " ").trim();
      cells.push({ row, column, tokens, preview: flat.length > previewLength ? `${flat.slice(0, previewLength - 1)}…` : flat });
    }),
  );
  return { cells, total, nonEmptyCells: cells.length, averagePerCell: cells.length === 0 ? 0 : total / cells.length };
}
