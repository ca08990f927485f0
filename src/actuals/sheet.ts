import type { Language } from "../i18n/language";
import { type RenderOptions, type RenderedTemplate } from "../templates";
import { renderTemplateIn } from "../templates/i18n";
import { budgetVsActualTemplate } from "../templates/catalog/budget-vs-actual";
import { insertRenderedTemplate, type InsertProgress, type InsertResult } from "../templates/writer";
import { linesOfTableValues, type BudgetRow } from "./layout";
import { ACTUALS_TABLE } from "./table-layout";

/** The budget-vs-actual sheet laid out from the LlmcostActuals table's current rows, in `language`. */
export async function renderFromWorkbook(context: Excel.RequestContext, options: RenderOptions = {}, budget: BudgetRow[] = [], language: Language = "en"): Promise<RenderedTemplate> {
  const table = context.workbook.tables.getItemOrNullObject(ACTUALS_TABLE);
  await context.sync();
  if (table.isNullObject) throw new Error(`No ${ACTUALS_TABLE} table yet: import a usage file first (Import usage…).`);
  const range = table.getRange();
  range.load("values");
  await context.sync();
  const lines = linesOfTableValues(range.values as unknown[][]);
  return renderTemplateIn(budgetVsActualTemplate({ lines, budget }), options, language);
}

/** Reads the table (2 round trips), then inserts the sheet through the generic template writer (its usual 3). */
export async function insertBudgetVsActual(context: Excel.RequestContext, options: RenderOptions = {}, progress?: InsertProgress, language: Language = "en"): Promise<InsertResult> {
  return insertRenderedTemplate(context, await renderFromWorkbook(context, options, [], language), progress);
}
