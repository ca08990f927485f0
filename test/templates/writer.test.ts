/**
 * The template writer (src/excel/template-writer.ts) against the one Excel double (dev/excel-double), which keeps the rules
 * that matter here: commands run only at context.sync() (so round trips are counted as Excel counts them), a read
 * before load + sync throws PropertyNotLoaded, and a failing command rejects its sync after the commands before it
 * took effect. The guarantees: at most three round trips, everything written as rendered, nothing of the analyst's
 * touched (sheet, name and table collisions), and a failed insert removes its partial sheet.
 */
import { ChartCollectionProxy, WorksheetCollectionProxy } from "../../dev/excel-double/excel-standin";
import { ERR } from "../../dev/excel-double/errors";
import { distWorkbooks, excelRunFor, type Workbook } from "../../dev/excel-double";
import { parseAddress } from "../../dev/excel-double/address";
import { TEMPLATES, findTemplate, type RenderedTemplate, type TemplateSpec } from "../../src/templates";
import { insertRenderedTemplate, insertTemplateIntoWorkbook, uniqueSheetName, TemplateInsertError, type RenderForWorkbook } from "../../src/excel/template-writer";
import { renderForWorkbook } from "../../src/templates/workbook";
import { ASSUMPTION_NAMES } from "../../src/templates/assumptions";
import { render } from "../../src/i18n/messages";

const { newWorkbook } = distWorkbooks();
/** A template as the pane renders it into an empty workbook: its sheets and the Assumptions sheet it reads. */
const rendered = (id: string) => renderForWorkbook(findTemplate(id)!, {}, "en", { names: [], priceSheet: "", definedNames: [] });
const insert = (workbook: Workbook, template: RenderedTemplate | RenderForWorkbook) => excelRunFor(workbook)((context) => insertRenderedTemplate(context, template));
/** As the pane inserts: rendered once the writer has read the workbook (links, price sheet, Assumptions already there). */
const asPane = (template: TemplateSpec): RenderForWorkbook => (facts) => renderForWorkbook(template, {}, "en", facts);

/** What an analyst's workbook holds, as Office.js reads it: every sheet's cells, the names and the tables. */
/** The sheets' A1:H20, their tables and the workbook names (only those in `names` when given: the analyst's own). */
async function snapshot(workbook: Workbook, sheets: string[], names?: string[]): Promise<string> {
  return excelRunFor(workbook)(async (context) => {
    const ranges = sheets.map((name) => context.workbook.worksheets.getItem(name).getRange("A1:H20").load("values, formulas, numberFormat"));
    const workbookNames = context.workbook.names.load("items/name, items/formula");
    const tables = sheets.map((name) => context.workbook.worksheets.getItem(name).tables.load("items/name"));
    await context.sync();
    return JSON.stringify({ cells: ranges.map((r) => [r.values, r.formulas, r.numberFormat]), names: workbookNames.items.filter((n) => names === undefined || names.includes(n.name)).map((n) => [n.name, n.formula]), tables: tables.map((t) => t.items.map((table) => table.name)) });
  });
}

/** A workbook that already has sheets, workbook-scoped names and tables named like the templates'. */
async function analystWorkbook(sheets: string[], names: string[], tables: string[]): Promise<Workbook> {
  const workbook = newWorkbook();
  await excelRunFor(workbook)(async (context) => {
    for (const [i, name] of sheets.entries()) {
      const sheet = context.workbook.worksheets.add(name);
      sheet.getRange("A1:C2").values = [["my budget", 1000 * (i + 1), "=B1*2"], ["notes", "keep", '=LLMCOST.INFERENCE("gpt-4o-mini",B1,B1)']];
    }
    const first = context.workbook.worksheets.getItem(sheets[0]);
    for (const [i, name] of names.entries()) context.workbook.names.add(name, first.getRange(`B${i + 1}`));
    for (const [i, name] of tables.entries()) first.tables.add(`E${1 + 4 * i}:F${3 + 4 * i}`, true).name = name;
    await context.sync();
  });
  workbook.stats.syncs = 0;
  return workbook;
}

describe("template writer against the Excel double", () => {
  test.each(TEMPLATES.map((t) => t.id))("%s: 3 round trips; every cell, name, freeze, chart and unlocked input as rendered", async (id) => {
    const workbook = newWorkbook();
    const template = rendered(id);
    const result = await insert(workbook, template);
    expect(result.syncs).toBe(3);
    expect(workbook.stats.syncs).toBe(3);
    expect(result.sheets).toEqual(template.sheets.map((s) => s.name));
    expect(result.masterCheck).toBe("OK");
    for (const spec of template.sheets) {
      const sheet = workbook.getSheet(spec.name);
      for (const cell of spec.cells) {
        const { top, left } = parseCell(cell.address);
        // A cell rendered without content is one a dynamic array spills into (a risk sheet's sorted scenario costs):
        // written empty, it must now hold the array's value, as Excel shows it.
        if (cell.formula === undefined && cell.value === undefined) {
          expect({ address: cell.address, spilled: workbook.isSpillChild(sheet, top, left) }).toEqual({ address: cell.address, spilled: true });
          continue;
        }
        // A text value marked with Excel's leading apostrophe (imported names) is kept as the text after it.
        const text = typeof cell.value === "string" && cell.value.startsWith("'") ? cell.value.slice(1) : cell.value;
        expect({ address: cell.address, written: workbook.formula(sheet, top, left) }).toEqual({ address: cell.address, written: cell.formula ?? text });
        if (cell.style === "input") expect({ address: cell.address, locked: workbook.style(sheet, top, left).locked }).toEqual({ address: cell.address, locked: false });
      }
      expect(sheet.freeze).toEqual({ rows: spec.freeze.rows, columns: spec.freeze.columns });
      expect(sheet.charts.map((c) => [c.type, c.title])).toEqual(spec.chart ? [[spec.chart.type, spec.chart.title]] : []);
    }
    for (const name of template.names) {
      const sheet = workbook.getSheet(name.sheet);
      // sheet-scoped, never the workbook's — but for the organisation price sheet's name, which other sheets' formulas use
      expect(workbook.findName(name.name, name.workbook ? sheet : null)).toBeUndefined();
      const range = workbook.nameRange(workbook.findName(name.name, name.workbook ? null : sheet)!)!;
      expect({ name: name.name, at: `${range.sheet.name}!${range.ref.top},${range.ref.left}` }).toEqual({ name: name.name, at: `${name.sheet}!${parseCell(name.address).top},${parseCell(name.address).left}` });
    }
    expect(workbook.activeSheet?.name).toBe(template.sheets[0].name);
  });

  test("progress is reported per round trip, through Excel.run after the API check", async () => {
    const workbook = newWorkbook();
    const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    globals.Excel = { run: excelRunFor(workbook) };
    globals.Office = { context: { requirements: { isSetSupported: () => true } } };
    try {
      const template = rendered("sentiment-analysis");
      const progress: string[] = [];
      await insertTemplateIntoWorkbook(template, (message) => progress.push(render(message)));
      expect(progress).toEqual(["Reading the workbook…", `Writing ${template.sheets.map((s) => s.name).join(", ")}…`, "Checking…", "Done."]);
    } finally {
      delete globals.Excel;
      delete globals.Office;
    }
  });

  test("without ExcelApi 1.8 the insert refuses before touching the workbook", async () => {
    const workbook = newWorkbook();
    const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    globals.Excel = { run: excelRunFor(workbook) };
    globals.Office = { context: { requirements: { isSetSupported: (_set: string, version: string) => version !== "1.8" } } };
    try {
      await expect(insertTemplateIntoWorkbook(rendered("roi-business-case"))).rejects.toThrow(/ExcelApi 1\.8/);
      expect(workbook.stats).toEqual({ syncs: 0, runs: 0 });
    } finally {
      delete globals.Excel;
      delete globals.Office;
    }
  });

  test("taken sheet, name and table names get ' (2)' / '_2', then ' (3)' / '_3'; nothing the analyst had changes", async () => {
    const sheets = ["Complaint redressal", "PRICE TABLE"];
    const analystNames = ["TotalCost_Guide", "LlmcostPrices_2"];
    const workbook = await analystWorkbook(sheets, analystNames, ["LlmcostPrices"]);
    const before = await snapshot(workbook, sheets, analystNames);
    const priceTable = rendered("price-table");
    expect(priceTable.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(["LlmcostPrices"]);
    const first = await insert(workbook, priceTable);
    const second = await insert(workbook, priceTable);
    // LlmcostPrices is a table and LlmcostPrices_2 a name: tables and names share one namespace.
    expect([first.sheets, first.tables, second.sheets, second.tables]).toEqual([["Price table (2)"], ["LlmcostPrices_3"], ["Price table (3)"], ["LlmcostPrices_4"]]);
    for (const template of TEMPLATES) for (let round = 0; round < 2; round++) expect((await insert(workbook, asPane(template))).masterCheck).toBe("OK");
    expect(workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Complaint redressal (2)", "Complaint redressal (3)", "Sentiment analysis", "Sentiment analysis (2)"]));
    expect(await snapshot(workbook, sheets, analystNames)).toBe(before);
    // the one workbook name the inserts add: the organisation price sheet, over the first price table inserted
    const added = await excelRunFor(workbook)(async (context) => {
      const all = context.workbook.names.load("items/name, items/formula");
      await context.sync();
      return all.items.filter((n) => !analystNames.includes(n.name)).map((n) => [n.name, n.formula]);
    });
    // and the Assumptions drivers, once each, on the one Assumptions sheet the first use-case insertion created
    expect(added.filter(([name]) => !ASSUMPTION_NAMES.includes(name))).toEqual([["LlmcostPriceSheet", "='Price table (2)'!$A$12:$H$72"]]);
    expect(added.filter(([name]) => ASSUMPTION_NAMES.includes(name)).map(([name]) => name).sort()).toEqual([...ASSUMPTION_NAMES].sort());
    expect(workbook.sheets.filter((s) => s.name.startsWith("Assumptions")).map((s) => s.name)).toEqual(["Assumptions"]);
    // 24 insertions into one workbook, six of them with a risk sheet of 250 scenario columns that the double recalculates
  }, 240_000);

  test("an existing Assumptions sheet is never rewritten: the drivers it lacks are added below it, the rest stays as typed", async () => {
    const workbook = newWorkbook();
    await insert(workbook, asPane(findTemplate("acquisition")!));
    // the analyst changed a driver and deleted another's names
    await excelRunFor(workbook)(async (context) => {
      const names = context.workbook.names;
      names.load("items/name, items/formula");
      await context.sync();
      const loaded = names.items.find((n) => n.name === "LoadedCostPerFteMonth_Base")!;
      context.workbook.worksheets.getItem("Assumptions").getRange(loaded.formula.split("!")[1].replace(/\$/g, "")).values = [[20000]];
      for (const n of names.items.filter((x) => x.name.startsWith("ReviewFactor"))) n.delete();
      await context.sync();
    });
    const before = await snapshot(workbook, ["Assumptions"]);
    const result = await insert(workbook, asPane(findTemplate("win-back")!));
    expect(result.sheets).toEqual(["Win-back", "Win-back risk", "Assumptions"]);
    expect(result.masterCheck).toBe("OK");
    expect(workbook.sheets.filter((s) => s.name.startsWith("Assumptions")).length).toBe(1);
    const after = await snapshot(workbook, ["Assumptions"]);
    // A1:H20 and every name but the re-added ReviewFactor ones are as they were
    const parse = (text: string) => JSON.parse(text) as { cells: unknown; names: [string, string][] };
    expect(parse(after).cells).toEqual(parse(before).cells);
    expect(parse(after).names.filter(([n]) => !n.startsWith("ReviewFactor"))).toEqual(parse(before).names);
    expect(parse(after).names.filter(([n]) => n.startsWith("ReviewFactor")).map(([n]) => n).sort()).toEqual(["ReviewFactor", "ReviewFactor_Base", "ReviewFactor_High", "ReviewFactor_Low"]);
  });

  test("a writer that read what it did not load would fail: the double enforces load + sync", async () => {
    const workbook = newWorkbook();
    const load = jest.spyOn(WorksheetCollectionProxy.prototype, "load").mockImplementation(function (this: WorksheetCollectionProxy) {
      return this;
    });
    try {
      await expect(insert(workbook, rendered("sentiment-analysis"))).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    } finally {
      load.mockRestore();
    }
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("a step that throws while queuing: the added sheet is deleted, the error says what Excel refused", async () => {
    const workbook = await analystWorkbook(["Sheet2"], [], []);
    const before = await snapshot(workbook, ["Sheet1", "Sheet2"]);
    const add = jest.spyOn(ChartCollectionProxy.prototype, "add").mockImplementation(() => {
      throw ERR.invalid("chart source");
    });
    try {
      const error = await insert(workbook, rendered("complaint-redressal")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateInsertError);
      expect((error as TemplateInsertError).rolledBack).toBe(true);
      expect((error as Error).message).toBe('Could not insert "Complaint redressal chatbot (fine-tuned)": The argument is invalid or missing or has an incorrect format. (chart source) The partly written sheet was removed; nothing else changed.');
    } finally {
      add.mockRestore();
    }
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
    expect(await snapshot(workbook, ["Sheet1", "Sheet2"])).toBe(before);
  });

  test("a batch that Excel rejects part-way: what it wrote is removed; the message names Excel's refusal, not an exception", async () => {
    const workbook = await analystWorkbook(["Sheet2", "ROI business case"], ["Rate"], []);
    const before = await snapshot(workbook, ["Sheet1", "Sheet2", "ROI business case"]);
    workbook.stats.syncs = 0;
    // Excel refuses the chart inside the write round trip, after the sheet, its cells and names were added.
    const addChart = jest.spyOn(workbook, "addChart").mockImplementation(() => {
      throw ERR.invalid("chart source");
    });
    const error = await insert(workbook, rendered("roi-business-case")).catch((e: unknown) => e);
    addChart.mockRestore();
    expect(error).toBeInstanceOf(TemplateInsertError);
    expect((error as TemplateInsertError).rolledBack).toBe(true);
    expect((error as Error).message).toBe('Could not insert "ROI business case": Excel refused a value or an address as invalid (InvalidArgument). The partly written sheet was removed; nothing else changed.');
    expect(workbook.stats.syncs).toBe(4); // read, write (rejected), the rollback's read and delete
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2", "ROI business case"]);
    expect(await snapshot(workbook, ["Sheet1", "Sheet2", "ROI business case"])).toBe(before);
  });

  test("sheet names: suffixes fit Excel's 31 characters and compare case-insensitively", () => {
    expect(uniqueSheetName("Complaint redressal", ["complaint REDRESSAL"])).toBe("Complaint redressal (2)");
    expect(uniqueSheetName("A".repeat(31), ["A".repeat(31)])).toBe("A".repeat(27) + " (2)");
    expect(uniqueSheetName("X", ["X", "X (2)"])).toBe("X (3)");
  });
});

function parseCell(address: string): { top: number; left: number } {
  const ref = parseAddress(address);
  if (!ref) throw new Error(`not an address: ${address}`);
  return ref;
}
