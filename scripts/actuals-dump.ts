/**
 * `npm run template -- budget-vs-actual --actuals=<usage file> [--budget=<budget csv>]`: the Budget vs actual sheet
 * laid out from the files, plus the LLMCOST Actuals sheet holding the LlmcostActuals table (the same rows the pane's
 * import writes) and the workbook names over its columns, so that the dumped workbook recalculates alone. Kept apart
 * from template-cli.ts, which only calls `actualsForDump` and `attach`.
 */
import path from "path";
import { ACTUALS_COLUMNS, ACTUALS_FORMATS, ACTUALS_HEADERS, ACTUALS_SHEET, ACTUALS_TABLE, asWritten, excelDateTime, tableRow, type TableCell } from "../src/templates/actuals-table";
import { layoutOfUsage, parseBudgetCsv } from "../src/templates/budget-lines";
import type { RenderedCell, RenderedName, RenderedSheet, RenderedTemplate, TemplateSpec } from "../src/templates";
import { columnLetter } from "../src/templates/a1";
import { budgetVsActualTemplate } from "../src/templates/catalog/budget-vs-actual";
import { readFileSync } from "fs";
import { readUsageFile } from "./usage-file";

export interface ActualsDump {
  template: TemplateSpec;
  /** The rendered template with the actuals sheet, its table and names added. */
  attach(rendered: RenderedTemplate): RenderedTemplate;
}

/** Reads the files (rejected records reported through `err`) and lays the sheet out from them. */
export function actualsForDump(actualsFile: string, budgetFile: string | undefined, err: (text: string) => void, now: Date = new Date()): ActualsDump {
  const usage = readUsageFile(actualsFile);
  for (const rejection of usage.rejected) err(`${path.basename(actualsFile)} ${rejection.location}: ${rejection.reason}\n`);
  for (const warning of usage.warnings) err(`${path.basename(actualsFile)}: ${warning}\n`);
  const budget = budgetFile ? parseBudgetCsv(readFileSync(budgetFile, "utf8")) : { rows: [], rejected: [] };
  for (const rejection of budget.rejected) err(`${path.basename(budgetFile ?? "")} line ${rejection.line}: ${rejection.reason}\n`);
  const file = path.basename(actualsFile);
  const rows = usage.rows.map((row) => tableRow(row, { source: file, file, importedAt: excelDateTime(now) }));
  return { template: budgetVsActualTemplate(layoutOfUsage(usage.rows, budget.rows)), attach: (rendered) => withActualsSheet(rendered, rows) };
}

/** The table as the pane's import writes it: header, rows (texts apostrophe-marked), formats, and a name per column. */
export function withActualsSheet(rendered: RenderedTemplate, rows: TableCell[][]): RenderedTemplate {
  const last = Math.max(rows.length + 1, 2);
  const right = columnLetter(ACTUALS_HEADERS.length - 1);
  const cells: RenderedCell[] = ACTUALS_HEADERS.map((header, c) => ({ address: `${columnLetter(c)}1`, value: header, style: "header" as const }));
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === "") return;
      cells.push({ address: `${columnLetter(c)}${r + 2}`, value: asWritten(cell), format: ACTUALS_FORMATS[ACTUALS_COLUMNS[c].kind] });
    }),
  );
  const sheet: RenderedSheet = {
    name: ACTUALS_SHEET,
    cells,
    columnWidths: {},
    freeze: { rows: 1, columns: 0 },
    validations: [],
    tables: [{ name: ACTUALS_TABLE, range: `A1:${right}${last}` }],
    usedRange: `A1:${right}${last}`,
    checkOk: rendered.sheets[0].checkOk,
  };
  const names: RenderedName[] = ACTUALS_COLUMNS.flatMap((column, c) => (column.name ? [{ name: column.name, sheet: ACTUALS_SHEET, address: `$${columnLetter(c)}$2:$${columnLetter(c)}$${last}`, workbook: true }] : []));
  return { ...rendered, sheets: [...rendered.sheets, sheet], names: [...rendered.names, ...names] };
}
