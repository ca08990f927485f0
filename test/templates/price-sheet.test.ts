/**
 * The organisation price sheet end to end in the Office.js stand-in (Office.js's rules, HyperFormula evaluating the
 * shipped functions.js): the price-table template inserts the LlmcostPrices table and its workbook name; a template
 * inserted afterwards passes it to its LLMCOST formula ({PriceSheet}); editing a negotiated price recalculates it.
 */
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { createExcelStandin } from "../../preview/src/excel-standin";
import { llmcostWorkbookFactory } from "../../preview/src/workbook";
import { findTemplate, renderTemplate, type RenderedTemplate } from "../../src/templates";
import { insertRenderedTemplate, type TemplateToInsert } from "../../src/templates/writer";
import { PRICE_SHEET_NAME } from "../../src/templates/price-sheet";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function excel(): Run {
  const workbook = newWorkbook();
  const { Excel } = createExcelStandin(() => workbook);
  return (Excel as unknown as { run: Run }).run;
}

/** Inserts a template rendered once the writer has read the workbook; returns the rendering and the sheet name. */
async function insert(run: Run, id: string): Promise<{ rendered: RenderedTemplate; sheet: string; syncs: number }> {
  let rendered: RenderedTemplate | undefined;
  const render: TemplateToInsert = (workbook) => (rendered = renderTemplate(findTemplate(id)!, { priceSheet: workbook.priceSheet }));
  const result = await run((context) => insertRenderedTemplate(context, render));
  return { rendered: rendered!, sheet: result.sheets[0], syncs: result.syncs };
}

async function values(run: Run, sheet: string, addresses: string[]): Promise<unknown[][][]> {
  return run(async (context) => {
    const ranges = addresses.map((address) => context.workbook.worksheets.getItem(sheet).getRange(address));
    ranges.forEach((range) => range.load("values"));
    await context.sync();
    return ranges.map((range) => range.values);
  });
}

const costCell = (rendered: RenderedTemplate) => rendered.sheets[0].cells.find((c) => c.formula?.includes("LLMCOST.INFERENCE"))!;

/** What the sentiment sheet's cost formula should give: INFERENCE on the sheet's own inputs, with `sheet` as price_sheet. */
async function expectedCost(run: Run, sheetName: string, priceSheet: unknown[][] | null): Promise<number> {
  // model, input, output, queries, cached, discount, price date, FX rate (addresses from the rendered formula)
  const [[[model]], [[input]], [[output]], [[queries]], [[cached]], [[discount]], [[date]], [[fx]]] = await values(run, sheetName, ["C20", "B30", "B31", "B27", "C33", "C22", "B4", "B6"]);
  const usd = functions.call("INFERENCE", model, input, output, queries, cached, discount, date, 0, priceSheet);
  if (typeof usd !== "number") throw new Error(`INFERENCE gave ${JSON.stringify(usd)}`);
  return usd * (fx as number);
}

describe("{PriceSheet}: templates pass the workbook's organisation price sheet to their LLMCOST formulas", () => {
  test("without the price table, {PriceSheet} is \"\" and the sheet prices at list", async () => {
    const run = excel();
    const { rendered, sheet } = await insert(run, "sentiment-analysis");
    expect(costCell(rendered).formula).toMatch(/,0,""\)\*FxRate$/);
    const [[[cost]]] = await values(run, sheet, [costCell(rendered).address]);
    expect(cost).toBeCloseTo(await expectedCost(run, sheet, null), 9);
  });

  test("with it, the formula refers to the table's workbook name, and an edited price recalculates the cost", async () => {
    const run = excel();
    const table = await insert(run, "price-table");
    expect(table.syncs).toBeLessThanOrEqual(3);
    const { rendered, sheet, syncs } = await insert(run, "sentiment-analysis");
    expect(syncs).toBeLessThanOrEqual(3); // the writer detects the table within its three round trips
    expect(costCell(rendered).formula).toContain(`,0,${PRICE_SHEET_NAME})*FxRate`);

    // pre-filled with list prices: the same cost as at list
    const [[[atList]]] = await values(run, sheet, [costCell(rendered).address]);
    expect(atList).toBeCloseTo(await expectedCost(run, sheet, null), 9);

    // negotiate the model's input price down to a tenth of list
    const tableRange = table.rendered.sheets[0].tables[0].range;
    const [rows] = await values(run, table.sheet, [tableRange]);
    const [[[model]]] = await values(run, sheet, ["C20"]);
    const index = rows.findIndex((row) => row[0] === model && row[1] === "input");
    expect(index).toBeGreaterThan(0);
    const top = Number(tableRange.split(":")[0].replace(/^[A-Z]+/, ""));
    await run(async (context) => {
      context.workbook.worksheets.getItem(table.sheet).getRange(`C${top + index}`).values = [[(rows[index][2] as number) / 10]];
      await context.sync();
    });
    const [edited] = await values(run, table.sheet, [tableRange]);
    const [[[negotiated]]] = await values(run, sheet, [costCell(rendered).address]);
    expect(negotiated).toBeLessThan(atList as number);
    expect(negotiated).toBeCloseTo(await expectedCost(run, sheet, edited), 9);
  });
});
