/**
 * A usage line whose model the catalog does not know (a gateway's in-house or new model): never costed at 0, never an
 * Excel error in a named output. Its list cell says "unpriced" (flag UNPRICED), the list totals leave it out, the
 * sheet counts such lines and their billed cost beside the totals, its own bridge step (Variance_Unpriced) carries it to
 * the invoice so the bridge adds up to the cent, and a check fails while there are any (the master check stays text).
 * Recalculated by HyperFormula with the built dist/functions.js (run `npm run build` first).
 */
import { readFileSync } from "fs";
import path from "path";
import { loadFunctionsBundle } from "../../dev/load-functions-bundle";
import { createExcelStandin } from "../../dev/excel-double/excel-standin";
import { llmcostWorkbookFactory } from "../../dev/excel-double/workbook";
import { parseUsage } from "../../src/engine/actuals";
import { parseBudgetCsv } from "../../src/templates/budget-lines";
import { renderFromWorkbook } from "../../src/excel/budget-vs-actual-sheet";
import { tableRow } from "../../src/templates/actuals-table";
import { writeActualsTable } from "../../src/excel/actuals-table-writer";
import { insertRenderedTemplate } from "../../src/excel/template-writer";
import { isoToExcelSerial } from "../../src/engine/dates";
import serviceTiers from "../../src/data/service-tiers.json";

const functions = loadFunctionsBundle();
const newWorkbook = llmcostWorkbookFactory(functions.double, functions.metadata);
const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "actuals", name), "utf8");
type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const STEPS = ["Variance_Volume", "Variance_PriceMix", "Variance_Unpriced", "Variance_ListPrice", "Variance_Discount", "Variance_Commitment", "Variance_Amortisation", "Variance_NotYetBilled", "Variance_Fx", "Variance_OtherCharges"];

async function sheetOf(file: string, text = fixture(file)) {
  const workbook = newWorkbook();
  const run = (createExcelStandin(() => workbook).Excel as unknown as { run: Run }).run;
  const rows = parseUsage(text).rows;
  await run((context) => writeActualsTable(context, rows.map((row) => tableRow(row, { source: file, file, importedAt: 46300 })), file));
  const budget = parseBudgetCsv(fixture("budget.csv")).rows;
  const rendered = await run((context) => renderFromWorkbook(context, {}, budget));
  const result = await run((context) => insertRenderedTemplate(context, rendered));
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(result.sheets[0]);
    const used = ws.getRange(rendered.sheets[0].usedRange).load("values");
    const names = rendered.names.map((n) => ({ name: n.name, range: ws.getRange(n.address).load("values") }));
    const check = ws.getRange(rendered.masterCheck.address).load("values");
    await context.sync();
    return { rows, values: used.values as unknown[][], names: Object.fromEntries(names.map((n) => [n.name, n.range.values[0][0]])) as Record<string, unknown>, masterCheck: check.values[0][0] };
  });
}

const isError = (v: unknown) => typeof v === "string" && /^#[A-Z/0!?]+/.test(v);

describe("a line whose model the catalog does not know", () => {
  let sheet: Awaited<ReturnType<typeof sheetOf>>;
  beforeAll(async () => {
    sheet = await sheetOf("gateway-unknown-model.csv");
  });

  test("no named output and no cell is an Excel error; the master check is text that says CHECK", () => {
    expect(Object.entries(sheet.names).filter(([, v]) => isError(v) || typeof v === "undefined")).toEqual([]);
    expect(sheet.values.flat().filter(isError)).toEqual([]);
    expect(typeof sheet.masterCheck).toBe("string");
    expect(sheet.masterCheck).not.toBe("OK");
  });

  test("the unknown model's line says unpriced and is flagged, never 0", () => {
    const line = sheet.values.find((row) => row.includes("acme-llm-9") && row.includes("UNPRICED"));
    expect(line).toBeDefined();
    expect(line).toContain("unpriced");
    const known = sheet.values.find((row) => row.includes("gpt-4o-mini") && row.includes("Support"));
    expect(known).not.toContain("unpriced");
  });

  test("the list totals leave it out; the count and billed cost of lines not repriced stand beside them", () => {
    const n = sheet.names as Record<string, number>;
    const unknownBilled = sheet.rows.filter((r) => r.model === "acme-llm-9").reduce((s, r) => s + (r.billedCost ?? 0), 0);
    expect(unknownBilled).toBeCloseTo(4.22, 9);
    expect(n.Unpriced_Lines).toBe(2); // one line per team
    expect(n.Unpriced_BilledCost).toBeCloseTo(unknownBilled, 9);
    // INFERENCE on the two known lines alone
    const known = sheet.rows.filter((r) => r.model !== "acme-llm-9");
    const list = known.reduce((s, r) => s + (functions.call("INFERENCE", r.model, r.inputTokens, r.outputTokens, r.requests, r.cachedInputTokens, 0, 46296, 0, null) as number), 0);
    expect(n.ActualListCost_Total).toBeCloseTo(list, 6);
    expect(n.ActualListCost_Total).toBeGreaterThan(0);
  });

  test("the bridge still adds up to the billed total to the cent, the unpriced lines' bill as their own step", () => {
    const n = sheet.names as Record<string, number>;
    const billed = sheet.rows.reduce((s, r) => s + (r.billedCost ?? 0), 0);
    expect(n.ActualBilledCost_Total).toBeCloseTo(billed, 9);
    const total = STEPS.reduce((s, name) => s + n[name], 0);
    expect(Math.abs(total - (n.ActualBilledCost_Total - n.BudgetCost_Total))).toBeLessThan(0.005);
    expect(n.Variance_Unpriced).toBeCloseTo(4.22, 9);
  });

  test("the sheet's checks: the bridge holds, and 'every usage line is repriced' fails", () => {
    const checks = sheet.values.filter((row) => typeof row[0] === "string" && (row as unknown[]).some((v) => v === true || v === false));
    const labelled = Object.fromEntries(checks.map((row) => [row[0] as string, row.find((v) => v === true || v === false)]));
    expect(labelled["The bridge's steps add up to billed − budget"]).toBe(true);
    expect(labelled["Every usage line is repriced at the catalog's list prices"]).toBe(false);
    expect(labelled["Month × model rows add up to the lines"]).toBe(true);
  });
});

describe("with every model known", () => {
  test("no line is unpriced and the check holds", async () => {
    const sheet = await sheetOf("gateway.csv");
    expect(sheet.names.Unpriced_Lines).toBe(0);
    expect(sheet.names.Variance_Unpriced).toBe(0);
    expect(sheet.values.flat()).not.toContain("UNPRICED");
  });
});

/** An Anthropic messages usage report (one day of 2026-10) with the tier, region and speed each line is billed at. */
function anthropicReport(): string {
  const result = (model: string, extra: Record<string, unknown>, input = 1_000_000) => ({ uncached_input_tokens: input, cache_creation: { ephemeral_1h_input_tokens: 50_000, ephemeral_5m_input_tokens: 20_000 }, cache_read_input_tokens: 100_000, output_tokens: 200_000, server_tool_use: { web_search_requests: 0 }, workspace_id: "wrkspc_support", model, service_tier: "standard", ...extra });
  const results = [
    result("claude-opus-4-6", { inference_geo: "us" }),
    result("claude-opus-4-6", { inference_geo: "global" }, 300_000),
    result("claude-haiku-4-5-20251001", { service_tier: "batch" }),
    result("claude-opus-4-6", { speed: "fast" }, 100_000),
    result("claude-sonnet-4-5-20250929", { inference_geo: "us" }), // before Sonnet 4.6: no US-only inference
  ];
  return JSON.stringify({ data: [{ starting_at: "2026-10-01T00:00:00Z", ending_at: "2026-10-02T00:00:00Z", results }], has_more: false });
}

const multiplier = (kind: string, name: string) => serviceTiers.rows.find((r) => r.provider === "anthropic" && r.kind === kind && r.name === name)!.multiplier as number;

describe("each line repriced at its own tier, region and speed (src/data/service-tiers.json)", () => {
  let sheet: Awaited<ReturnType<typeof sheetOf>>;
  let listAt: (model: string, tier: string, region: string, speed?: string) => unknown;
  const month = isoToExcelSerial("2026-10-01");
  /** INFERENCE called directly as a line of these tokens is repriced, at the given tier and region. */
  const direct = (model: string, input: number, tier: string | null, region: string | null) =>
    functions.call("INFERENCE", model, input + 100_000 + 70_000, 200_000, Math.max(1, input + 100_000 + 70_000), 100_000, 0, month, 20_000, null, tier, region, 50_000) as number;
  beforeAll(async () => {
    sheet = await sheetOf("anthropic-tiers.json", anthropicReport());
    const header = sheet.values.find((row) => row.includes("List cost") && row.includes("Region"))!;
    const col = (name: string) => header.indexOf(name);
    listAt = (model, tier, region, speed = "standard") =>
      sheet.values.find((row) => row[col("Model")] === model && row[col("Tier")] === tier && row[col("Region")] === region && row[col("Speed")] === speed)?.[col("List cost")];
  });

  test("a us-region line costs INFERENCE at region us: the data's 1.1x of the global line's price", () => {
    const us = direct("claude-opus-4-6", 1_000_000, "standard", "us");
    expect(listAt("claude-opus-4-6", "standard", "us")).toBeCloseTo(us, 9);
    expect(us).toBeCloseTo(direct("claude-opus-4-6", 1_000_000, null, null) * multiplier("region", "us"), 9);
    expect(listAt("claude-opus-4-6", "standard", "global")).toBeCloseTo(direct("claude-opus-4-6", 300_000, null, null), 9);
  });

  test("a batch line costs INFERENCE at tier batch: the data's 0.5x of list, 1-hour cache writes included", () => {
    const batch = direct("claude-haiku-4-5-20251001", 1_000_000, "batch", null);
    expect(listAt("claude-haiku-4-5-20251001", "batch", "")).toBeCloseTo(batch, 9);
    expect(batch).toBeCloseTo(direct("claude-haiku-4-5-20251001", 1_000_000, null, null) * multiplier("service_tier", "batch"), 9);
  });

  test("a fast-mode line (speed fast) costs INFERENCE at the fast tier", () => {
    const fast = direct("claude-opus-4-6", 100_000, "fast", null);
    expect(listAt("claude-opus-4-6", "standard", "", "fast")).toBeCloseTo(fast, 9);
    expect(fast).toBeCloseTo(direct("claude-opus-4-6", 100_000, null, null) * multiplier("service_tier", "fast"), 9);
  });

  test("a region the provider does not offer for the model reads unpriced, never an Excel error in a named output", () => {
    expect(typeof direct("claude-sonnet-4-5-20250929", 1_000_000, "standard", "us")).not.toBe("number"); // INFERENCE: #VALUE!, the region not offered
    expect(listAt("claude-sonnet-4-5-20250929", "standard", "us")).toBe("unpriced");
    expect(sheet.names.Unpriced_Lines).toBe(1);
    expect(Object.entries(sheet.names).filter(([, v]) => isError(v) || typeof v === "undefined")).toEqual([]);
    expect(sheet.values.flat().filter(isError)).toEqual([]);
  });
});
