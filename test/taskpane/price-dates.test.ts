/**
 * The pane's price-change view (src/excel/price-date-review.ts) against the Excel double with the built functions:
 * for each sheet with LLMCOST cost formulas, the price dates it pins, the models it uses, and each cost cell now and at
 * today's prices — read-only. The check is the definition: after the review, the test moves the sheet's price date to
 * today itself, and every cost cell must then show what the review said it would.
 */
import { distWorkbooks, excelRunFor, type Workbook } from "../../dev/excel-double";
import { isoToExcelSerial } from "../../src/engine";
import { reviewPriceDates, type SheetPriceDates } from "../../src/excel/price-date-review";
import { insertRenderedTemplate } from "../../src/excel/template-writer";
import { findTemplate } from "../../src/templates";
import { renderForWorkbook } from "../../src/templates/workbook";

const { newWorkbook } = distWorkbooks();
const TODAY = "2026-11-30";

const review = (workbook: Workbook) => excelRunFor(workbook)((context) => reviewPriceDates(context, TODAY));

async function cells(workbook: Workbook, sheet: string, address: string): Promise<{ values: unknown[][]; formulas: unknown[][] }> {
  return excelRunFor(workbook)(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values, formulas");
    await context.sync();
    return { values: range.values, formulas: range.formulas };
  });
}

async function write(workbook: Workbook, sheet: string, address: string, values: unknown[][]): Promise<void> {
  await excelRunFor(workbook)(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).formulas = values as string[][];
    await context.sync();
  });
}

/** An analyst's own sheet: a price date, a model whose prices changed since (deepseek-v4-pro, 2026-08-17), costs. */
async function analystSheet(): Promise<Workbook> {
  const workbook = newWorkbook();
  await excelRunFor(workbook)(async (context) => {
    const sheet = context.workbook.worksheets.add("Budget");
    sheet.getRange("A1:C6").formulas = [
      ["Price date", "=DATE(2026,8,1)", ""],
      ["Model", "deepseek-v4-pro", ""],
      ["Monthly API cost (EUR)", "=LLMCOST.INFERENCE(B2,2000000,500000,1000,,,B1)*0.92", ""],
      ["Per request", "=LLMCOST.INFERENCE(B2,2000000/1000,500000/1000,1,,,B1)", ""],
      ["Cost plus a fee", "=LLMCOST.INFERENCE(B2,1000000,0,,,,B1)+10", ""],
      ["Unpinned", '=LLMCOST.INFERENCE("gpt-4o-mini",1000000,0)', ""],
    ];
    context.workbook.worksheets.add("Notes").getRange("A1").values = [["no formulas here"]];
    await context.sync();
  });
  return workbook;
}

describe("price dates of the open workbook", () => {
  test("each sheet's price date, models and cost cells; moving the date to today gives what the review said", async () => {
    const workbook = await analystSheet();
    const before = await cells(workbook, "Budget", "A1:C6");
    const [budget, ...others] = await review(workbook);
    expect(others).toEqual([]); // the sheet without LLMCOST formulas is not listed
    expect(budget.sheet).toBe("Budget");
    expect(budget.priceDates).toEqual(["2026-08-01"]);
    expect(budget.models).toEqual(["deepseek-v4-pro", "gpt-4o-mini"]);
    // the sum with a fee cannot move by the call's ratio, and the unpinned call has no date to move: both said, not guessed
    expect(budget.notRepriced).toBe(2);
    expect(budget.cells.map((c) => [c.address, c.label, c.model, c.priceDate])).toEqual([
      ["B3", "Monthly API cost (EUR)", "deepseek-v4-pro", "2026-08-01"],
      ["B4", "Per request", "deepseek-v4-pro", "2026-08-01"],
    ]);
    const [monthly, perRequest] = budget.cells;
    expect(monthly.before).toBe(before.values[2][1]);
    expect(monthly.after).toBeGreaterThan(monthly.before); // input 0.435 → 1.32 USD per 1M on 2026-08-17
    // read-only: nothing in the workbook changed
    expect(await cells(workbook, "Budget", "A1:C6")).toEqual(before);
    // the definition: the analyst moves the price date to today, and the cells show what the review said
    await write(workbook, "Budget", "B1", [[isoToExcelSerial(TODAY)]]);
    const moved = await cells(workbook, "Budget", "B3:B4");
    expect(moved.values[0][0]).toBeCloseTo(monthly.after, 9);
    expect(moved.values[1][0]).toBeCloseTo(perRequest.after, 12);
  });

  test("an inserted use-case sheet: its title-block price date (a sheet name), its model, its cost cells", async () => {
    const workbook = newWorkbook();
    const template = findTemplate("roi-business-case")!;
    await excelRunFor(workbook)((context) => insertRenderedTemplate(context, (facts) => renderForWorkbook(template, { priceDate: "2026-03-01", choices: { model: "gpt-4.1" } }, "en", facts)));
    const reviews = await review(workbook);
    const roi = reviews.find((r) => r.cells.length > 0) as SheetPriceDates;
    expect(roi.priceDates).toEqual(["2026-03-01"]);
    expect(roi.models).toEqual(["gpt-4.1"]);
    const api = roi.cells.find((c) => c.label === "Own inputs: model API cost per month");
    expect(api).toBeDefined();
    // gpt-4.1's list prices did not change between the dates: the review says so rather than inventing a change
    expect(api!.after).toBeCloseTo(api!.before, 9);
    expect(api!.before).toBeGreaterThan(0);
  });
});
