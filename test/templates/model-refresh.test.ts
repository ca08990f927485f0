import { HyperFormula } from "hyperformula";
import { EXCEL_LIKE_CONFIG } from "../../dev/hyperformula-config";
import { priceTrends } from "../../src/data";
import { chatPricesPerMtok } from "../../src/engine/api/prices";
import { findTemplate, renderTemplate } from "../../src/templates";
import { API_PRICE_INDEX_EACH, API_PRICE_INDEX_OF_YEAR } from "../../src/templates/assumptions/price-index";
import { loadIntoEngine } from "./sheet-engine";

/**
 * Issue 20: "a model refresh assumption (every N months the workload moves to a newer model at a share of the price)".
 * The share's Low/Base/High come from pairs of catalog models; every projection applies it through one formula.
 */
const refresh = priceTrends.model_refresh;

/** Excel's PERCENTILE.INC. */
function percentile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  return sorted[i] + (h - i) * ((sorted[Math.min(i + 1, sorted.length - 1)] ?? sorted[i]) - sorted[i]);
}

test("the newer model's price share: quartiles of the catalog's successor ÷ predecessor prices", () => {
  const blended = (model: string) => {
    const { input, output } = chatPricesPerMtok(model, refresh.priced_as_of);
    return refresh.blend_input_per_output * input + output;
  };
  const ratios = refresh.pairs.map((pair) => blended(pair.to) / blended(pair.from)).sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  expect([refresh.low_cost_case, refresh.base, refresh.high_cost_case]).toEqual([round(percentile(ratios, 0.25)), round(percentile(ratios, 0.5)), round(percentile(ratios, 0.75))]);
  expect(refresh.low_cost_case).toBeLessThan(refresh.base);
  expect(refresh.base).toBeLessThan(refresh.high_cost_case);
});

/** The two formulas in a bare workbook: names for the Assumptions drivers, the placeholders as cells. */
function indexWorkbook(decline: number, share: number, months: number) {
  const hf = HyperFormula.buildEmpty(EXCEL_LIKE_CONFIG);
  const sheet = hf.getSheetId(hf.addSheet("S")) as number;
  const drivers: [string, number][] = [["ApiPriceDeclinePerYear", decline], ["ModelRefreshPriceShare", share], ["ModelRefreshMonths", months]];
  drivers.forEach(([name, value], row) => {
    hf.setCellContents({ sheet, col: 0, row }, [[value]]);
    hf.addNamedExpression(name, `=S!$A$${row + 1}`);
  });
  hf.setCellContents({ sheet, col: 1, row: 0 }, [[12]]); // {monthsPerYear}: B1
  const at = (formula: string, row: number, col: number) => {
    hf.setCellContents({ sheet, col, row }, [[formula]]);
    return hf.getCellValue({ sheet, col, row }) as number;
  };
  const month = (period: number) => at(API_PRICE_INDEX_EACH.replace(/\{period\}/g, String(period)).replace(/\{monthsPerYear\}/g, "$B$1"), 10 + period, 2);
  const year = (y: number) => at(API_PRICE_INDEX_OF_YEAR.replace(/\{yearNumber\}/g, String(y)).replace(/\{monthsPerYear\}/g, "$B$1"), 60 + y, 3);
  return { month, year };
}

test.each([
  [0.2, 1, 12],
  [0.2, 0.46, 12],
  [0, 0.5, 5],
  [0.5, 1.19, 7],
  [0.3, 0.5, 0],
])("decline %p, share %p every %p months: each month's index is the formula, and the yearly sums add the months", (decline, share, months) => {
  const wb = indexWorkbook(decline, share, months);
  for (let period = 1; period <= 36; period++) {
    const refreshes = months > 0 ? Math.floor((period - 1) / months) : 0;
    expect(wb.month(period)).toBeCloseTo(Math.pow(1 - decline, (period - 1) / 12) * Math.pow(share, refreshes), 12);
  }
  for (const y of [1, 2, 3]) {
    let sum = 0;
    for (let period = 12 * (y - 1) + 1; period <= 12 * y; period++) sum += wb.month(period);
    expect(wb.year(y)).toBeCloseTo(sum, 10);
  }
});

describe("a use-case sheet and the portfolio follow ModelRefreshPriceShare", () => {
  test("complaint redressal: a newer model at half the price every 12 months takes 12 × ½ + 12 × ¾ months of token cost off three years", () => {
    const sheet = loadIntoEngine(renderTemplate(findTemplate("complaint-redressal")!, {}));
    for (const driver of ["ApiPriceDeclinePerYear_Base", "GpuPriceDeclinePerYear_Base", "WageInflation_Base"]) sheet.setName(driver, 0);
    sheet.setName("MonthlyGrowth", 0);
    const tokens = sheet.name("MonthlyTokenCost_Catalog") as number;
    const before = sheet.name("ThreeYearCost_Catalog") as number;
    expect(tokens).toBeGreaterThan(0);
    sheet.setName("ModelRefreshPriceShare_Base", 0.5);
    expect(sheet.name("ThreeYearCost_Catalog") as number).toBeCloseTo(before - tokens * (12 * 0.5 + 12 * 0.75), 6);
    expect(sheet.name("MonthlyTokenCost_Catalog")).toBeCloseTo(tokens, 9); // month 1 is at today's model
    sheet.setName("ModelRefreshMonths", 0);
    expect(sheet.name("ThreeYearCost_Catalog") as number).toBeCloseTo(before, 6);
  });

  test("the portfolio's year 2 and 3 API costs fall with the share; year 1 and the self-hosted side do not", () => {
    const sheet = loadIntoEngine(renderTemplate(findTemplate("martech-lifecycle")!, {}));
    const read = (name: string) => sheet.name(name) as number;
    const before = ["PortfolioYear1Cost", "PortfolioYear2Cost", "PortfolioYear3Cost", "PortfolioYear3Cost_SelfHost"].map(read);
    sheet.setName("ModelRefreshPriceShare_Base", 0.5);
    const after = ["PortfolioYear1Cost", "PortfolioYear2Cost", "PortfolioYear3Cost", "PortfolioYear3Cost_SelfHost"].map(read);
    expect(after[0]).toBeCloseTo(before[0], 6);
    expect(after[1]).toBeLessThan(before[1]);
    expect(after[2]).toBeLessThan(before[2]);
    expect(after[3]).toBeCloseTo(before[3], 6);
  });

  test("the Scenario switch takes the low-cost and high-cost shares", () => {
    const sheet = loadIntoEngine(renderTemplate(findTemplate("complaint-redressal")!, {}));
    sheet.setName("Scenario", "Low");
    expect(sheet.name("ModelRefreshPriceShare", "Assumptions")).toBe(refresh.low_cost_case);
    sheet.setName("Scenario", "High");
    expect(sheet.name("ModelRefreshPriceShare", "Assumptions")).toBe(refresh.high_cost_case);
  });
});
