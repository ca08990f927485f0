/**
 * Import → LlmcostActuals → the budget-vs-actual sheet, end to end through the preview's Office.js stand-in and
 * HyperFormula with the functions of the built dist/functions.js (run `npm run build` first). Every line's list cost
 * is compared with LLMCOST.INFERENCE called directly on the same row.
 */
import serviceTiers from "../../src/data/service-tiers.json";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { actualsFixture, excelFor, importAll, type Run } from "../support/actuals-workbook";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { isoToExcelSerial } from "../../src/engine";
import { parseUsage, type UsageRow } from "../../src/engine/actuals";
import { parseBudgetCsv, linesOfUsage } from "../../src/templates/budget-lines";
import { insertBudgetVsActual, renderFromWorkbook } from "../../src/excel/budget-vs-actual-sheet";
import { tableRow } from "../../src/templates/actuals-table";
import { writeActualsTable } from "../../src/excel/actuals-table-writer";
import { findTemplate, renderTemplate, type RenderOptions } from "../../src/templates";
import { PRICE_SHEET_NAME } from "../../src/templates/price-sheet";
import { budgetVsActualTemplate, plainText } from "../../src/templates/catalog/budget-vs-actual";
import { insertRenderedTemplate } from "../../src/excel/template-writer";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);
const fixture = actualsFixture;
const FILES = ["openai-completions.json", "anthropic-messages.json", "gateway.csv", "control-prefixes.csv"];


/** Inserts the sheet laid out from the table (and the budget fixture) and reads cells and names back. */
async function insertSheet(run: Run, options: RenderOptions = {}) {
  const budget = parseBudgetCsv(fixture("budget.csv")).rows;
  return run(async (context) => {
    const rendered = await renderFromWorkbook(context, options, budget);
    const result = await insertRenderedTemplate(context, rendered);
    const sheet = context.workbook.worksheets.getItem(result.sheets[0]);
    const used = sheet.getRange(rendered.sheets[0].usedRange);
    used.load("values");
    const names = rendered.names.map((n) => ({ name: n.name, range: sheet.getRange(n.address) }));
    names.forEach((n) => n.range.load("values"));
    await context.sync();
    const byName = Object.fromEntries(names.map((n) => [n.name, n.range.values[0][0]]));
    return { rendered, values: used.values as unknown[][], names: byName as Record<string, unknown>, masterCheck: result.masterCheck };
  });
}

/** The row's region where its provider prices regions by that name (service-tiers.json); a cloud region (FOCUS) is priced at list. */
const providerRegion = (row: UsageRow) => (serviceTiers.rows.some((r) => r.kind === "region" && r.provider === row.provider && r.name === row.region) ? row.region : null);
const call = (id: string, ...args: unknown[]) => functions.call(id, ...args) as number;

/**
 * The list cost of one normalised row, from INFERENCE called directly at the row's tier (provisioned at standard,
 * speed fast at the fast tier) and region, every cache write at its own price, $10 per 1,000 searches, at the prices
 * of `priceSheet` (a price table's values) where given.
 */
function expectedListCost(row: UsageRow, priceSheet: unknown[][] | null = null): number {
  const month = isoToExcelSerial(row.month);
  const prompt = row.inputTokens + row.cacheWriteTokens + row.cacheWrite1hTokens;
  const requests = row.requests && row.requests > 0 ? row.requests : Math.max(1, prompt);
  const tier = row.tier === "provisioned" ? "standard" : row.speed === "fast" ? "fast" : row.tier;
  const cost = prompt + row.outputTokens === 0 ? 0 : call("INFERENCE", row.model, prompt, row.outputTokens, requests, row.cachedInputTokens, 0, month, row.cacheWriteTokens, priceSheet, tier, providerRegion(row), row.cacheWrite1hTokens);
  return cost + (row.webSearchRequests * 10) / 1000;
}

describe("budget vs actual, from imported files", () => {
  let sheet: Awaited<ReturnType<typeof insertSheet>>;
  let rows: UsageRow[];
  beforeAll(async () => {
    const run = excelFor(newWorkbook());
    rows = await importAll(run, FILES);
    sheet = await insertSheet(run);
  });

  test("no error anywhere on the sheet and the master check is OK", () => {
    const errors = sheet.values.flat().filter((v) => typeof v === "string" && /^#[A-Z/0!?]+/.test(v));
    expect(errors).toEqual([]);
    expect(sheet.masterCheck).toBe("OK");
  });

  test("every line's list cost equals INFERENCE (+ cache writes, web searches) on the same row, to the cent", () => {
    const lines = linesOfUsage(rows);
    expect(lines.length).toBe(rows.length); // no two files share a line key in these fixtures
    const labelColumn = sheet.values.map((row) => row[0]);
    const listColumn = 14; // O: the "list" value column
    for (const row of rows) {
      const label = `${row.month.slice(0, 7)} ${row.model} · ${row.team}`;
      const at = labelColumn.indexOf(label);
      expect(at).toBeGreaterThan(0);
      const expected = expectedListCost(row);
      expect(expected).toBeGreaterThan(0);
      expect(Math.round((sheet.values[at][listColumn] as number) * 100)).toBe(Math.round(expected * 100));
      expect(sheet.values[at][listColumn] as number).toBeCloseTo(expected, 9);
    }
    const total = rows.reduce((sum, row) => sum + expectedListCost(row), 0);
    expect(sheet.names.ActualListCost_Total as number).toBeCloseTo(total, 9);
  });

  test("billed cost from the files, budget from the budget table, variance = volume + price/mix", () => {
    const billed = rows.reduce((sum, row) => sum + (row.billedCost ?? 0), 0);
    expect(sheet.names.ActualBilledCost_Total as number).toBeCloseTo(billed, 9);
    expect(billed).toBeCloseTo(0.29 + 0.14 + 0.41 + 1.02, 9);
    expect(sheet.names.BudgetCost_Total).toBeCloseTo(0.8 + 0.5 + 20 + 1.0, 9);
    const volume = sheet.names.Variance_Volume as number;
    const priceMix = sheet.names.Variance_PriceMix as number;
    const total = sheet.names.Variance_Total as number;
    expect(total).toBeCloseTo((sheet.names.ActualListCost_Total as number) - (sheet.names.BudgetCost_Total as number), 9);
    expect(volume + priceMix).toBeCloseTo(total, 9);
    expect(Math.abs(volume)).toBeGreaterThan(0.01);
    expect(Math.abs(priceMix)).toBeGreaterThan(0.01);
  });

  test("the November volume variance follows the FP&A formula: (actual − budget tokens) × budget cost per token", () => {
    const november = rows.filter((row) => row.month === "2026-11-01");
    const tokens = november.reduce((s, r) => s + r.inputTokens + r.outputTokens + r.cacheWriteTokens + r.cacheWrite1hTokens, 0);
    const cost = november.reduce((s, r) => s + expectedListCost(r), 0);
    const at = sheet.values.findIndex((row) => row[0] === "Variance 2026-11");
    expect(sheet.values[at][8] as number).toBeCloseTo(((tokens - 2_500_000) * 1.0) / 2_500_000, 9); // I: volume
    expect(sheet.values[at][9] as number).toBeCloseTo(cost - (tokens * 1.0) / 2_500_000, 9); // J: price/mix
  });

  test("formula-looking team names (=, +, -, tab, CR prefixes) are shown as the text the file wrote", () => {
    const teams = sheet.values.map((row) => row[4]);
    for (const team of ['=HYPERLINK("http://example.invalid","x")', "+cmd", "-1+2", "\tTab", "\rCR"]) expect(teams).toContain(team);
  });

  test("gaps above the threshold are flagged; lines without a bill say so", () => {
    const flags = new Set(sheet.values.map((row) => row[17]));
    expect(flags.has("no bill")).toBe(true);
    expect([...flags].some((flag) => flag === "CHECK" || flag === "OK")).toBe(true);
  });
});

test("in EUR: list and billed costs are the USD amounts × the rate; budgets are read in the sheet's currency", async () => {
  const run = excelFor(newWorkbook());
  const rows = await importAll(run, FILES);
  const usd = await insertSheet(run);
  const eur = await insertSheet(run, { currency: "EUR", fxRate: 0.9 });
  const list = rows.reduce((sum, row) => sum + expectedListCost(row), 0);
  const billed = rows.reduce((sum, row) => sum + (row.billedCost ?? 0), 0);
  expect(eur.names.ActualListCost_Total as number).toBeCloseTo(list * 0.9, 9);
  expect(eur.names.ActualBilledCost_Total as number).toBeCloseTo(billed * 0.9, 9);
  expect(eur.names.BudgetCost_Total).toBe(usd.names.BudgetCost_Total);
  expect(eur.names.Variance_Total as number).toBeCloseTo(list * 0.9 - (eur.names.BudgetCost_Total as number), 9);
  expect((eur.names.Variance_Volume as number) + (eur.names.Variance_PriceMix as number)).toBeCloseTo(eur.names.Variance_Total as number, 9);
  expect(eur.masterCheck).toBe("OK");
});

test("inserted into a workbook with the organisation price sheet, usage is repriced at its negotiated prices", async () => {
  const run = excelFor(newWorkbook());
  const rows = parseUsage(fixture("gateway.csv")).rows;
  await run((context) => writeActualsTable(context, rows.map((row) => tableRow(row, { source: "gw", file: "gw", importedAt: 1 })), "gw"));
  const table = renderTemplate(findTemplate("price-table")!);
  const tableSheet = (await run((context) => insertRenderedTemplate(context, table))).sheets[0];
  const inserted = await run((context) => insertBudgetVsActual(context));
  const read = (sheetName: string, address: string, what: "values" | "formulas") =>
    run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheetName).getRange(address).load(what);
      await context.sync();
      return range[what] as unknown[][];
    });
  const rendered = renderTemplate(budgetVsActualTemplate({ lines: linesOfUsage(rows), budget: [] }));
  const total = rendered.names.find((n) => n.name === "ActualListCost_Total")!.address;
  const listCells = rendered.sheets[0].cells.filter((c) => c.formula?.includes("LLMCOST.INFERENCE("));
  expect(listCells.length).toBe(linesOfUsage(rows).length);
  for (const cell of listCells) expect((await read(inserted.sheets[0], cell.address, "formulas"))[0][0]).toContain(`,${PRICE_SHEET_NAME},`);
  const [[atList]] = await read(inserted.sheets[0], total, "values");
  expect(atList as number).toBeCloseTo(rows.reduce((sum, row) => sum + expectedListCost(row), 0), 9);

  // negotiate gpt-4o-mini's input price down to a tenth
  const range = table.sheets[0].tables[0].range;
  const prices = await read(tableSheet, range, "values");
  const index = prices.findIndex((row) => row[0] === "gpt-4o-mini" && row[1] === "input");
  expect(index).toBeGreaterThan(0);
  const top = Number(range.split(":")[0].replace(/^[A-Z]+/, ""));
  await run(async (context) => {
    context.workbook.worksheets.getItem(tableSheet).getRange(`C${top + index}`).values = [[(prices[index][2] as number) / 10]];
    await context.sync();
  });
  const edited = await read(tableSheet, range, "values");
  const [[negotiated]] = await read(inserted.sheets[0], total, "values");
  expect(negotiated as number).toBeLessThan(atList as number);
  expect(negotiated as number).toBeCloseTo(rows.reduce((sum, row) => sum + expectedListCost(row, edited), 0), 9);
});

test("re-importing every file leaves the sheet's totals unchanged", async () => {
  const run = excelFor(newWorkbook());
  await importAll(run, FILES);
  const once = await insertSheet(run);
  await importAll(run, FILES);
  const twice = await insertSheet(run);
  for (const name of ["ActualListCost_Total", "ActualBilledCost_Total", "BudgetCost_Total", "Variance_Total", "Variance_Volume", "Variance_PriceMix"]) {
    expect(twice.names[name]).toBe(once.names[name]);
  }
  expect(twice.masterCheck).toBe("OK");
});

test("a month imported after the sheet was laid out fails the 'every token on a line' check", async () => {
  const run = excelFor(newWorkbook());
  const rows = parseUsage(fixture("openai-completions.json")).rows;
  await run((context) => writeActualsTable(context, rows.map((row) => tableRow(row, { source: "OpenAI", file: "a", importedAt: 1 })), "OpenAI"));
  const before = await insertSheet(run);
  expect(before.masterCheck).toBe("OK");
  const later = parseUsage(fixture("openai-pages.jsonl")).rows;
  await run((context) => writeActualsTable(context, later.map((row) => tableRow(row, { source: "OpenAI", file: "b", importedAt: 2 })), "OpenAI"));
  const check = await run(async (context) => {
    const range = context.workbook.worksheets.getItem(before.rendered.sheets[0].name).getRange(before.rendered.masterCheck.address);
    range.load("values");
    await context.sync();
    return range.values[0][0];
  });
  expect(check).toBe("ERROR");
});

test("chargeback: shared costs allocated by requests, then by fixed shares, add up to list cost + shared costs", async () => {
  const run = excelFor(newWorkbook());
  const rows = parseUsage(fixture("gateway.csv")).rows;
  await run((context) => writeActualsTable(context, rows.map((row) => tableRow(row, { source: "gw", file: "gw", importedAt: 1 })), "gw"));
  const rendered = await run((context) => renderFromWorkbook(context));
  const address = (name: string) => rendered.names.find((n) => n.name === name)!.address;
  const result = await run((context) => insertRenderedTemplate(context, rendered));
  const readTeams = () =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(result.sheets[0]);
      const used = sheet.getRange(rendered.sheets[0].usedRange);
      const check = sheet.getRange(rendered.masterCheck.address);
      used.load("values");
      check.load("values");
      await context.sync();
      const teams = (used.values as unknown[][]).filter((row) => String(row[0]).startsWith("Chargeback ") && typeof row[11] === "number");
      const rule = (used.values as unknown[][]).find((row) => row[0] === "Allocation rule")?.[4];
      return { teams: teams.map((row) => ({ team: row[4], requests: row[11] as number, direct: row[14] as number, allocated: row[15] as number, charge: row[17] as number })), check: check.values[0][0], rule };
    });
  const setInputs = (values: Record<string, unknown>) =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(result.sheets[0]);
      for (const [name, value] of Object.entries(values)) sheet.getRange(address(name)).values = [[value]];
      await context.sync();
    });

  await setInputs({ SharedCost: 90, AllocationDriver: "requests" });
  const byRequests = await readTeams();
  expect(byRequests.teams).toHaveLength(4);
  const requests = byRequests.teams.reduce((sum, t) => sum + t.requests, 0);
  expect(requests).toBe(1200 + 300 + 100 + 2000);
  for (const team of byRequests.teams) {
    expect(team.allocated).toBeCloseTo((90 * team.requests) / requests, 9);
    expect(team.charge).toBeCloseTo(team.direct + team.allocated, 9);
  }
  const direct = byRequests.teams.reduce((sum, t) => sum + t.direct, 0);
  expect(byRequests.teams.reduce((sum, t) => sum + t.charge, 0)).toBeCloseTo(direct + 90, 9);
  expect(byRequests.check).toBe("OK");
  expect(byRequests.rule).toMatch(/^Teams are charged their lines' billed cost, plus shared costs of \$90\.00 by requests: /);

  await setInputs({ AllocationDriver: "fixed share" });
  const fixed = await readTeams();
  for (const team of fixed.teams) expect(team.allocated).toBeCloseTo(90 / 4, 9);
  expect(fixed.check).toBe("OK");
});

test("imported text is a plain text value, apostrophe-marked: never a formula, never a string formula", () => {
  expect(plainText('=HYPERLINK("a","b")')).toBe(`'=HYPERLINK("a","b")`);
  const rendered = renderTemplate(budgetVsActualTemplate({ lines: [{ month: "2026-10-01", provider: "openai", model: "gpt-4o-mini", team: "=cmd", tier: "standard" }], budget: [] }));
  const team = rendered.sheets[0].cells.find((cell) => cell.value === "'=cmd");
  expect(team?.formula).toBeUndefined();
  expect(rendered.sheets[0].cells.filter((cell) => typeof cell.formula === "string" && /^="[^"]*"$/.test(cell.formula))).toEqual([]);
});
