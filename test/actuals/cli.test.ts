import path from "path";
import { main as actuals } from "../../scripts/actuals-cli";
import { main as template } from "../../scripts/template-cli";

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
