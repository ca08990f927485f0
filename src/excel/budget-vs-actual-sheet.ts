import type { Language } from "../i18n/language";
import { renderTemplate, type RenderOptions, type RenderedTemplate } from "../templates";
import { budgetVsActualTemplate } from "../templates/catalog/budget-vs-actual";
import { insertRenderedTemplate, relayoutSheet, type InsertProgress, type InsertResult } from "./template-writer";
import { carriedCells } from "../templates/carried-cells";
import { layoutOfTableValues, type ActualsLayout, type BudgetRow } from "../templates/budget-lines";
import { ACTUALS_TABLE } from "../templates/actuals-table";

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
  return renderTemplate(budgetVsActualTemplate(await actualsLayout(context, budget)), options, language);
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
  const result = await insertRenderedTemplate(context, (workbook) => (rendered = renderTemplate(template, { ...options, priceSheet: workbook.priceSheet }, language)), progress);
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
 * Refreshes the Budget vs actual sheet after an import, in place: the same sheet is laid out again from the table
 * (new months and lines added), so formulas in other sheets that refer to it, and to its named outputs, keep working
 * (the names are re-pointed, never deleted). Carried over: the analyst's inputs (rates, shared costs, drivers,
 * thresholds), the budget rows (a budget file given now replaces them), and every cell the analyst wrote inside or
 * beside the block (carried-cells.ts: each moves with its row). Without an existing sheet, or with `copy`, a new
 * sheet is inserted (" (2)" if taken).
 */
export async function refreshBudgetVsActual(context: Excel.RequestContext, budget: BudgetRow[] | null, options: RenderOptions = {}, progress?: InsertProgress, language: Language = "en", copy = false): Promise<InsertResult & { refreshed: boolean }> {
  const name = renderTemplate(budgetVsActualTemplate({ lines: [], budget: [] }), {}, language).sheets[0].name;
  const existing = context.workbook.worksheets.getItemOrNullObject(name);
  existing.load("name");
  await context.sync();
  if (copy || existing.isNullObject) return { ...(await insertBudgetVsActual(context, options, progress, language, budget ?? [])), refreshed: false };
  const used = existing.getUsedRange();
  used.load("formulas");
  const names = existing.names;
  names.load("items/name");
  await context.sync();
  const inputs = names.items.filter((item) => KEPT_INPUTS.test(item.name)).map((item) => ({ name: item.name, range: item.getRange().load("formulas") }));
  await context.sync();
  const kept = inputs.map((input) => ({ name: input.name, formula: (input.range.formulas as unknown[][])[0][0] }));
  const template = budgetVsActualTemplate(await actualsLayout(context, budget ?? budgetRowsOfSheet(used.formulas as unknown[][])));
  const result = await relayoutSheet(
    context,
    existing.name,
    (workbook) => renderTemplate(template, { ...options, priceSheet: workbook.priceSheet }, language),
    (rendered, old) => [
      ...carriedCells(old.formulas, old.address, rendered.sheets[0]),
      ...kept.flatMap((input) => rendered.names.filter((n) => n.name === input.name && !n.workbook).map((n) => ({ address: n.address, formula: input.formula }))),
    ],
    progress,
  );
  return { sheets: result.sheets, tables: result.tables, masterCheck: result.masterCheck, syncs: result.syncs + 4, refreshed: true };
}
