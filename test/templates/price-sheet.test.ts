/**
 * The organisation price sheet end to end in the Office.js stand-in (Office.js's rules, HyperFormula evaluating the
 * shipped functions.js): the price-table template inserts the LlmcostPrices table and its workbook name; a template
 * inserted afterwards passes it to its LLMCOST formulas ({PriceSheet}); editing a negotiated price recalculates them.
 */
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { createExcelStandin } from "../../dev/excel-double/excel-standin";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { findTemplate, renderTemplate, type RenderedTemplate } from "../../src/templates";
import { renderForWorkbook } from "../../src/templates/workbook";
import { insertRenderedTemplate, type RenderForWorkbook } from "../../src/excel/template-writer";
import { PRICE_SHEET_NAME } from "../../src/templates/price-sheet";
import { callsIn } from "./formula-calls";

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
  // as the pane renders it: with the workbook's price sheet and the Assumptions sheet its formulas read
  const render: RenderForWorkbook = (workbook) => (rendered = renderForWorkbook(findTemplate(id)!, {}, "en", workbook));
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

/** The cell a sheet-scoped name of the rendering points at, with its formula. */
function namedCell(rendered: RenderedTemplate, name: string): { address: string; formula: string } {
  const found = rendered.names.find((n) => n.name === name)!;
  return cellAt(rendered, found.address.replace(/\$/g, ""));
}

function cellAt(rendered: RenderedTemplate, address: string): { address: string; formula: string } {
  const cell = rendered.sheets[0].cells.find((c) => c.address === address)!;
  return { address: cell.address, formula: cell.formula ?? "" };
}

/** The sheet's named API cost: an INFERENCE call whose last argument is {PriceSheet}. */
const costCell = (rendered: RenderedTemplate) => namedCell(rendered, "InferenceCost_Catalog");

/** The cell in value column `column` of the row labelled `label`. */
function rowCell(rendered: RenderedTemplate, label: string, column: string): { address: string; formula: string } {
  const labelCell = rendered.sheets[0].cells.find((c) => c.address.startsWith("A") && c.value === label)!;
  return cellAt(rendered, `${column}${labelCell.address.slice(1)}`);
}

/** The top-level arguments of the first LLMCOST.INFERENCE( … ) call in a formula. */
const inferenceArguments = (formula: string): string[] => callsIn(formula, /LLMCOST\.INFERENCE/)[0].args;

/**
 * What the cost cell should hold: INFERENCE called directly on the values of the cell's own arguments (each evaluated
 * in a scratch cell of the same sheet), with `priceSheet` as price_sheet, times the sheet's FX rate.
 */
async function expectedCost(run: Run, sheetName: string, formula: string, priceSheet: unknown[][] | null): Promise<number> {
  const args = inferenceArguments(formula).slice(0, 8); // model … cache_write_tokens; price_sheet is given here
  const scratch = args.map((_arg, i) => `ZZ${i + 1}`);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    args.forEach((arg, i) => (sheet.getRange(scratch[i]).formulas = [[`=${arg}`]]));
    sheet.getRange("ZZ20").formulas = [["=FxRate"]];
    await context.sync();
  });
  const read = await values(run, sheetName, [...scratch, "ZZ20"]);
  const usd = functions.call("INFERENCE", ...read.slice(0, args.length).map((v) => v[0][0]), priceSheet);
  if (typeof usd !== "number") throw new Error(`INFERENCE gave ${JSON.stringify(usd)}`);
  return usd * (read[args.length][0][0] as number);
}

describe("{PriceSheet}: templates pass the workbook's organisation price sheet to their LLMCOST formulas", () => {
  test("without the price table, {PriceSheet} is \"\" and the sheet prices at list", async () => {
    const run = excel();
    const { rendered, sheet } = await insert(run, "sentiment-analysis");
    expect(costCell(rendered).formula).toContain(',0,"")*FxRate');
    const [[[cost]]] = await values(run, sheet, [costCell(rendered).address]);
    expect(cost).toBeCloseTo(await expectedCost(run, sheet, costCell(rendered).formula, null), 9);
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
    expect(atList).toBeCloseTo(await expectedCost(run, sheet, costCell(rendered).formula, null), 9);

    // negotiate the model's input price down to a tenth of list
    const tableRange = table.rendered.sheets[0].tables[0].range;
    const [rows] = await values(run, table.sheet, [tableRange]);
    const [[[model]]] = await values(run, sheet, [inferenceArguments(costCell(rendered).formula)[0].replace(/\$/g, "")]);
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
    expect(negotiated).toBeCloseTo(await expectedCost(run, sheet, costCell(rendered).formula, edited), 9);
  });

  test("a negotiated price moves a use-case sheet's MonthlyCost_Catalog by exactly the model's token cost at the new price", async () => {
    const run = excel();
    const table = await insert(run, "price-table");
    const { rendered, sheet } = await insert(run, "acquisition");
    const monthly = namedCell(rendered, "MonthlyCost_Catalog");
    const tokens = rowCell(rendered, "Model cost: API tokens / GPU replicas", "C"); // the API model's tokens in month 1
    expect(inferenceArguments(tokens.formula)[8]).toBe(PRICE_SHEET_NAME);
    const [[[before]]] = await values(run, sheet, [monthly.address]);
    const tokensAtList = await expectedCost(run, sheet, tokens.formula, null);

    // negotiate the model's input and output prices down to a tenth of list
    const tableRange = table.rendered.sheets[0].tables[0].range;
    const [rows] = await values(run, table.sheet, [tableRange]);
    const [[[model]]] = await values(run, sheet, [inferenceArguments(tokens.formula)[0].replace(/\$/g, "")]);
    const top = Number(tableRange.split(":")[0].replace(/^[A-Z]+/, ""));
    const negotiated = ["input", "output"].map((type) => rows.findIndex((row) => row[0] === model && row[1] === type));
    expect(negotiated.every((index) => index > 0)).toBe(true);
    await run(async (context) => {
      for (const index of negotiated) context.workbook.worksheets.getItem(table.sheet).getRange(`C${top + index}`).values = [[(rows[index][2] as number) / 10]];
      await context.sync();
    });
    const [edited] = await values(run, table.sheet, [tableRange]);
    const [[[after]]] = await values(run, sheet, [monthly.address]);
    const tokensNegotiated = await expectedCost(run, sheet, tokens.formula, edited);
    expect(tokensNegotiated).toBeLessThan(tokensAtList * 0.5);
    expect(after).toBeLessThan(before as number);
    expect((before as number) - (after as number)).toBeCloseTo(tokensAtList - tokensNegotiated, 6);
  });
});

test("retired fine-tuning base models (davinci-002, babbage-002) are flagged retired with the day runs ended, outside the price table, never priced", () => {
  const sheet = renderTemplate(findTemplate("price-table")!).sheets[0];
  const table = parseAddressRange(sheet.tables[0].range);
  const rowOf = (model: string) => Number(sheet.cells.find((c) => c.value === model && c.address.startsWith("A"))?.address.slice(1));
  for (const model of ["davinci-002", "babbage-002"]) {
    const row = rowOf(model);
    expect(row).toBeGreaterThan(table.bottom);
    const at = (col: string) => sheet.cells.find((c) => c.address === `${col}${row}`);
    expect([at("B")?.value, at("C")?.value, at("E")?.value, at("E")?.format, at("F")?.value]).toEqual(["training", "retired", 45593, "yyyy-mm-dd", "openai"]);
    expect(String(at("H")?.value)).toMatch(/^Retired: new fine-tuning runs ended 2024-10-28/);
  }
});

/** Last row (1-based) of an A1 range such as A12:H73. */
function parseAddressRange(range: string): { bottom: number } {
  return { bottom: Number(/(\d+)$/.exec(range)?.[1]) };
}
