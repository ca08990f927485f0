import type { Language } from "../i18n/language";
import { type RenderOptions, type RenderedTemplate } from "../templates";
import { renderTemplateIn } from "../templates/i18n";
import { budgetVsActualTemplate } from "../templates/catalog/budget-vs-actual";
import { insertRenderedTemplate, type InsertProgress, type InsertResult } from "./template-writer";
import { linesOfTableValues, type BudgetRow, type LineKey } from "../templates/budget-lines";
import { ACTUALS_TABLE } from "../templates/actuals-table";

/** The lines (month × provider × model × team × tier) of the LlmcostActuals table's current rows (2 round trips). */
async function actualsLines(context: Excel.RequestContext): Promise<LineKey[]> {
  const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
  await context.sync();
  if (table.isNullObject) throw new Error(`No ${ACTUALS_TABLE} table yet: import a usage file first (Import usage…).`);
  const range = table.getRange();
  range.load("values");
  await context.sync();
  return linesOfTableValues(range.values as unknown[][]);
}

/** The budget-vs-actual sheet laid out from the LlmcostActuals table's current rows, in `language`. */
export async function renderFromWorkbook(context: Excel.RequestContext, options: RenderOptions = {}, budget: BudgetRow[] = [], language: Language = "en"): Promise<RenderedTemplate> {
  return renderTemplateIn(budgetVsActualTemplate({ lines: await actualsLines(context), budget }), options, language);
}

/**
 * Reads the table (2 round trips), then inserts the sheet through the generic template writer (its usual 3), which
 * tells the rendering whether the workbook has an organisation price sheet to reprice the usage with.
 */
export async function insertBudgetVsActual(context: Excel.RequestContext, options: RenderOptions = {}, progress?: InsertProgress, language: Language = "en"): Promise<InsertResult> {
  const template = budgetVsActualTemplate({ lines: await actualsLines(context), budget: [] });
  return insertRenderedTemplate(context, (workbook) => renderTemplateIn(template, { ...options, priceSheet: workbook.priceSheet }, language), progress);
}
