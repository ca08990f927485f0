import "../support/languages";
import { findTemplate, type RenderedTemplate } from "../../src/templates";
import { buildWorkbook } from "../../src/templates/workbook";
import { loadIntoEngine, type SheetModel } from "./sheet-engine";
import { expectOrderedRiskSheet, percentiles, riskNumber as num, setWorkbookName } from "./risk-sheet";

/**
 * Issue 20 on "API vs self-host": its risk sheet, linked to the sheet's named cells, draws the API model's whole cost.
 * Workbooks built as the pane builds them (buildWorkbook) and recalculated in HyperFormula.
 */
const build = (language: "en" | "ko" = "en", options = {}) => buildWorkbook([findTemplate("api-vs-selfhost")!], options, language);
/** A labelled row's cell in column B of a sheet (the English layout; Korean has the same). */
const cellOf = (wb: RenderedTemplate, index: number, label: string) => {
  const row = buildWorkbook([findTemplate("api-vs-selfhost")!], {}, "en").sheets[index].cells.find((c) => /^A\d+$/.test(c.address) && c.value === label);
  if (!row) throw new Error(`no row ${label}`);
  return `B${row.address.slice(1)}`;
};
const baseCase = (model: SheetModel, wb: RenderedTemplate) => model.at(cellOf(wb, 1, "Monthly cost with every driver at Base (whole cost, API)"), wb.sheets[1].name) as number;

test.each(["en", "ko"] as const)("the risk sheet inserts with the sheet: P10 < P50 < P90, a probability, master check OK, identical on recalculation (%s)", (language) => {
  const wb = build(language);
  expect(wb.sheets).toHaveLength(3); // the sheet, its risk sheet, Assumptions
  const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
  const model = loadIntoEngine(wb);
  const p = expectOrderedRiskSheet(model, sim);
  expect(percentiles(loadIntoEngine(wb), sim)).toEqual(p);
  // the sheet's volume range is the driver's: widening it moves P90, and moving it back restores every figure
  const high = cellOf(wb, 0, "Workload volume, high case");
  model.set(high, 2, sheet);
  expect(num(model, "MonthlyCost_P90", sim)).toBeGreaterThan(p.MonthlyCost_P90);
  model.set(high, 1.5, sheet);
  expect(percentiles(model, sim)).toEqual(p);
});

test("the all-Base chain is the sheet's API cost (no tokenizer drift for gpt-4.1-mini), and the three-year percentiles fall with ApiPriceDeclinePerYear", () => {
  const wb = build();
  const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
  const model = loadIntoEngine(wb);
  expect(baseCase(model, wb)).toBeCloseTo(num(model, "MonthlyCost_Catalog", sheet), 6);
  const before = { total: num(model, "ThreeYearCost_Catalog", sheet), p50: num(model, "ThreeYearCost_P50", sim), monthly: num(model, "MonthlyCost_P50", sim) };
  setWorkbookName(model, wb, "ApiPriceDeclinePerYear_Base", 0.9);
  expect(num(model, "ThreeYearCost_Catalog", sheet)).toBeLessThan(before.total);
  expect(num(model, "ThreeYearCost_P50", sim)).toBeLessThan(before.p50);
  expect(num(model, "MonthlyCost_P50", sim)).toBe(before.monthly);
  expect(model.name("MasterCheck", sim)).toBe("OK");
});

test("Claude Opus 4.7: the tokenizer drift (1.0–1.35×, forecast-drivers.json) raises the token part, and the tie checks still hold", () => {
  const plain = build("en", { choices: { model: "claude-opus-4-6" } });
  const opus = build("en", { choices: { model: "claude-opus-4-7" } });
  const figures = (wb: RenderedTemplate) => {
    const model = loadIntoEngine(wb);
    const [sheet, sim] = [wb.sheets[0].name, wb.sheets[1].name];
    expect(model.name("MasterCheck", sim)).toBe("OK");
    return { sheet: num(model, "MonthlyCost_Catalog", sheet), tokens: num(model, "ApiMonthlyCost", sheet), base: baseCase(model, wb), p90: num(model, "MonthlyCost_P90", sim), drift: model.at(cellOf(wb, 1, "Tokenizer drift, High"), sim) };
  };
  const a = figures(plain);
  const b = figures(opus);
  expect(a.drift).toBe(1);
  expect(a.base).toBeCloseTo(a.sheet, 6);
  expect(b.drift).toBe(1.35);
  expect(b.base).toBeCloseTo(b.sheet + b.tokens * 0.175, 6);
  expect(b.p90 / b.sheet).toBeGreaterThan(a.p90 / a.sheet);
});
