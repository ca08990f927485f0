/**
 * The LlmcostActuals writer through the preview's Office.js stand-in (Office.js's batching and null-object rules over
 * a HyperFormula workbook; run `npm run build` first for the LLMCOST functions it registers).
 */
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { parseUsage } from "../../src/engine/actuals";
import { ACTUALS_HEADERS, ACTUALS_HEADERS_BEFORE_BILL, ACTUALS_SHEET, tableRow, type ImportStamp } from "../../src/templates/actuals-table";
import { ActualsTableError, writeActualsTable } from "../../src/excel/actuals-table-writer";
import { actualsFixture as fixture, excelFor, type Run } from "../support/actuals-workbook";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);

function importFile(run: Run, name: string, stamp: Partial<ImportStamp> = {}) {
  const parsed = parseUsage(fixture(name));
  const full: ImportStamp = { source: stamp.source ?? name, file: name, importedAt: stamp.importedAt ?? 46300.5 };
  return run((context) => writeActualsTable(context, parsed.rows.map((row) => tableRow(row, full)), full.source));
}

async function readSheet(run: Run, address: string): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
  return run(async (context) => {
    const range = context.workbook.worksheets.getItem(ACTUALS_SHEET).getRange(address);
    range.load("values, formulas");
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
}

async function tableValues(run: Run): Promise<unknown[][]> {
  return run(async (context) => {
    const range = context.workbook.tables.getItem("LlmcostActuals").getRange();
    range.load("values");
    await context.sync();
    return range.values;
  });
}

describe("LlmcostActuals table", () => {
  test("first import creates the sheet, the table and a workbook name over every column's data", async () => {
    const run = excelFor(newWorkbook());
    const result = await importFile(run, "gateway.csv");
    expect(result).toMatchObject({ sheet: ACTUALS_SHEET, written: 4, replaced: 0, total: 4, address: "'LLMCOST Actuals'!A1:AA5" });
    const values = await tableValues(run);
    expect(values[0]).toEqual(ACTUALS_HEADERS);
    expect(values).toHaveLength(5);
    const names = await run(async (context) => {
      const item = context.workbook.names.getItem("LlmcostActuals_Input");
      item.load("formula");
      await context.sync();
      return item.formula;
    });
    expect(names).toBe("='LLMCOST Actuals'!$F$2:$F$5");
  });

  test("imported text is data: =, +, -, @, tab and CR prefixes are stored and shown exactly as written, never run", async () => {
    const run = excelFor(newWorkbook());
    await importFile(run, "gateway.csv");
    await importFile(run, "control-prefixes.csv");
    const { values, formulas } = await readSheet(run, "D2:D20");
    const teams = values.map((row) => row[0]).filter((v) => v !== "" && v !== null);
    for (const written of ['=HYPERLINK("http://example.invalid","x")', "+cmd", "Sales, EMEA", "\tTab", "\rCR", "-1+2"]) expect(teams).toContain(written);
    // no cell of the column holds a formula
    expect(formulas.flat().filter((f) => typeof f === "string" && f.startsWith("=") && !teams.includes(f))).toEqual([]);
    const semicolon = parseUsage(fixture("semicolon-unknown-owner.csv"), "csv", { date: 0, model: 1, inputTokens: 2, outputTokens: 3, team: 4 });
    await run((context) => writeActualsTable(context, semicolon.rows.map((row) => tableRow(row, { source: "owners", file: "x.csv", importedAt: 1 })), "owners"));
    const after = await readSheet(run, "D2:D20");
    expect(after.values.flat()).toContain("@ops");
  });

  test("re-importing the same file replaces its months' rows: same table as one import", async () => {
    const run = excelFor(newWorkbook());
    await importFile(run, "openai-completions.json", { source: "OpenAI usage" });
    await importFile(run, "anthropic-messages.json", { source: "Anthropic usage" });
    const once = await tableValues(run);
    const again = await importFile(run, "openai-completions.json", { source: "OpenAI usage" });
    expect(again).toMatchObject({ written: 2, replaced: 2, total: 4 });
    const twice = await tableValues(run);
    const withoutStamp = (rows: unknown[][]) => rows.map((row) => row.slice(0, 15)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(withoutStamp(twice)).toEqual(withoutStamp(once));
    expect(twice).toHaveLength(once.length);
  });

  test("another month of the same source is added; the analyst's columns beside the table are never touched", async () => {
    const workbook = newWorkbook();
    const run = excelFor(workbook);
    await importFile(run, "openai-completions.json", { source: "OpenAI usage" });
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(ACTUALS_SHEET);
      sheet.getRange("AC1:AC8").values = [["My note"], ["a"], ["b"], ["c"], ["d"], ["e"], ["f"], ["g"]];
      await context.sync();
    });
    await importFile(run, "openai-pages.jsonl", { source: "OpenAI usage" });
    expect(await tableValues(run)).toHaveLength(1 + 2 + 2);
    // shrink: the November import replaced by a smaller one leaves no stale rows below the table
    const smaller = parseUsage(fixture("openai-pages.jsonl")).rows.slice(0, 1);
    await run((context) => writeActualsTable(context, smaller.map((row) => tableRow(row, { source: "OpenAI usage", file: "x", importedAt: 2 })), "OpenAI usage"));
    expect(await tableValues(run)).toHaveLength(1 + 2 + 1);
    const below = await readSheet(run, "A5:AA6");
    expect(below.values.flat().every((v) => v === "" || v === null)).toBe(true);
    const mine = await readSheet(run, "AC1:AC8");
    expect(mine.values.map((row) => row[0])).toEqual(["My note", "a", "b", "c", "d", "e", "f", "g"]);
  });

  test("a table written before the bill's columns is widened in place, its rows kept; refused when the cells it grows into are not empty", async () => {
    const oldTable = async (note: boolean) => {
      const run = excelFor(newWorkbook());
      const row = tableRow(parseUsage(fixture("control-prefixes.csv")).rows[0], { source: "old", file: "old.csv", importedAt: 1 }).slice(0, ACTUALS_HEADERS_BEFORE_BILL.length);
      await run(async (context) => {
        const sheet = context.workbook.worksheets.add(ACTUALS_SHEET);
        sheet.getRange("A1:R2").values = [ACTUALS_HEADERS_BEFORE_BILL, row.map((cell) => (typeof cell === "string" && cell !== "" ? `'${cell}` : cell))] as never;
        sheet.tables.add("A1:R2", true).name = "LlmcostActuals";
        if (note) sheet.getRange("T2").values = [["mine"]];
        await context.sync();
      });
      return run;
    };
    const run = await oldTable(false);
    expect(await importFile(run, "gateway.csv")).toMatchObject({ written: 4, total: 5, address: "'LLMCOST Actuals'!A1:AA6" });
    const values = await tableValues(run);
    expect(values[0]).toEqual(ACTUALS_HEADERS);
    expect(values[1].slice(ACTUALS_HEADERS_BEFORE_BILL.length)).toEqual(["", "standard", "usage", "", "", "", 0, "", ""]);
    const blocked = await oldTable(true);
    await expect(importFile(blocked, "gateway.csv")).rejects.toThrow(/not empty/);
  });

  test("a table of that name with other columns is refused before anything is written", async () => {
    const run = excelFor(newWorkbook());
    await run(async (context) => {
      const sheet = context.workbook.worksheets.add("Mine");
      sheet.getRange("A1:B2").values = [["Month", "Spend"], [1, 2]];
      sheet.tables.add("A1:B2", true).name = "LlmcostActuals";
      await context.sync();
    });
    await expect(importFile(run, "gateway.csv")).rejects.toBeInstanceOf(ActualsTableError);
    const kept = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Mine").getRange("A1:B2");
      range.load("values");
      const sheet = context.workbook.worksheets.getItemOrNullObject(ACTUALS_SHEET);
      await context.sync();
      return { values: range.values, actualsSheet: !sheet.isNullObject };
    });
    expect(kept).toEqual({ values: [["Month", "Spend"], [1, 2]], actualsSheet: false });
  });
});
