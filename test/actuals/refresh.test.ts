/**
 * Refreshing the Budget vs actual sheet after the next month's import, through the preview's Office.js stand-in
 * (run `npm run build` first): laid out again in place, the analyst's inputs, budget rows and cells to the right kept.
 */
import { readFileSync } from "fs";
import path from "path";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { createExcelStandin } from "../../dev/excel-double/excel-standin";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { parseUsage } from "../../src/engine/actuals";
import { parseBudgetCsv } from "../../src/templates/budget-lines";
import { tableRow } from "../../src/templates/actuals-table";
import { writeActualsTable } from "../../src/excel/actuals-table-writer";
import { refreshBudgetVsActual } from "../../src/excel/budget-vs-actual-sheet";
import { columnLetter } from "../../src/templates/a1";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);
const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");
type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

async function importFile(run: Run, name: string) {
  const rows = parseUsage(fixture(name)).rows.map((row) => tableRow(row, { source: "OpenAI", file: name, importedAt: 1 }));
  await run((context) => writeActualsTable(context, rows, "OpenAI"));
}

async function read(run: Run, sheet: string) {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const names = ws.names.load("items/name");
    const used = ws.getUsedRange().load("values,address");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const byName = names.items.map((item) => ({ name: item.name, range: item.getRange().load("values") }));
    await context.sync();
    return { names: Object.fromEntries(byName.map((n) => [n.name, n.range.values[0][0]])) as Record<string, unknown>, values: used.values as unknown[][], sheets: sheets.items.map((s) => s.name) };
  });
}

const rowOfLabel = (values: unknown[][], label: string) => values.findIndex((row) => row[0] === label);

test("the next month's import refreshes the sheet in place: new lines laid out, inputs, budget, the analyst's cells and references from other sheets kept; a copy only when asked", async () => {
  const workbook = newWorkbook();
  const run = (createExcelStandin(() => workbook).Excel as unknown as { run: Run }).run;
  await importFile(run, "openai-completions.json");
  const budget = parseBudgetCsv(fixture("budget.csv")).rows;
  const first = await run((context) => refreshBudgetVsActual(context, budget));
  expect(first).toMatchObject({ refreshed: false, sheets: ["Budget vs actual"] });
  const before = await read(run, "Budget vs actual");
  expect(before.names.MasterCheck).toBe("OK");
  const line = "2026-10 gpt-4o-mini-2024-07-18 · proj_support";
  const lineRow = rowOfLabel(before.values, line);
  const gapRow = rowOfLabel(before.values, "By month and model") - 1; // the empty row between two sections
  const checksRow = rowOfLabel(before.values, "Every amount's currency has a rate");
  expect([lineRow, gapRow, checksRow].every((row) => row > 0)).toBe(true);
  expect(before.values[gapRow].every((value) => value === "")).toBe(true);
  const width = before.values[0].length; // the block's columns (A to its notes)
  const beside = columnLetter(width + 1); // one column clear of the block
  const outputRow = rowOfLabel(before.values, "Budget, full year");
  expect(before.values[outputRow][8]).toBe(""); // I: inside the block, a cell the template leaves empty on an output row
  // the analyst types an input, notes to the right, inside the block and under it, and refers to the sheet from another
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Budget vs actual");
    ws.getRange(`${beside}3`).values = [["my note"]];
    ws.getRange(`${beside}${lineRow + 1}`).values = [["check with support"]];
    ws.getRange(`I${outputRow + 1}`).values = [["as agreed in the plan"]];
    ws.getRange(`B${gapRow + 1}`).values = [["reviewed 3 Nov"]];
    ws.getRange(`A${checksRow + 4}`).values = [["signed off: CFO"]];
    ws.names.getItem("SharedCost").getRange().values = [[90]];
    const summary = context.workbook.worksheets.add("Summary");
    // (the Excel double cannot evaluate a sheet-scoped name qualified by its sheet, 'Budget vs actual'!Name: the names'
    // side is checked below by their re-pointing)
    summary.getRange("A1:A2").formulas = [["='Budget vs actual'!B8"], ["='Budget vs actual'!B5"]];
    await context.sync();
  });
  const summaryBefore = await readSummary(run);
  expect(summaryBefore).toEqual(["OK", "USD"]);
  const outputsBefore = await nameFormulas(run);
  await importFile(run, "openai-pages.jsonl");
  const stale = await read(run, "Budget vs actual");
  expect(stale.names.MasterCheck).toBe("ERROR"); // the new month is not on a line yet

  const refreshed = await run((context) => refreshBudgetVsActual(context, null));
  expect(refreshed).toMatchObject({ refreshed: true, sheets: ["Budget vs actual"] });
  const after = await read(run, "Budget vs actual");
  expect(after.sheets.filter((name) => name.startsWith("Budget vs actual"))).toEqual(["Budget vs actual"]);
  expect(after.names.MasterCheck).toBe("OK");
  expect(after.names.SharedCost).toBe(90);
  expect(after.names.BudgetCost_Total).toBe(before.names.BudgetCost_Total);
  expect(after.values.map((row) => row[0])).toContain("2026-11 text-embedding-3-small · proj_search");
  // the analyst's cells moved with their rows (new lines pushed the sections below them down)
  const newLineRow = rowOfLabel(after.values, line);
  const newGapRow = rowOfLabel(after.values, "By month and model") - 1;
  const newChecksRow = rowOfLabel(after.values, "Every amount's currency has a rate");
  expect(newGapRow).toBeGreaterThan(gapRow);
  expect(after.values[newLineRow][width + 1]).toBe("check with support");
  expect(after.values[rowOfLabel(after.values, "Budget, full year")][8]).toBe("as agreed in the plan");
  expect(after.values[newGapRow][1]).toBe("reviewed 3 Nov");
  expect(after.values[newChecksRow + 3][0]).toBe("signed off: CFO");
  expect(after.values[2][width + 1]).toBe("my note");
  // the sheet was laid out again, not replaced: the other sheet's references still read it
  expect(await readSummary(run)).toEqual(["OK", "USD"]);
  // its named outputs are the same names, re-pointed to where the outputs moved (never deleted and added again)
  const outputsAfter = await nameFormulas(run);
  expect(Object.keys(outputsAfter).sort()).toEqual(expect.arrayContaining(Object.keys(outputsBefore).sort()));
  // the close's outputs sit below the lines, so they moved; the key outputs sit above every laid-out block (first screen), so they stay
  expect(outputsBefore.Accrual_NotInvoiced).not.toBe(outputsAfter.Accrual_NotInvoiced);
  expect(outputsAfter.Accrual_NotInvoiced).toMatch(new RegExp(`^='Budget vs actual'!\\$B\\$${rowOfLabel(after.values, "Accrual: usage to the report month not yet invoiced") + 1}$`));
  expect(outputsAfter.ActualBilledCost_Total).toBe(outputsBefore.ActualBilledCost_Total);
  expect(outputsAfter.ActualBilledCost_Total).toMatch(new RegExp(`^='Budget vs actual'!\\$B\\$${rowOfLabel(after.values, "Equals billed cost (the invoice)") + 1}$`));

  const copy = await run((context) => refreshBudgetVsActual(context, null, {}, undefined, "en", true));
  expect(copy).toMatchObject({ refreshed: false, sheets: ["Budget vs actual (2)"] });
});

async function nameFormulas(run: Run): Promise<Record<string, string>> {
  return run(async (context) => {
    const names = context.workbook.worksheets.getItem("Budget vs actual").names.load("items/name,items/formula");
    await context.sync();
    return Object.fromEntries(names.items.map((n) => [n.name, String(n.formula)]));
  });
}

async function readSummary(run: Run): Promise<unknown[]> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem("Summary").getRange("A1:A2").load("values");
    await context.sync();
    return range.values.map((row) => row[0]);
  });
}
