/**
 * The bridge from budget to invoice, end to end: FOCUS exports of Azure, AWS and Google, an OpenAI usage + costs
 * pair, an Anthropic cost report and usage report imported into LlmcostActuals through the preview's Office.js
 * stand-in, the Budget vs actual sheet inserted and recalculated by HyperFormula with the built dist/functions.js
 * (run `npm run build` first). Expected figures are computed here from the parsed rows, independently of the sheet.
 */
import serviceTiers from "../../src/data/service-tiers.json";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { actualsFixture, excelFor, importAll, type Run } from "../support/actuals-workbook";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { isoToExcelSerial } from "../../src/engine";
import type { UsageRow } from "../../src/engine/actuals";
import { parseBudgetCsv } from "../../src/templates/budget-lines";
import { renderFromWorkbook } from "../../src/excel/budget-vs-actual-sheet";
import { lineKey } from "../../src/templates/actuals-table";
import type { RenderOptions } from "../../src/templates";
import { insertRenderedTemplate } from "../../src/excel/template-writer";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);
const fixture = actualsFixture;
const FILES = ["focus-azure.csv", "focus-aws.csv", "focus-google.csv", "openai-usage-2026.json", "openai-costs.json", "anthropic-cost-report.json", "anthropic-messages.json"];
/** The row's region where its provider prices regions by that name (service-tiers.json); a cloud region (FOCUS) is priced at list. */
const providerRegion = (row: UsageRow) => (serviceTiers.rows.some((r) => r.kind === "region" && r.provider === row.provider && r.name === row.region) ? row.region : null);
const call = (id: string, ...args: unknown[]) => functions.call(id, ...args) as number;


async function insert(run: Run, budgetFile: string, options: RenderOptions = {}) {
  const budget = parseBudgetCsv(fixture(budgetFile)).rows;
  const rendered = await run((context) => renderFromWorkbook(context, options, budget));
  const result = await run((context) => insertRenderedTemplate(context, rendered));
  const sheet = result.sheets[0];
  const read = () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const used = ws.getRange(rendered.sheets[0].usedRange).load("values");
      const names = rendered.names.map((n) => ({ name: n.name, range: ws.getRange(n.address).load("values") }));
      const check = ws.getRange(rendered.masterCheck.address).load("values");
      await context.sync();
      return { values: used.values as unknown[][], names: Object.fromEntries(names.map((n) => [n.name, n.range.values[0][0]])) as Record<string, number>, masterCheck: check.values[0][0] };
    });
  const set = (name: string, value: unknown) =>
    run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(rendered.names.find((n) => n.name === name)!.address).values = [[value]] as never;
      await context.sync();
    });
  return { rendered, read, set };
}

/** The catalog list cost of a usage row (as the sheet reprices it: INFERENCE at its tier, provisioned at standard, and region; $10 per 1,000 searches). */
function catalogList(row: UsageRow): number {
  if (row.charge !== "usage") return 0;
  const month = isoToExcelSerial(row.month);
  const prompt = row.inputTokens + row.cacheWriteTokens + row.cacheWrite1hTokens;
  const requests = row.requests && row.requests > 0 ? row.requests : Math.max(1, prompt);
  const tier = row.tier === "provisioned" ? "standard" : row.speed === "fast" ? "fast" : row.tier;
  const cost = prompt + row.outputTokens === 0 ? 0 : call("INFERENCE", row.model, prompt, row.outputTokens, requests, row.cachedInputTokens, 0, month, row.cacheWriteTokens, null, tier, providerRegion(row), row.cacheWrite1hTokens);
  return cost + (row.webSearchRequests * 10) / 1000;
}

/** The bridge computed from the rows: per line, each missing measure is the next one given. */
function expectedBridge(rows: UsageRow[], rate = 1) {
  const lines = new Map<string, UsageRow[]>();
  for (const row of rows) lines.set(lineKey(row), [...(lines.get(lineKey(row)) ?? []), row]);
  const out = { list: 0, plist: 0, contracted: 0, effective: 0, billedPlan: 0, unbilled: 0, billed: 0, other: 0 };
  for (const group of lines.values()) {
    const given = (f: "listCost" | "contractedCost" | "effectiveCost" | "billedCost") => (group.some((r) => r[f] !== null) ? group.reduce((s, r) => s + (r[f] ?? 0), 0) * rate : null);
    if (group[0].charge !== "usage") {
      out.other += given("billedCost") ?? 0;
      out.billed += given("billedCost") ?? 0;
      continue;
    }
    const list = group.reduce((s, r) => s + catalogList(r), 0);
    const plist = given("listCost") ?? list;
    const contracted = given("contractedCost") ?? given("effectiveCost") ?? given("billedCost") ?? plist;
    const effective = given("effectiveCost") ?? given("billedCost") ?? contracted;
    const billed = given("billedCost");
    Object.assign(out, {
      list: out.list + list,
      plist: out.plist + plist,
      contracted: out.contracted + contracted,
      effective: out.effective + effective,
      billedPlan: out.billedPlan + (billed ?? 0),
      unbilled: out.unbilled + (billed === null ? effective : 0),
      billed: out.billed + (billed ?? 0),
    });
  }
  return out;
}

describe("the bridge ends at the invoice", () => {
  let rows: UsageRow[];
  let sheet: Awaited<ReturnType<Awaited<ReturnType<typeof insert>>["read"]>>;
  let inserted: Awaited<ReturnType<typeof insert>>;
  beforeAll(async () => {
    const run = excelFor(newWorkbook());
    rows = await importAll(run, FILES);
    inserted = await insert(run, "budget-teams.csv");
    sheet = await inserted.read();
  });

  test("no error anywhere on the sheet; every check holds", () => {
    expect(sheet.values.flat().filter((v) => typeof v === "string" && /^#[A-Z/0!?]+/.test(v))).toEqual([]);
    expect(sheet.masterCheck).toBe("OK");
  });

  test("every step is a named output, and the steps add up to billed − budget to the cent", () => {
    const n = sheet.names;
    const steps = ["Variance_Volume", "Variance_PriceMix", "Variance_ListPrice", "Variance_Discount", "Variance_Commitment", "Variance_Amortisation", "Variance_NotYetBilled", "Variance_Fx", "Variance_OtherCharges"];
    const total = steps.reduce((s, name) => s + n[name], 0);
    expect(Math.abs(total - (n.ActualBilledCost_Total - n.BudgetCost_Total))).toBeLessThan(1e-9);
    expect(Math.abs(n.Variance_Discount)).toBeGreaterThan(0.01);
    expect(n.Variance_Billed).toBeCloseTo(n.ActualBilledCost_Total - n.BudgetCost_Total, 9);
  });

  test("billed total is every billed amount of the files; each step is what the rows say", () => {
    const e = expectedBridge(rows);
    const n = sheet.names;
    expect(n.ActualBilledCost_Total).toBeCloseTo(rows.reduce((s, r) => s + (r.billedCost ?? 0), 0), 9);
    expect(n.ActualListCost_Total).toBeCloseTo(e.list, 9);
    expect(n.Variance_ListPrice).toBeCloseTo(e.plist - e.list, 9);
    expect(n.Variance_Discount).toBeCloseTo(e.contracted - e.plist, 9);
    expect(n.Variance_Commitment).toBeCloseTo(e.effective - e.contracted, 9);
    expect(n.Variance_Commitment).toBeCloseTo(-6, 9); // Azure PTU: contracted 36, effective 30
    expect(n.Variance_Amortisation).toBeCloseTo(e.billedPlan - e.effective + e.unbilled, 9);
    expect(n.Variance_NotYetBilled).toBeCloseTo(-e.unbilled, 9);
    expect(e.unbilled).toBeGreaterThan(0); // the Anthropic usage report, unjoined (no inference_geo grouping)
    expect(n.Variance_Fx).toBeCloseTo(0, 9);
    expect(n.Variance_OtherCharges).toBeCloseTo(120 + 0.33 - 1 - 0.1, 9);
  });

  test("budget by team in its own currency: the EUR row is rejected, the others sum; each team's budget beside its charge", () => {
    const parsed = parseBudgetCsv(fixture("budget-teams.csv"));
    expect(parsed.rejected).toEqual([{ line: 6, location: "line 6", reason: expect.stringContaining("not the budget's (USD"), at: expect.anything(), why: expect.anything() }]);
    expect(sheet.names.BudgetCost_Total).toBeCloseTo(20 + 150 + 3 + 5, 9);
    const support = sheet.values.find((row) => row[0] === "Chargeback Support") as unknown[];
    expect(support[23]).toBeCloseTo(25, 9); // W: team budget
    expect(support[24] as number).toBeCloseTo((support[17] as number) - 25, 9); // X: over / under
  });

  test("chargeback on the billed basis: teams carry the invoice and the usage not yet billed", () => {
    expect(sheet.names.Chargeback_Total).toBeCloseTo(sheet.names.ActualBilledCost_Total - sheet.names.Variance_NotYetBilled, 9);
    const rule = sheet.values.find((row) => row[0] === "Allocation rule")?.[4];
    expect(rule).toMatch(/^Teams are charged their lines' billed cost/);
  });

  test("accrual: usage to the report month less what invoices up to it carry; year to date and run-rate", () => {
    const e = expectedBridge(rows);
    const incurred = e.billed + e.unbilled;
    const invoiced = rows.reduce((s, r) => s + r.invoicedCost, 0);
    expect(invoiced).toBeGreaterThan(0);
    expect(sheet.names.Accrual_NotInvoiced).toBeCloseTo(incurred - invoiced, 9);
    expect(sheet.names.Actual_YearToDate).toBeCloseTo(incurred, 9);
    expect(sheet.names.Forecast_YearEnd).toBeCloseTo((incurred / 11) * 12, 9); // report month: November
  });

  test("FX: a budget rate for USD different from the invoice's moves the FX step only; the bridge still reconciles", async () => {
    await inserted.set("FxPlan_USD", 0.8);
    const after = await inserted.read();
    const e = expectedBridge(rows, 0.8);
    const usageBilled = rows.filter((r) => r.charge === "usage").reduce((s, r) => s + (r.billedCost ?? 0), 0);
    expect(after.names.Variance_Fx).toBeCloseTo(usageBilled - e.billedPlan, 9);
    expect(after.names.Variance_Fx).toBeCloseTo(usageBilled * 0.2, 9);
    expect(after.names.ActualBilledCost_Total).toBeCloseTo(sheet.names.ActualBilledCost_Total, 9);
    expect(after.masterCheck).toBe("OK");
    await inserted.set("FxPlan_USD", "=FxActual_USD");
  });
});

test("a USD budget on a KRW sheet is converted at the sheet's USD rate (the same file no longer reads differently per sheet)", async () => {
  const run = excelFor(newWorkbook());
  await importAll(run, FILES);
  const usd = await (await insert(run, "budget-teams.csv")).read();
  const krw = await (await insert(run, "budget-teams.csv", { currency: "KRW", fxRate: 1400 })).read();
  expect(krw.names.BudgetCost_Total).toBeCloseTo(usd.names.BudgetCost_Total * 1400, 6);
  expect(krw.names.ActualBilledCost_Total).toBeCloseTo(usd.names.ActualBilledCost_Total * 1400, 6);
  expect(krw.names.Variance_Billed).toBeCloseTo(usd.names.Variance_Billed * 1400, 6);
  expect(krw.masterCheck).toBe("OK");
});
