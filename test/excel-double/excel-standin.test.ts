/**
 * The Excel double (dev/excel-double), in Node: Office.js's rules (load before read, null objects, errors with Excel's
 * codes, Excel.run's final sync), sheet-scoped names and en-US formulas in HyperFormula, and the template writer
 * inserting every template through it with the guide's figures in its named cells.
 */
import { encode } from "gpt-tokenizer";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { createExcelStandin, OfficeExtensionError } from "../../dev/excel-double/excel-standin";
import { llmcostWorkbookFactory, type Workbook } from "../../dev/excel-double/workbook";
import { TEMPLATES } from "../../src/templates";
import { ASSUMPTION_NAMES } from "../../src/templates/assumptions";
import { renderForWorkbook } from "../../src/templates/workbook";
import { insertRenderedTemplate } from "../../src/excel/template-writer";
import { PRICE_SHEET_NAME } from "../../src/templates/price-sheet";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);

function excelFor(workbook: Workbook) {
  const { Excel } = createExcelStandin(() => workbook);
  return Excel as unknown as { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OfficeExtensionError);
    return (error as OfficeExtensionError).code;
  }
  throw new Error("expected an error");
}

describe("Office.js rules", () => {
  test("a property read before load + sync throws PropertyNotLoaded; after sync it is there; a set value reads back", async () => {
    const Excel = excelFor(newWorkbook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1");
      range.values = [[2, "=A1*21"]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a value just set reads back without a load, as in Excel
      expect(range.values).toEqual([[2, "=A1*21"]]);
      const read = context.workbook.worksheets.getActiveWorksheet().getRange("B1");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- this test misuses Office.js on purpose, to prove the double refuses as Excel does
      expect(() => read.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      read.load("values, formulas, address");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- this test misuses Office.js on purpose, to prove the double refuses as Excel does
      expect(() => read.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(read.values).toEqual([[42]]);
      expect(read.formulas).toEqual([["=A1*21"]]);
      expect(read.address).toBe("Sheet1!B1");
      // eslint-disable-next-line office-addins/load-object-before-read -- this test misuses Office.js on purpose, to prove the double refuses as Excel does
      expect(() => read.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("getItem of a missing sheet rejects sync with ItemNotFound; getItemOrNullObject answers isNullObject after sync", async () => {
    const Excel = excelFor(newWorkbook());
    expect(
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Nope");
      // eslint-disable-next-line office-addins/call-sync-before-read -- this test misuses Office.js on purpose, to prove the double refuses as Excel does
      expect(() => sheet.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  test("commands before a failing one take effect; the rest do not; Excel.run syncs what is left", async () => {
    const workbook = newWorkbook();
    const Excel = excelFor(workbook);
    const failing = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A1:B2").values = [[1, 2]]; // wrong size
      sheet.getRange("A2").values = [[2]];
      await context.sync();
    });
    expect(await codeOf(failing)).toBe("InvalidArgument");
    expect(workbook.value(workbook.sheets[0], 0, 0)).toBe(1);
    expect(workbook.value(workbook.sheets[0], 1, 0)).toBe("");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C3").values = [[7]];
      return Promise.resolve();
    });
    expect(workbook.value(workbook.sheets[0], 2, 2)).toBe(7);
    expect(await codeOf(Excel.run((() => 5) as never))).toBe("RunMustReturnPromise");
  });

  test("duplicate sheets and names, invalid names and colors are refused as Excel refuses them", async () => {
    const Excel = excelFor(newWorkbook());
    const attempt = (f: (context: Excel.RequestContext) => void) =>
      codeOf(
        Excel.run(async (context) => {
          f(context);
          await context.sync();
        }),
      );
    expect(await attempt((c) => c.workbook.worksheets.add("sheet1"))).toBe("ItemAlreadyExists");
    expect(await attempt((c) => c.workbook.worksheets.add("a/b"))).toBe("InvalidArgument");
    expect(await attempt((c) => c.workbook.names.add("A1", "=1"))).toBe("InvalidArgument");
    expect(await attempt((c) => (c.workbook.worksheets.getActiveWorksheet().getRange("A1").format.fill.color = "notacolor"))).toBe("InvalidArgument");
    expect(await attempt((c) => c.workbook.worksheets.getActiveWorksheet().getRange("A1").formulas = [["=SUM(1,"]] as never)).toBe("InvalidArgument");
    expect(await attempt((c) => c.workbook.worksheets.getActiveWorksheet().delete())).toBe("InvalidOperation");
  });

  test("sheet-scoped names resolve on their own sheet; the same name can live on two sheets", async () => {
    const workbook = newWorkbook();
    const Excel = excelFor(workbook);
    await Excel.run(async (context) => {
      for (const [name, value] of [["One", 10], ["Two", 20]] as const) {
        const sheet = context.workbook.worksheets.add(name);
        sheet.names.add("Rate", sheet.getRange("B2"));
        sheet.getRange("B2:B3").formulas = [[value], ["=Rate*2"]];
      }
      const names = context.workbook.worksheets.getItem("Two").names;
      names.load("items/name,items/value,items/scope");
      const one = context.workbook.worksheets.getItem("One").getRange("B3");
      one.load("values");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.value, n.scope])).toEqual([["Rate", "Two!$B$2", "Worksheet"]]);
      expect(one.values).toEqual([[20]]);
    });
    expect(workbook.value(workbook.getSheet("Two"), 2, 1)).toBe(40);
  });
});

describe("LLMCOST formulas", () => {
  test("INFERENCE computes, COMPARE spills, an unknown model is #N/A with its message", async () => {
    const workbook = newWorkbook();
    const Excel = excelFor(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").formulas = [['=LLMCOST.INFERENCE("gpt-4o",1000000,1000000)']];
      sheet.getRange("A2").formulas = [['=LLMCOST.INFERENCE("no-such-model",1,1)']];
      sheet.getRange("A4").formulas = [["=LLMCOST.COMPARE(1000000,1000000,1,\"\",3)"]];
      await context.sync();
    });
    await workbook.settle();
    const sheet = workbook.sheets[0];
    expect(typeof workbook.value(sheet, 0, 0)).toBe("number");
    expect(workbook.value(sheet, 0, 0)).toBe(functions.call("INFERENCE", "gpt-4o", 1000000, 1000000));
    expect(workbook.value(sheet, 1, 0)).toBe("#N/A");
    expect(workbook.errorMessage(sheet, 1, 0)).toMatch(/no-such-model/);
    const compare = functions.call("COMPARE", 1000000, 1000000, 1, "", 3) as unknown[][];
    expect(workbook.value(sheet, 3, 0)).toBe(compare[0][0]);
    expect(workbook.value(sheet, 3 + compare.length - 1, 0)).toBe(compare[compare.length - 1][0]);
  });
});

describe("the rest of the Office.js surface the double offers, as Excel documents it", () => {
  test("tables and freeze panes as the writers use them: add, getRange, convertToRange, freezeAt", async () => {
    const workbook = newWorkbook();
    await excelFor(workbook).run(async (context) => {
      const data = context.workbook.worksheets.add("Data");
      data.getRange("A1:B3").values = [["model", "usd"], ["a", 1], ["b", 2]];
      const table = data.tables.add("A1:B3", true);
      const whole = table.getRange().load("address, values");
      data.freezePanes.freezeAt(data.getRange("A1:B1"));
      await context.sync();
      expect([whole.address, whole.values]).toEqual(["Data!A1:B3", [["model", "usd"], ["a", 1], ["b", 2]]]);
      expect(workbook.getSheet("Data").freeze).toEqual({ rows: 1, columns: 2 });
      expect(workbook.tables).toHaveLength(1);
      table.convertToRange();
      await context.sync();
      expect(workbook.tables).toEqual([]);
      expect(workbook.value(workbook.getSheet("Data"), 1, 0)).toBe("a");
    });
  });
});

describe("Excel's behaviour the pane relies on", () => {
  test("dates are Excel's serials: DATE(2023,1,1) is 44927, 1900-03-01 is 61 (1900-02-29 counted), typed 2023-01-01 is 44927 shown 1/1/2023", async () => {
    const workbook = newWorkbook();
    const sheet = workbook.sheets[0];
    workbook.setInputs(sheet, 0, 0, [["=DATE(2023,1,1)", "2023-01-01", "=DATE(1900,3,1)", "=DATE(1900,1,1)", '=TEXT(B1,"yyyy-mm-dd")']]);
    expect([0, 1, 2, 3, 4].map((c) => workbook.value(sheet, 0, c))).toEqual([44927, 44927, 61, 1, "2023-01-01"]);
    expect(workbook.view(sheet, 0, 1).text).toBe("1/1/2023");
    workbook.setNumberFormat(sheet, 0, 0, "yyyy-mm-dd");
    expect(workbook.view(sheet, 0, 0).text).toBe("2023-01-01");
  });

  test("an asynchronous result settling (TOKENS) leaves a COMPARE spill beside it spilled, with its values", async () => {
    const workbook = newWorkbook();
    const sheet = workbook.sheets[0];
    workbook.setInputs(sheet, 2, 0, [['=LLMCOST.COMPARE(1000000,1000000,1,"",3)']]);
    workbook.setInputs(sheet, 19, 0, [["Where is my parcel?"]]);
    workbook.setInputs(sheet, 19, 2, [["=LLMCOST.TOKENS(A20)"]]);
    expect(workbook.value(sheet, 19, 2)).toBe("#BUSY!");
    expect(workbook.busy).toBe(true);
    await workbook.settle();
    expect(workbook.busy).toBe(false);
    expect(workbook.value(sheet, 19, 2)).toBe(encode("Where is my parcel?").length);
    const compare = functions.call("COMPARE", 1000000, 1000000, 1, "", 3) as unknown[][];
    compare.forEach((row, r) => row.forEach((cell, c) => expect(workbook.value(sheet, 2 + r, c)).toBe(cell)));
  });

  test("the selection the grid sets is the one getSelectedRange and getActiveCell report; a range's used part, or a null object", async () => {
    const workbook = newWorkbook();
    const sheet = workbook.sheets[0];
    workbook.setInputs(sheet, 19, 0, [["one"], ["two"]]);
    workbook.selection = { sheet, ref: { top: 19, left: 0, bottom: 30, right: 1 } };
    await excelFor(workbook).run(async (context) => {
      const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true).load("address, values");
      const active = context.workbook.getActiveCell().load("address");
      const empty = context.workbook.worksheets.getActiveWorksheet().getRange("D1:E5").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect([used.isNullObject, used.address, used.values]).toEqual([false, "Sheet1!A20:A21", [["one"], ["two"]]]);
      expect(active.address).toBe("Sheet1!A20");
      expect(empty.isNullObject).toBe(true);
    });
  });
});

describe("the template writer through the stand-in", () => {
  test.each(TEMPLATES.map((t) => t.id))("%s inserts in at most 3 round trips, every named cell computed", async (id) => {
    const workbook = newWorkbook();
    const Excel = excelFor(workbook);
    // as the pane renders into an empty workbook: the template's sheets and the Assumptions sheet it reads
    const rendered = renderForWorkbook(TEMPLATES.find((t) => t.id === id)!, {}, "en", { names: [], priceSheet: "", definedNames: [] });
    const result = await Excel.run((context) => insertRenderedTemplate(context, rendered));
    await workbook.settle();
    expect(result.syncs).toBeLessThanOrEqual(3);
    expect(workbook.stats.syncs).toBe(result.syncs);
    for (const name of rendered.names) {
      const sheet = workbook.getSheet(result.sheets[rendered.sheets.findIndex((s) => s.name === name.sheet)]);
      const model = workbook.findName(name.name, name.workbook ? null : sheet); // the price sheet's and the Assumptions' names are workbook-scoped
      expect(model).toBeDefined();
      const range = workbook.nameRange(model!)!;
      const value = workbook.value(sheet, range.ref.top, range.ref.left);
      if (typeof value === "string" && value.startsWith("#")) throw new Error(`${id}: ${name.name} at ${name.address} is ${value} (${workbook.errorMessage(sheet, range.ref.top, range.ref.left) ?? ""})`);
    }
    const masterSheet = workbook.getSheet(result.sheets[0]);
    expect(result.masterCheck).toBe("OK");
    expect(masterSheet).toBeDefined();
  });
});

describe("inserting templates never touches what the analyst already has", () => {
  test("every template inserted twice into a workbook with same-named sheets and names: every pre-existing cell and name unchanged", async () => {
    const workbook = newWorkbook();
    const Excel = excelFor(workbook);
    // The analyst's own workbook: sheets named like templates, holding data and formulas, and workbook-level names
    // that the templates also define (sheet-scoped) — the analyst's must keep pointing at the analyst's cells.
    const userSheets = ["Complaint redressal", "Sentiment analysis", "Price table"];
    const userNames = ["TotalCost_Guide", "PriceDate", "MasterCheck", "InputTokens"];
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      userSheets.forEach((name, index) => {
        const sheet = sheets.add(name);
        sheet.getRange("A1:C3").values = [
          ["my budget", 1000 * (index + 1), "=B1*2"],
          ["notes", "keep", "=LLMCOST.INFERENCE(\"gpt-4o-mini\",B1,B1)"],
          [45658, true, "=SUM(B1:B2)"],
        ];
      });
      userNames.forEach((name, index) => context.workbook.names.add(name, sheets.getItem(userSheets[index % userSheets.length]).getRange(`B${(index % 3) + 1}`)));
      await context.sync();
    });
    await workbook.settle();

    const readAll = () =>
      Excel.run(async (context) => {
        const ranges = userSheets.map((name) => context.workbook.worksheets.getItem(name).getRange("A1:Z60").load("values, formulas, numberFormat"));
        const names = context.workbook.names.load("items/name, items/formula");
        const referred = userNames.map((name) => context.workbook.names.getItem(name).getRange().load("values, address"));
        await context.sync();
        return JSON.stringify({
          cells: ranges.map((r) => [r.values, r.formulas, r.numberFormat]),
          // the names a template adds to the workbook: the price sheet's (price-table) and the Assumptions drivers
          names: names.items.filter((n) => n.name !== PRICE_SHEET_NAME && !ASSUMPTION_NAMES.includes(n.name)).map((n) => [n.name, n.formula]),
          referred: referred.map((r) => [r.address, r.values]),
        });
      });
    const before = await readAll();

    for (const template of TEMPLATES) {
      for (let round = 0; round < 2; round++) {
        // as the pane inserts: rendered once the writer has read the workbook (its Assumptions sheet among it)
        const result = await Excel.run((context) => insertRenderedTemplate(context, (facts) => renderForWorkbook(template, {}, "en", facts)));
        expect(result.masterCheck).toBe("OK");
        expect(userSheets).not.toContain(result.sheets[0]);
      }
    }
    await workbook.settle();
    expect(await readAll()).toBe(before);
    expect(workbook.findName(PRICE_SHEET_NAME, null)).toBeDefined(); // added once, by the first price-table
  });
});

describe("range navigation the add-in uses", () => {
  test("getColumnsAfter gives the columns right of a range; getUsedRange is A1 on an empty sheet and the filled block otherwise", async () => {
    const Excel = excelFor(newWorkbook());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const emptyUsed = sheet.getUsedRange().load("address");
      const after = sheet.getRange("B2:C4").getColumnsAfter(2).load("address");
      await context.sync();
      expect(emptyUsed.address).toMatch(/!A1$/);
      expect(after.address).toMatch(/!D2:E4$/);
      sheet.getRange("B2:C3").values = [[1, 2], [3, 4]];
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toMatch(/!B2:C3$/);
    });
  });
});
