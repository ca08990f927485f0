/**
 * Names for the input cells a template does not name itself (issue 22: "every input cell has a name, sheet-scoped", so
 * that an analyst can point a formula or a data table at any input by name). The name is the row's key and the value
 * column's key in the style of the names the templates give by hand (MonthlyCost_Catalog, FineTuneCost_SelfHost):
 * row "tokensPerSentence" in column "guide" is `TokensPerSentence_Guide`. These are extra names only: the sheet's own
 * formulas keep their cell addresses (a template's formulas, and their length, do not change).
 */

/** An input cell waiting for its name: the row and column keys it is made from, and where the cell is. */
export interface InputNameCandidate {
  rowKey: string;
  columnKey: string;
  col: number;
  row: number;
}

/** Column keys whose name part is not the key with a capital (the templates' own names say SelfHost). */
const COLUMN_WORDS: Record<string, string> = { selfhost: "SelfHost" };

const pascal = (key: string) =>
  key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");

/**
 * `TokensPerSentence_Guide` for row "tokensPerSentence" in column "guide"; a row key that begins like a cell address
 * (budget-vs-actual's lines B1, L2, MM1) is put after "Line", since Excel refuses a name that starts as an address.
 */
export function inputName(rowKey: string, columnKey: string): string {
  const row = pascal(rowKey);
  return `${/^[A-Za-z]{1,3}\d/.test(row) ? `Line${row}` : row}_${COLUMN_WORDS[columnKey] ?? pascal(columnKey)}`;
}

/**
 * Whether Excel and HyperFormula both take the text as a defined name: letters, digits and underscores, a letter
 * first; not letters then digits only (HyperFormula reads "Price2" as a cell of column PRICE, having more columns than
 * Excel); not starting as an A1 address ("B1_Month") or in R1C1 form ("R", "C", "RC", "R1C1").
 */
export function isUsableName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,254}$/.test(name) || /^[A-Za-z]+\d+$/.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d/.test(name) && !/^[RrCc]\d*([RrCc]\d*)?(_|$)/.test(name);
}

/**
 * The candidates that get their name: a usable name not already on the sheet (any case), and not a word any formula on
 * the sheet reads (a sheet-scoped name would shadow a workbook name of the same spelling on this sheet).
 */
export function inputNamesToAdd(candidates: InputNameCandidate[], taken: Iterable<string>, formulas: Iterable<string>): { name: string; col: number; row: number }[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const words = new Set<string>();
  for (const formula of formulas) for (const word of formula.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? []) words.add(word.toLowerCase());
  const out: { name: string; col: number; row: number }[] = [];
  for (const c of candidates) {
    const name = inputName(c.rowKey, c.columnKey);
    const key = name.toLowerCase();
    if (!isUsableName(name) || used.has(key) || words.has(key)) continue;
    used.add(key);
    out.push({ name, col: c.col, row: c.row });
  }
  return out;
}
