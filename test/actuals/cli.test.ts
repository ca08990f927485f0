import path from "path";
import { main as actuals } from "../../scripts/actuals-cli";
import { main as template } from "../../scripts/template-cli";
import { parseUsage } from "../../src/engine/actuals";
import { loadIntoEngine } from "../templates/sheet-engine";
import { readFileSync } from "fs";

const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "actuals", name);

describe("npm run actuals", () => {
  test("prints the normalised rows as JSON and lists rejected lines; exit 1 when some were rejected", () => {
    let out = "";
    let err = "";
    expect(actuals([fixture("gateway.csv")], (t) => (out += t), (t) => (err += t))).toBe(1);
    const json = JSON.parse(out);
    expect(json.format).toBe("csv");
    expect(json.rows).toHaveLength(4);
    expect(json.rejected.map((r: { line: number }) => r.line)).toEqual([6, 7, 8, 9, 10]);
    expect(err).toContain("gateway.csv line 8: no model");
  });

  test("--format forces a parser; a clean file exits 0", () => {
    let out = "";
    const clean = actuals([fixture("semicolon-unknown-owner.csv"), "--format=anthropic"], (t) => (out += t), () => undefined);
    expect(JSON.parse(out).format).toBe("anthropic");
    expect(clean).toBe(1); // not a usage report: the page is rejected, never read as zeros
    expect(actuals([fixture("anthropic-messages.json"), "--format=xml"], () => undefined, () => undefined)).toBe(2);
  });
});

test("npm run template -- budget-vs-actual --actuals --budget lays the sheet out from the files", () => {
  let out = "";
  let err = "";
  expect(template(["budget-vs-actual", `--actuals=${fixture("anthropic-messages.json")}`, `--budget=${fixture("budget.csv")}`], (t) => (out += t), (t) => (err += t))).toBe(0);
  const rendered = JSON.parse(out);
  const labels = rendered.sheets[0].cells.map((cell: { value?: unknown }) => cell.value);
  expect(labels).toContain("2026-10 claude-sonnet-4-5-20250929 · wrkspc_support");
  expect(labels).toContain("Budget 2026-11 gpt-4o-mini");
  expect(rendered.names.map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(["ActualListCost_Total", "ActualBilledCost_Total", "BudgetCost_Total", "Variance_Total", "Variance_Volume", "Variance_PriceMix"]));
  expect(err).toContain("budget.csv line 6");
});

describe("npm run template -- budget-vs-actual --actuals: the dump recalculates alone (HyperFormula, no workbook around it)", () => {
  const dump = (actuals: string, budget?: string) => {
    let out = "";
    let err = "";
    const args = ["budget-vs-actual", `--actuals=${fixture(actuals)}`, ...(budget ? [`--budget=${fixture(budget)}`] : [])];
    expect(template(args, (t) => (out += t), (t) => (err += t))).toBe(0);
    return { rendered: JSON.parse(out), err };
  };

  test.each(["focus-azure.csv", "focus-aws.csv", "focus-google.csv", "gateway.csv", "openai-usage-2026.json", "anthropic-cost-report.json"])("%s: the actuals sheet, its table and names are in the dump; figures are the files'", (file) => {
    const { rendered, err } = dump(file, "budget-teams.csv");
    expect(rendered.sheets.map((s: { name: string }) => s.name)).toEqual(["Budget vs actual", "LLMCOST Actuals"]);
    expect(rendered.names.filter((n: { workbook?: boolean }) => n.workbook).map((n: { name: string }) => n.name)).toEqual(expect.arrayContaining(["LlmcostActuals_Key", "LlmcostActuals_Billed", "LlmcostActuals_Input"]));
    const model = loadIntoEngine(rendered);
    expect(model.allValues().filter((cell) => typeof cell.value === "object" && cell.value !== null)).toEqual([]);
    expect(model.name("MasterCheck")).toBe("OK");
    const rows = parseUsage(readFileSync(fixture(file), "utf8")).rows;
    const billed = rows.reduce((s, r) => s + (r.billedCost ?? 0), 0);
    expect(model.name("ActualBilledCost_Total") as number).toBeCloseTo(billed, 9);
    expect(model.name("ActualsFound")).toBe(true);
    expect(model.name("BudgetCost_Total") as number).toBeCloseTo(178, 9);
    expect(err).toContain("budget-teams.csv line 6");
  });

  test("imported text in the dump is text: a team named =HYPERLINK(…) is not run", () => {
    const model = loadIntoEngine(dump("gateway.csv").rendered);
    const teams = model.allValues().filter((cell) => cell.value === '=HYPERLINK("http://example.invalid","x")');
    expect(teams.length).toBeGreaterThanOrEqual(2); // the table's cell and the line's
  });
});
