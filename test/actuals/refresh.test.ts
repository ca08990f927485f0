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

test("the next month's import refreshes the sheet in place: new lines laid out, inputs, budget and the analyst's cells kept; a copy only when asked", async () => {
  const workbook = newWorkbook();
  const run = (createExcelStandin(() => workbook).Excel as unknown as { run: Run }).run;
  await importFile(run, "openai-completions.json");
  const budget = parseBudgetCsv(fixture("budget.csv")).rows;
  const first = await run((context) => refreshBudgetVsActual(context, budget));
  expect(first).toMatchObject({ refreshed: false, sheets: ["Budget vs actual"] });
  const before = await read(run, "Budget vs actual");
  expect(before.names.MasterCheck).toBe("OK");
  // the analyst types an input and a note to the right of the sheet
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Budget vs actual");
    ws.getRange("AM3").values = [["my note"]];
    const shared = ws.names.getItem("SharedCost").getRange();
    shared.values = [[90]];
    await context.sync();
  });
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
  expect(after.values.flat()).toContain("my note");
  expect(after.values.map((row) => row[0])).toContain("2026-11 text-embedding-3-small · proj_search");

  const copy = await run((context) => refreshBudgetVsActual(context, null, {}, undefined, "en", true));
  expect(copy).toMatchObject({ refreshed: false, sheets: ["Budget vs actual (2)"] });
});
