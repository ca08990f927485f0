import type { Language } from "../i18n/language";
import { type RenderOptions, type RenderedTemplate } from "../templates";
import { renderTemplateIn } from "../templates/i18n";
import { budgetVsActualTemplate } from "../templates/catalog/budget-vs-actual";
import { insertRenderedTemplate, type InsertProgress, type InsertResult } from "./template-writer";
import { layoutOfTableValues, type ActualsLayout, type BudgetRow } from "../templates/budget-lines";
import { ACTUALS_TABLE } from "../templates/actuals-table";
import { columnIndex, columnLetter } from "../templates/a1";

/** The layout (lines and currencies) of the LlmcostActuals table's current rows (2 round trips). */
async function actualsLayout(context: Excel.RequestContext, budget: BudgetRow[]): Promise<ActualsLayout> {
  const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
  await context.sync();
  if (table.isNullObject) throw new Error(`No ${ACTUALS_TABLE} table yet: import a usage file first (Import usage…).`);
  const range = table.getRange();
  range.load("values");
  await context.sync();
  return layoutOfTableValues(range.values as unknown[][], budget);
}

/** The budget-vs-actual sheet laid out from the LlmcostActuals table's current rows, in `language`. */
export async function renderFromWorkbook(context: Excel.RequestContext, options: RenderOptions = {}, budget: BudgetRow[] = [], language: Language = "en"): Promise<RenderedTemplate> {
  return renderTemplateIn(budgetVsActualTemplate(await actualsLayout(context, budget)), options, language);
}

/**
 * Reads the table (2 round trips), then inserts the sheet through the generic template writer (its usual 3), which
 * tells the rendering whether the workbook has an organisation price sheet to reprice the usage with.
 */
export async function insertBudgetVsActual(context: Excel.RequestContext, options: RenderOptions = {}, progress?: InsertProgress, language: Language = "en", budget: BudgetRow[] = []): Promise<InsertResult> {
  return (await insertWithRendering(context, options, progress, language, budget)).result;
}

async function insertWithRendering(context: Excel.RequestContext, options: RenderOptions, progress: InsertProgress | undefined, language: Language, budget: BudgetRow[]): Promise<{ result: InsertResult; rendered: RenderedTemplate }> {
  const template = budgetVsActualTemplate(await actualsLayout(context, budget));
  let rendered: RenderedTemplate | undefined;
  const result = await insertRenderedTemplate(context, (workbook) => (rendered = renderTemplateIn(template, { ...options, priceSheet: workbook.priceSheet }, language)), progress);
  return { result, rendered: rendered as RenderedTemplate };
}

/** Inputs carried over when the sheet is refreshed (the report month is not: it moves to the newest month imported). */
const KEPT_INPUTS = /^(GapThreshold|WebSearchFeePerThousand|SharedCost|AllocationDriver|ChargebackBasis|BudgetCurrency|BudgetFxRate|Fx(Plan|Actual)_[A-Z]{3})$/;
/** A budget row's label, in English or Korean (the sheet's language at insertion). */
const BUDGET_LABEL = /^(Budget|예산) \d{4}-\d{2} /;
/** Value columns of a budget row (after the label in A): month B, model D, team E, tokens G, amount O. */
const BUDGET_CELLS = { month: 1, model: 3, team: 4, tokens: 6, amount: 14 } as const;

/** The budget rows typed on a Budget vs actual sheet (its used range's formulas, from A1), as the analyst left them. */
export function budgetRowsOfSheet(formulas: unknown[][]): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const row of formulas) {
    if (!BUDGET_LABEL.test(String(row[0] ?? "")) || typeof row[BUDGET_CELLS.month] !== "number") continue;
    const text = (value: unknown) => (typeof value === "string" && !value.startsWith("=") ? value : "");
    const amount = Number(row[BUDGET_CELLS.amount]);
    if (!Number.isFinite(amount)) continue;
    const month = new Date((Number(row[BUDGET_CELLS.month]) - 25569) * 86_400_000).toISOString().slice(0, 10);
    const tokens = Number(row[BUDGET_CELLS.tokens]);
    rows.push({ month, model: text(row[BUDGET_CELLS.model]), team: text(row[BUDGET_CELLS.team]), tokens: Number.isFinite(tokens) ? tokens : null, amount, currency: "" });
  }
  return rows;
}

/**
 * Refreshes the Budget vs actual sheet after an import: laid out again from the table (new months and lines added),
 * in place of the existing one (same name and position), with the analyst's inputs (rates, shared costs, drivers,
 * thresholds), the budget rows (a budget file given now replaces them) and the cells the analyst wrote to the right
 * of the laid-out block carried over (cells inside the block are the sheet's own and are laid out again). Without an existing sheet, or with `copy`, a new sheet is inserted (" (2)" if taken).
 */
export async function refreshBudgetVsActual(context: Excel.RequestContext, budget: BudgetRow[] | null, options: RenderOptions = {}, progress?: InsertProgress, language: Language = "en", copy = false): Promise<InsertResult & { refreshed: boolean }> {
  const name = renderTemplateIn(budgetVsActualTemplate({ lines: [], budget: [] }), {}, language).sheets[0].name;
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load("name,position");
  await context.sync();
  if (copy || existing.isNullObject) return { ...(await insertBudgetVsActual(context, options, progress, language, budget ?? [])), refreshed: false };
  const used = existing.getUsedRange();
  used.load("address,formulas");
  const names = existing.names;
  names.load("items/name");
  await context.sync();
  const inputs = names.items.filter((item) => KEPT_INPUTS.test(item.name)).map((item) => ({ name: item.name, range: item.getRange().load("formulas") }));
  await context.sync();
  const oldFormulas = used.formulas as unknown[][];
  const kept = inputs.map((input) => ({ name: input.name, formula: (input.range.formulas as unknown[][])[0][0] }));
  const position = existing.position;
  existing.delete();
  await context.sync();
  const { result, rendered } = await insertWithRendering(context, options, progress, language, budget ?? budgetRowsOfSheet(oldFormulas));
  const sheet = context.workbook.worksheets.getItem(result.sheets[0]);
  sheet.position = position;
  for (const input of kept) {
    const at = rendered.names.find((n) => n.name === input.name && !n.workbook);
    if (at) sheet.getRange(at.address).formulas = [[input.formula]] as never;
  }
  const block = parseUsed(rendered.sheets[0].usedRange);
  const origin = parseUsed(used.address.replace(/^.*!/, ""));
  oldFormulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const top = origin.top + r;
      const left = origin.left + c;
      if (formula === "" || formula === null || left <= block.right) return;
      sheet.getRange(`${columnLetter(left)}${top + 1}`).formulas = [[formula]] as never;
    }),
  );
  await context.sync();
  return { ...result, refreshed: true };
}

function parseUsed(address: string): { top: number; left: number; bottom: number; right: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!match) return { top: 0, left: 0, bottom: -1, right: -1 };
  return { left: columnIndex(match[1]), top: Number(match[2]) - 1, right: columnIndex(match[3] ?? match[1]), bottom: Number(match[4] ?? match[2]) - 1 };
}
