import { NotEvaluated, callModel, callPriceDate, costCallsIn, costOfCallAt, evaluateArgument, type Reference } from "../engine";
import { cellAddress, parseAddress } from "../templates/a1";

/**
 * What the open workbook's LLMCOST cost formulas would show if each sheet's price date moved to today: read-only (two
 * round trips, nothing written), for the pane's price-change view. Each cost cell is priced again by the engine with
 * its own arguments, read from the workbook's values; a cell whose value is not simply its call times other factors,
 * or whose arguments use other functions, is counted as not repriced, never guessed.
 */

export interface CostCellChange {
  /** "B20" on its sheet. */
  address: string;
  /** The row's label (column A), "" where it has none. */
  label: string;
  model: string;
  priceDate: string;
  /** The cell's value now and at today's prices (the cell's own unit and currency). */
  before: number;
  after: number;
}

export interface SheetPriceDates {
  sheet: string;
  /** Price dates the sheet's cost formulas pin (ISO), in order; empty when none pins one. */
  priceDates: string[];
  /** Models the sheet's LLMCOST cost formulas use. */
  models: string[];
  cells: CostCellChange[];
  /** Cost cells that cannot be repriced here (other functions, sums, errors) or pin no date. */
  notRepriced: number;
}

interface SheetValues {
  name: string;
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
}

type NameFormulas = { workbook: Map<string, string>; sheets: Map<string, Map<string, string>> };

/** A reference's value: a cell's value, a range's values (2-D), or what a name's formula evaluates to. */
function resolver(sheets: Map<string, SheetValues>, names: NameFormulas, here: string): (ref: Reference) => unknown {
  const resolve = (ref: Reference, sheetName: string, depth: number): unknown => {
    if (depth > 8) throw new NotEvaluated("names refer to each other");
    if (ref.kind === "name") {
      const key = ref.name.toUpperCase();
      const formula = names.sheets.get(sheetName.toUpperCase())?.get(key) ?? names.workbook.get(key);
      if (formula === undefined) throw new NotEvaluated(ref.name);
      return evaluateArgument(formula.replace(/^=/, ""), (inner) => resolve(inner, sheetName, depth + 1));
    }
    const target = sheets.get((ref.sheet ?? sheetName).toUpperCase());
    const range = parseAddress(ref.address);
    if (!target || !range) throw new NotEvaluated(ref.address);
    const at = (row: number, col: number) => target.values[row - target.top]?.[col - target.left] ?? "";
    if (range.top === range.bottom && range.left === range.right) return at(range.top, range.left);
    const rows: unknown[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: unknown[] = [];
      for (let c = range.left; c <= range.right; c++) row.push(at(r, c));
      rows.push(row);
    }
    return rows;
  };
  return (ref) => resolve(ref, here, 0);
}

/** The text in column A of the cell's row (templates label their rows there); "" for a cell in column A or no text. */
function rowLabel(sheet: SheetValues, r: number, c: number): string {
  const label = sheet.left === 0 && c > 0 ? sheet.values[r]?.[0] : undefined;
  return typeof label === "string" ? label : "";
}

function reviewSheet(sheet: SheetValues, sheets: Map<string, SheetValues>, names: NameFormulas, today: string): SheetPriceDates | null {
  const resolve = resolver(sheets, names, sheet.name);
  const review: SheetPriceDates = { sheet: sheet.name, priceDates: [], models: [], cells: [], notRepriced: 0 };
  let found = false;
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const calls = costCallsIn(formula);
      if (calls.length === 0) return;
      found = true;
      const before = sheet.values[r]?.[c];
      try {
        const evaluated = calls.map((call) => ({ call, args: call.args.map((arg) => evaluateArgument(arg, resolve)) }));
        for (const { args } of evaluated) {
          const model = callModel(args);
          if (model !== "" && !review.models.includes(model)) review.models.push(model);
        }
        const [{ call, args }] = evaluated;
        const priceDate = callPriceDate(call.fn, args);
        if (priceDate !== null && !review.priceDates.includes(priceDate)) review.priceDates.push(priceDate);
        if (evaluated.length !== 1 || !call.proportional || priceDate === null || typeof before !== "number") {
          review.notRepriced++;
          return;
        }
        const then = costOfCallAt(call.fn, args, priceDate);
        const now = costOfCallAt(call.fn, args, today);
        // The cell is its call times other factors: it moves by the call's ratio (a call of 0 stays 0).
        const after = then === 0 ? (now === 0 ? before : Number.NaN) : (before * now) / then;
        if (!Number.isFinite(after)) {
          review.notRepriced++;
          return;
        }
        review.cells.push({ address: cellAddress(sheet.top + r, sheet.left + c), label: rowLabel(sheet, r, c), model: callModel(args), priceDate, before, after });
      } catch {
        review.notRepriced++; // an argument this review does not compute, or a call the engine refuses: said, not guessed
      }
    }),
  );
  return found ? review : null;
}

/** Every sheet with LLMCOST cost formulas: its price dates, models, and each cost cell now and at `today`'s prices. */
export async function reviewPriceDates(context: Excel.RequestContext, today: string): Promise<SheetPriceDates[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const workbookNames = context.workbook.names.load("items/name, items/formula");
  await context.sync();
  const loaded = worksheets.items.map((worksheet) => ({
    worksheet,
    used: worksheet.getUsedRangeOrNullObject().load("rowIndex, columnIndex, values, formulas"),
    names: worksheet.names.load("items/name, items/formula"),
  }));
  await context.sync();
  const sheets = new Map<string, SheetValues>();
  const names: NameFormulas = { workbook: new Map(workbookNames.items.map((n) => [n.name.toUpperCase(), String(n.formula)])), sheets: new Map() };
  for (const { worksheet, used, names: scoped } of loaded) {
    names.sheets.set(worksheet.name.toUpperCase(), new Map(scoped.items.map((n) => [n.name.toUpperCase(), String(n.formula)])));
    if (used.isNullObject) continue;
    sheets.set(worksheet.name.toUpperCase(), { name: worksheet.name, top: used.rowIndex, left: used.columnIndex, values: used.values, formulas: used.formulas });
  }
  return [...sheets.values()].map((sheet) => reviewSheet(sheet, sheets, names, today)).filter((review): review is SheetPriceDates => review !== null);
}
