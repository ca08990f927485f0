import "../support/languages";
import { findTemplate } from "../../src/templates";
import { buildWorkbook, type BuiltWorkbook } from "../../src/templates/workbook";
import { isError, loadIntoEngine, type SheetModel } from "./sheet-engine";
import { expectOrderedRiskSheet, percentiles, riskNumber as num, setWorkbookName } from "./risk-sheet";

/**
 * Issue 20 on "ROI business case": its risk sheet, linked to the business case's named Base figures, draws the
 * programme's cost (running cost with contingency, and the three-year cost with the one-off) and its benefit (net
 * benefit, ROI, the chance of a negative ROI). Workbooks built as the
 * pane builds them (buildWorkbook) and recalculated in HyperFormula.
 */
const USE_CASES = ["complaint-redressal", "sentiment-analysis", "embedding-retrieval"];
const build = (language: "en" | "ko" = "en", before: string[] = [], options = {}) => buildWorkbook([...before, "roi-business-case"].map((id) => findTemplate(id)!), options, language);
/** The business case's sheet and its risk sheet (the last two template sheets before Assumptions). */
const sheetsOf = (wb: BuiltWorkbook) => {
  const inserted = wb.inserted.find((i) => i.id === "roi-business-case")!;
  return { sheet: inserted.sheets[0], sim: inserted.sheets[1] };
};
/** Column B of the risk sheet's row labelled `label` (the English layout; Korean has the same). */
const cellOf = (label: string) => {
  const row = build().sheets[1].cells.find((c) => /^A\d+$/.test(c.address) && c.value === label);
  if (!row) throw new Error(`no row ${label}`);
  return `B${row.address.slice(1)}`;
};
const baseCase = (model: SheetModel, sim: string) => ({
  monthly: model.at(cellOf("Monthly cost with every driver at Base (whole cost)"), sim) as number,
  three: model.at(cellOf("Three-year cost with every driver at Base (whole cost)"), sim) as number,
});

test.each(["en", "ko"] as const)("the risk sheet inserts with the business case: P10 < P50 < P90, a probability, master check OK, identical on recalculation (%s)", (language) => {
  const wb = build(language);
  expect(wb.sheets).toHaveLength(3); // the business case, its risk sheet, Assumptions
  const { sim } = sheetsOf(wb);
  expect(sim).toBe(language === "en" ? "ROI business case risk" : "투자 수익률(ROI) 비즈니스 케이스 위험");
  const model = loadIntoEngine(wb);
  const p = expectOrderedRiskSheet(model, sim);
  expect(percentiles(loadIntoEngine(wb), sim)).toEqual(p);
  expect(num(model, "CostBudget", sim)).toBeGreaterThan(0);
});

test("the all-Base chain is the business case's own Base cost: monthly, and three years equal to its cash over the three years", () => {
  const wb = build();
  const { sheet, sim } = sheetsOf(wb);
  const model = loadIntoEngine(wb);
  const base = baseCase(model, sim);
  expect(base.monthly).toBeCloseTo(num(model, "MonthlyCost_Base", sheet), 6);
  expect(base.three).toBeCloseTo(num(model, "ThreeYearCost_Base", sheet), 6);
  // an independent sum of the same cost: the accounting view's cash, on the Base scenario the sheet opens with
  const cash = num(model, "Cash_Year1", sheet) + num(model, "Cash_Year2", sheet) + num(model, "Cash_Year3", sheet);
  expect(base.three).toBeCloseTo(cash, 4);
  // the one-off is in the three-year cost, not in the monthly one: 36 × monthly alone would miss it
  expect(base.three).toBeGreaterThan(num(model, "OneOffCost_Base", sheet));
});

test.each([
  ["LoadedCostPerFteMonth_High", 2],
  ["Contingency_High", 0.6],
])("moving %s on Assumptions widens the upper range, and moving it back restores every figure", (name, factor) => {
  const wb = build();
  const { sim } = sheetsOf(wb);
  const model = loadIntoEngine(wb);
  const p = percentiles(model, sim);
  const original = wb.names.find((n) => n.workbook && n.name === name)!;
  const was = model.at(original.address.replace(/\$/g, ""), original.sheet) as number;
  setWorkbookName(model, wb, name, name.startsWith("Contingency") ? factor : was * factor);
  expect(num(model, "MonthlyCost_P90", sim)).toBeGreaterThan(p.MonthlyCost_P90);
  expect(num(model, "ThreeYearCost_P90", sim)).toBeGreaterThan(p.ThreeYearCost_P90);
  expect(num(model, "ProbabilityOverBudget", sim)).toBeGreaterThan(p.ProbabilityOverBudget);
  expect(model.name("MasterCheckCode", sim)).toBe(0);
  setWorkbookName(model, wb, name, was);
  expect(percentiles(model, sim)).toEqual(p);
});

test("in won, the FX rate's range is a driver: the spread widens against the same sheet in USD", () => {
  const spread = (wb: BuiltWorkbook) => {
    const model = loadIntoEngine(wb);
    const { sim } = sheetsOf(wb);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    return num(model, "MonthlyCost_P90", sim) / num(model, "MonthlyCost_P10", sim);
  };
  expect(spread(build("ko", [], { currency: "KRW", fxRate: 1400 }))).toBeGreaterThan(spread(build()) + 0.01);
});

test("ApiPriceDeclinePerYear lowers the three-year percentiles, not the monthly ones (full adoption at today's prices)", () => {
  const wb = build();
  const { sim } = sheetsOf(wb);
  const model = loadIntoEngine(wb);
  const p = percentiles(model, sim);
  setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0.9);
  expect(num(model, "ThreeYearCost_P50", sim)).toBeLessThan(p.ThreeYearCost_P50);
  expect(num(model, "MonthlyCost_P50", sim)).toBe(p.MonthlyCost_P50);
});

test("with the use-case sheets in the workbook the chain reads their costs, and still ties to the business case", () => {
  const alone = build();
  const aloneModel = loadIntoEngine(alone);
  const wb = build("en", USE_CASES);
  const { sheet, sim } = sheetsOf(wb);
  const model = loadIntoEngine(wb);
  const p = expectOrderedRiskSheet(model, sim);
  expect(p.MonthlyCost_P50).not.toBeCloseTo(num(aloneModel, "MonthlyCost_P50", sheetsOf(alone).sim), 0);
  const base = baseCase(model, sim);
  expect(base.monthly).toBeCloseTo(num(model, "MonthlyCost_Base", sheet), 6);
  expect(base.three).toBeCloseTo(num(model, "ThreeYearCost_Base", sheet), 6);
});

test("a programme that costs nothing (own inputs all 0): every named output of the risk sheet is a number, the percentiles 0 and in order", () => {
  const wb = build();
  const { sheet, sim } = sheetsOf(wb);
  const model = loadIntoEngine(wb);
  const labels = ["Set-up: acquisition and integration (one-off)", "Operations and maintenance", "Staff training", "Input tokens per month", "Output tokens per month"];
  for (const label of labels) {
    const row = wb.sheets[0].cells.find((c) => /^A\d+$/.test(c.address) && c.value === label);
    if (!row) throw new Error(`no row ${label}`);
    model.set(`B${row.address.slice(1)}`, 0, sheet);
  }
  expect(num(model, "ThreeYearCost_Base", sheet)).toBe(0);
  const named = wb.names.filter((n) => n.sheet === sim && !n.address.includes(":")).map((n) => ({ name: n.name, value: model.name(n.name, sim) }));
  expect(named.filter((n) => isError(n.value))).toEqual([]);
  const p = percentiles(model, sim);
  expect(p.MonthlyCost_P10).toBe(0);
  expect(p.MonthlyCost_P90).toBe(0);
  expect(p.ThreeYearCost_P90).toBe(0);
  expect(p.ProbabilityOverBudget).toBe(0);
  expect(typeof model.name("MasterCheck", sim)).toBe("string");
});

describe("the benefit is drawn too: net benefit and ROI percentiles, and the chance of a negative ROI", () => {
  const roiOutputs = (model: SheetModel, sim: string) => ({
    net: [num(model, "NetBenefit_P10", sim), num(model, "NetBenefit_P50", sim), num(model, "NetBenefit_P90", sim)],
    roi: [num(model, "ReturnOnInvestment_P10", sim), num(model, "ReturnOnInvestment_P50", sim), num(model, "ReturnOnInvestment_P90", sim)],
    negative: num(model, "ProbabilityNegativeRoi", sim),
  });
  const atBase = (model: SheetModel, sim: string) => ({
    net: model.at(cellOf("Net benefit over three years with every driver at Base"), sim) as number,
    roi: model.at(cellOf("Return on investment with every driver at Base"), sim) as number,
  });

  test.each(["en", "ko"] as const)("all-Base equals the business case's own net benefit and ROI; P10 < P50 < P90 (%s)", (language) => {
    const wb = build(language);
    const { sheet, sim } = sheetsOf(wb);
    const model = loadIntoEngine(wb);
    const base = atBase(model, sim);
    const benefit = num(model, "ThreeYearBenefit_Base", sheet);
    expect(base.net).toBeCloseTo(benefit - num(model, "ThreeYearCost_Base", sheet), 4);
    // the business case's headline, computed there by LLMCOST.ROI from its own projection (its switch opens on Base)
    expect(base.roi).toBeCloseTo(num(model, "ReturnOnInvestment", sheet), 9);
    const out = roiOutputs(model, sim);
    expect(out.net[0]).toBeLessThan(out.net[1]);
    expect(out.net[1]).toBeLessThan(out.net[2]);
    expect(out.roi[0]).toBeLessThan(out.roi[1]);
    expect(out.roi[1]).toBeLessThan(out.roi[2]);
    expect(out.negative).toBeGreaterThanOrEqual(0);
    expect(out.negative).toBeLessThanOrEqual(1);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    expect(roiOutputs(loadIntoEngine(wb), sim)).toEqual(out);
  });

  test("the benefit's range moves the net benefit, not the cost; a smaller benefit makes a negative ROI likelier", () => {
    const wb = build();
    const { sheet, sim } = sheetsOf(wb);
    const model = loadIntoEngine(wb);
    const costs = percentiles(model, sim);
    const before = roiOutputs(model, sim);
    // the revenue in scope: every benefit column scales with it, the costs do not
    const revenue = wb.sheets[0].cells.find((c) => /^A\d+$/.test(c.address) && c.value === "Annual revenue in scope")!;
    const cell = `B${revenue.address.slice(1)}`;
    const was = model.at(cell, sheet) as number;
    model.set(cell, was / 4, sheet);
    const after = roiOutputs(model, sim);
    expect(percentiles(model, sim)).toEqual(costs);
    expect(after.net[1]).toBeLessThan(before.net[1]);
    expect(after.roi[0]).toBeLessThan(before.roi[0]);
    expect(after.negative).toBeGreaterThan(before.negative);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
    model.set(cell, was, sheet);
    expect(roiOutputs(model, sim)).toEqual(before);
  });

  test("with every cost range closed, the net benefit's spread is the benefit's alone, and its P50 sits at Base (a symmetric benefit range)", () => {
    const wb = build();
    const { sheet, sim } = sheetsOf(wb);
    const model = loadIntoEngine(wb);
    for (const name of ["LoadedCostPerFteMonth", "Contingency"]) {
      const base = num(model, `${name}_Base`, "Assumptions");
      setWorkbookName(model, wb, `${name}_Low`, base);
      setWorkbookName(model, wb, `${name}_High`, base);
    }
    model.set(cellOf("Volume, low-cost case"), 1, sim);
    model.set(cellOf("Volume, high-cost case"), 1, sim);
    expect(num(model, "ThreeYearCost_P10", sim)).toBeCloseTo(num(model, "ThreeYearCost_P90", sim), 6);
    const base = atBase(model, sim);
    const years = num(model, "FullBenefitYears", sheet);
    const [low, mid, high] = ["Low", "Base", "High"].map((c) => num(model, `AnnualBenefit_${c}`, sheet));
    expect(high - mid).toBeCloseTo(mid - low, 6); // the sheet's uplift range 3% / 9% / 15%
    const out = roiOutputs(model, sim);
    expect(Math.abs(out.net[1] - base.net)).toBeLessThan(0.01 * (high - low) * years);
    expect(out.net[0]).toBeLessThan(base.net);
    expect(out.net[2]).toBeGreaterThan(base.net);
    // PERT's P10–P90 of a symmetric range is about half of it; never wider than the range itself
    expect(out.net[2] - out.net[0]).toBeLessThan((high - low) * years);
    expect(out.net[2] - out.net[0]).toBeGreaterThan(0.3 * (high - low) * years);
    expect(model.name("MasterCheckCode", sim)).toBe(0);
  });
});
