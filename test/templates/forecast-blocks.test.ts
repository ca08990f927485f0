import "../support/languages";
import { renderTemplate, type RenderedTemplate } from "../../src/templates";
import { needsKorean } from "../support/language-neutral";
import { demoSimulation, forecastDemo } from "../../src/templates/blocks/forecast-demo";
import { probabilitySheet } from "../../src/templates/blocks/probability";
import { accountingSections } from "../../src/templates/blocks/accounting";
import { forecastDriver } from "../../src/templates/blocks/drivers";
import { parseAddress } from "../../src/templates/a1";
import { isError, loadIntoEngine, type SheetModel } from "./sheet-engine";

/**
 * The probability block and the accounting view (issue 20) on the demonstration chain, recalculated in HyperFormula:
 * deterministic scenarios, ordered percentiles, P50 near Base for symmetric drivers, the budget probability moving the
 * right way, rank correlation where drivers are tied, and an accounting view whose P&L reconciles to cash.
 */
const rendered = renderTemplate(forecastDemo);
const sheet = rendered.sheets[0];

/** The cell of a labelled row in a value column (B = Low/P10/Year 1/Value, C = Base/P50/Year 2, D = High/P90/Year 3, E = Distribution, F = Correlation). */
function cellOf(r: RenderedTemplate, label: string, column: "B" | "C" | "D" | "E" | "F"): string {
  return `${column}${labelRows(r, label)[0]}`;
}

/** Rows labelled so, top to bottom (a driver's label is on its input row and on its scenario row). */
function labelRows(r: RenderedTemplate, label: string): number[] {
  const rows = r.sheets[0].cells.filter((c) => /^A\d+$/.test(c.address) && c.value === label).map((c) => Number(c.address.slice(1)));
  if (rows.length === 0) throw new Error(`no row labelled ${label}`);
  return rows;
}

/** Values of a scenario row (a projection row) by its label, over every scenario column. */
function scenarioRow(model: SheetModel, r: RenderedTemplate, label: string): number[] {
  const row = labelRows(r, label).slice(-1)[0];
  const cells = r.sheets[0].cells.filter((c) => c.formula !== undefined && Number(/\d+$/.exec(c.address)?.[0]) === row && (parseAddress(c.address)?.left ?? 0) >= 8);
  return cells.map((c) => model.at(c.address) as number);
}

const num = (model: SheetModel, name: string) => {
  const value = model.name(name);
  if (typeof value !== "number") throw new Error(`${name} is ${JSON.stringify(value)}`);
  return value;
};

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  order.forEach(([, i], rank) => (out[i] = rank));
  return out;
}

function spearman(a: number[], b: number[]): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (a.length - 1) / 2;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (ra[i] - mean) * (rb[i] - mean);
    saa += (ra[i] - mean) ** 2;
    sbb += (rb[i] - mean) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe("probability block: rendering", () => {
  test("every formula is at most 250 characters and none draws a random number", () => {
    const formulas = sheet.cells.map((c) => c.formula).filter((f): f is string => f !== undefined);
    expect(formulas.length).toBeGreaterThan(10_000);
    expect(formulas.filter((f) => f.length > 250)).toEqual([]);
    expect(formulas.filter((f) => /RAND|RANDBETWEEN|RANDARRAY|NOW\(|TODAY\(|OFFSET|INDIRECT/i.test(f))).toEqual([]);
  });

  test("1,000 scenario columns, the named outputs of the issue, and the histogram as the sheet's chart", () => {
    const names = rendered.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ThreeYearCost_P10", "ThreeYearCost_P50", "ThreeYearCost_P90", "ProbabilityOverBudget"]));
    expect(names).toEqual(expect.arrayContaining(["CapitalisedCost", "AnnualAmortisation", "PnL_Year1", "PnL_Year2", "PnL_Year3", "Cash_Year1", "Cash_Year2", "Cash_Year3"]));
    expect(sheet.cells.filter((c) => c.style === "header" && typeof c.value === "number").length).toBe(1000);
    expect(sheet.chart).toMatchObject({ type: "ColumnClustered", seriesBy: "Columns" });
    expect(sheet.chart?.dataRange).toMatch(/^C\d+:C\d+$/);
  });

  test("a tie to a later driver, or an unknown one, is refused", () => {
    const driver = (key: string, tie?: { to: string; correlation: number; notes: string }) => ({ key, label: key, unit: "x", format: "decimal" as const, low: 1, base: 2, high: 3, notes: "n", ...(tie ? { tie } : {}) });
    const spec = (drivers: ReturnType<typeof driver>[]) => ({ name: "S", scope: "s", drivers, fixed: [], monthlyCost: "={a}", threeYearCost: "={scMonthly}", budget: { value: 1, basis: "Monthly" as const, notes: "n" } });
    expect(() => probabilitySheet(spec([driver("a", { to: "b", correlation: 0.5, notes: "n" }), driver("b")]))).toThrow(/not an earlier driver/);
    expect(() => probabilitySheet(spec([driver("a"), driver("b", { to: "a", correlation: 1.5, notes: "n" })]))).toThrow(/outside/);
  });

  test("scenario and bin counts: too few scenarios are refused; 0 bins leave the histogram and its chart out", () => {
    expect(() => probabilitySheet({ ...demoSimulation, scenarios: 5 })).toThrow(/at least 10/);
    expect(() => probabilitySheet({ ...demoSimulation, bins: 2.5 })).toThrow(/bins/);
    const bare = probabilitySheet({ ...demoSimulation, bins: 0, scenarios: 64 });
    expect(bare.chart).toBeUndefined();
    expect(bare.sections.some((section) => section.title.startsWith("Histogram"))).toBe(false);
    expect(bare.projection?.periods).toBe(64);
    expect(renderTemplate({ ...forecastDemo, sheets: [bare] }).sheets[0].cells.filter((c) => c.style === "header" && typeof c.value === "number")).toHaveLength(64);
  });
});

describe("probability block in HyperFormula", () => {
  const model = loadIntoEngine(rendered);

  test("the master check is OK and every named output is a number", () => {
    expect(model.name("MasterCheck")).toBe("OK");
    for (const name of ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ThreeYearCost_P10", "ThreeYearCost_P50", "ThreeYearCost_P90", "ProbabilityOverBudget"]) expect(typeof model.name(name)).toBe("number");
  });

  test("P10 ≤ P50 ≤ P90, strictly apart when the drivers are uncertain", () => {
    expect(num(model, "MonthlyCost_P10")).toBeLessThan(num(model, "MonthlyCost_P50"));
    expect(num(model, "MonthlyCost_P50")).toBeLessThan(num(model, "MonthlyCost_P90"));
    expect(num(model, "ThreeYearCost_P10")).toBeLessThan(num(model, "ThreeYearCost_P50"));
    expect(num(model, "ThreeYearCost_P50")).toBeLessThan(num(model, "ThreeYearCost_P90"));
  });

  test("P50 is within 2% of the all-Base cost when every driver's range is symmetric", () => {
    const base = model.at(cellOf(rendered, "Monthly cost with every driver at Base (whole cost)", "B")) as number;
    // the hand-computed chain: 100,000 requests × 2,000 tokens × 1.175 × (0.7 × $0.40 + 0.3 × $1.60) / 1M + 0.5 FTE × $15,000
    expect(base).toBeCloseTo((100_000 * 2_000 * 1.175 * (0.7 * 0.4 + 0.3 * 1.6)) / 1e6 + 0.5 * 15_000, 6);
    expect(Math.abs(num(model, "MonthlyCost_P50") / base - 1)).toBeLessThan(0.02);
    const base3 = model.at(cellOf(rendered, "Three-year cost with every driver at Base (whole cost)", "B")) as number;
    expect(Math.abs(num(model, "ThreeYearCost_P50") / base3 - 1)).toBeLessThan(0.02);
  });

  test("identical figures on a second full recalculation and in a second engine built from the same sheet", () => {
    const before = model.allValues();
    model.recalculateAll();
    expect(model.allValues()).toEqual(before);
    const again = loadIntoEngine(rendered);
    expect(again.allValues()).toEqual(before);
    again.hf.destroy();
  });

  test("the first driver is stratified: its sorted draws are the PERT quantiles at (n − ½)/N", () => {
    const volume = scenarioRow(model, rendered, "Requests per month");
    expect(volume).toHaveLength(1000);
    const points = scenarioRow(model, rendered, "Requests per month: sequence point");
    expect(points.slice(0, 3)).toEqual([0.5 / 1000, 1.5 / 1000, 2.5 / 1000]);
    // PERT(80k, 100k, 120k) is Beta(3, 3) scaled: mean (a + 4m + b)/6 = 100,000, symmetric
    expect(Math.abs(mean(volume) / 100_000 - 1)).toBeLessThan(0.001);
    const sorted = [...volume].sort((a, b) => a - b);
    expect(sorted[0]).toBeGreaterThan(80_000);
    expect(sorted[999]).toBeLessThan(120_000);
    expect(sorted[499] + sorted[500]).toBeCloseTo(200_000, 0);
  });

  test("the Halton points of the second driver are the radical inverse in base 2, and they fill [0, 1) evenly", () => {
    const points = scenarioRow(model, rendered, "Tokens per request (input + output): sequence point");
    expect(points.slice(0, 6)).toEqual([0.5, 0.25, 0.75, 0.125, 0.625, 0.375]);
    const deciles = Array.from({ length: 10 }, (_, k) => points.filter((p) => p >= k / 10 && p < (k + 1) / 10).length);
    for (const count of deciles) expect(Math.abs(count - 100)).toBeLessThanOrEqual(2);
  });

  test("people are rank-correlated with volume at the Gaussian copula's (6/π)·asin(ρ/2), and not at ρ = 0", () => {
    const volume = scenarioRow(model, rendered, "Requests per month");
    const fte = scenarioRow(model, rendered, "People running it");
    const expected = (6 / Math.PI) * Math.asin(0.7 / 2);
    expect(Math.abs(spearman(volume, fte) - expected)).toBeLessThan(0.05);
    const tokens = scenarioRow(model, rendered, "Tokens per request (input + output)");
    expect(Math.abs(spearman(volume, tokens))).toBeLessThan(0.05);
    const rho = cellOf(rendered, "People running it", "F");
    model.set(rho, 0);
    expect(Math.abs(spearman(scenarioRow(model, rendered, "Requests per month"), scenarioRow(model, rendered, "People running it")))).toBeLessThan(0.05);
    model.set(rho, 0.7);
  });

  test("ProbabilityOverBudget falls as the budget rises: 1 far below every scenario, 0 far above", () => {
    const budget = cellOf(rendered, "Three-year budget", "B");
    const at = (usd: number) => {
      model.set(budget, usd);
      return num(model, "ProbabilityOverBudget");
    };
    const p10 = num(model, "ThreeYearCost_P10");
    const p90 = num(model, "ThreeYearCost_P90");
    const probabilities = [1, p10, (p10 + p90) / 2, p90, 10 * p90].map(at);
    expect(probabilities[0]).toBe(1);
    expect(probabilities[1]).toBeCloseTo(0.9, 2);
    expect(probabilities[3]).toBeCloseTo(0.1, 2);
    expect(probabilities[4]).toBe(0);
    for (let i = 1; i < probabilities.length; i++) expect(probabilities[i]).toBeLessThanOrEqual(probabilities[i - 1]);
    const basis = cellOf(rendered, "Budget applies to", "B");
    model.set(basis, "Monthly");
    model.set(budget, num(model, "MonthlyCost_P50"));
    expect(num(model, "ProbabilityOverBudget")).toBeCloseTo(0.5, 2);
    model.set(basis, "Three years");
    model.set(budget, 300_000);
  });

  test("the histogram counts every scenario once", () => {
    const counts = Array.from({ length: 10 }, (_, i) => model.at(cellOf(rendered, `Bin ${i + 1}`, "C")) as number);
    expect(counts.reduce((s, c) => s + c, 0)).toBe(1000);
    // a symmetric bell: the middle bins hold more than the tails
    expect(counts[4] + counts[5]).toBeGreaterThan(counts[0] + counts[9]);
  });

  test("the scenario costs are sorted once in one spilled row, and each bin counts exactly the costs at or below its edge above the previous one", () => {
    const row = labelRows(rendered, "Monthly cost (whole cost), scenarios from lowest to highest").slice(-1)[0];
    const cells = rendered.sheets[0].cells.filter((c) => Number(/\d+$/.exec(c.address)?.[0]) === row && (parseAddress(c.address)?.left ?? 0) >= 8);
    expect(cells.filter((c) => c.formula !== undefined)).toHaveLength(1);
    const sorted = cells.map((c) => model.at(c.address));
    expect(sorted).toHaveLength(1000);
    expect(sorted.every((cost, i) => typeof cost === "number" && (i === 0 || (sorted[i - 1] as number) <= cost))).toBe(true);
    let below = 0;
    for (let i = 1; i <= 10; i++) {
      const edge = model.at(cellOf(rendered, `Bin ${i}`, "B")) as number;
      const atOrBelow = sorted.filter((cost) => (cost as number) <= edge).length;
      expect({ bin: i, count: model.at(cellOf(rendered, `Bin ${i}`, "C")) }).toEqual({ bin: i, count: atOrBelow - below });
      below = atOrBelow;
    }
  });

  test("triangular instead of PERT: mean (a + m + b)/3 and the wider standard deviation of each distribution", () => {
    const shape = cellOf(rendered, "Tokens per request (input + output)", "E");
    const sd = (values: number[]) => Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
    // PERT(1,600, 2,000, 2,400) is Beta(3, 3) over 800: sd 800·√(9 / (36·7)); triangular: sd 800 / √24
    expect(sd(scenarioRow(model, rendered, "Tokens per request (input + output)")) / (800 * Math.sqrt(9 / 252)) - 1).toBeCloseTo(0, 2);
    model.set(shape, "Triangular");
    const tokens = scenarioRow(model, rendered, "Tokens per request (input + output)");
    expect(Math.abs(mean(tokens) / 2_000 - 1)).toBeLessThan(0.002);
    expect(sd(tokens) / (800 / Math.sqrt(24)) - 1).toBeCloseTo(0, 2);
    expect(num(model, "MonthlyCost_P10")).toBeLessThan(num(model, "MonthlyCost_P50"));
    expect(num(model, "MonthlyCost_P50")).toBeLessThan(num(model, "MonthlyCost_P90"));
    expect(model.name("MasterCheck")).toBe("OK");
    model.set(shape, "PERT");
  });

  test("a skewed range moves P50 away from Base toward the long tail", () => {
    const high = cellOf(rendered, "Requests per month", "D");
    model.set(high, 200_000);
    const base = model.at(cellOf(rendered, "Monthly cost with every driver at Base (whole cost)", "B")) as number;
    expect(num(model, "MonthlyCost_P50")).toBeGreaterThan(base);
    model.set(high, 120_000);
  });

  test("a driver known exactly (Low = Base = High) draws its value, and a range out of order fails the checks without an error in any named output", () => {
    const [low, base, high] = (["B", "C", "D"] as const).map((c) => cellOf(rendered, "Tokenizer drift (tokens for the same text)", c));
    model.set(low, 1.2);
    model.set(base, 1.2);
    model.set(high, 1.2);
    expect(new Set(scenarioRow(model, rendered, "Tokenizer drift (tokens for the same text)"))).toEqual(new Set([1.2]));
    expect(model.name("MasterCheck")).toBe("OK");
    model.set(low, 1.3);
    expect(model.name("MasterCheck")).toBe("ERROR");
    for (const name of ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ProbabilityOverBudget"]) expect(isError(model.name(name))).toBe(false);
    model.set(low, forecastDriver("tokenizer-drift-claude-opus-4-7").low);
    model.set(base, 1.175);
    model.set(high, 1.35);
    expect(model.name("MasterCheck")).toBe("OK");
  });
});

describe("three-year cost per scenario against one-off + months × the monthly percentile", () => {
  test("both give the same P10 / P50 / P90 and budget probability (percentiles commute with an increasing map)", () => {
    const asSheet = (spec: typeof demoSimulation) => renderTemplate({ ...forecastDemo, sheets: [probabilitySheet({ ...spec, scenarios: 200 })] });
    const affine = loadIntoEngine(asSheet(demoSimulation));
    const perScenarioSheet = asSheet({ ...demoSimulation, threeYearCost: "={oneOffTotal}+{scMonthly}*{months}" });
    expect(perScenarioSheet.sheets[0].cells.some((c) => c.value === "Three-year cost (whole cost)" && Number(c.address.slice(1)) > 100)).toBe(true);
    const perScenario = loadIntoEngine(perScenarioSheet);
    for (const name of ["ThreeYearCost_P10", "ThreeYearCost_P50", "ThreeYearCost_P90"]) expect(num(perScenario, name) / num(affine, name)).toBeCloseTo(1, 12);
    for (const budget of [250_000, 290_000, 300_000, 330_000]) {
      const cell = cellOf(perScenarioSheet, "Three-year budget", "B");
      perScenario.set(cell, budget);
      affine.set(cell, budget);
      expect(num(perScenario, "ProbabilityOverBudget")).toBe(num(affine, "ProbabilityOverBudget"));
    }
    expect(perScenario.name("MasterCheck")).toBe("OK");
    expect(affine.name("MasterCheck")).toBe("OK");
    perScenario.hf.destroy();
    affine.hf.destroy();
  });
});

describe("accounting view in HyperFormula", () => {
  const model = loadIntoEngine(rendered);
  const running = () => (model.at(cellOf(rendered, "Monthly cost with every driver at Base (whole cost)", "B")) as number) * 12;

  test("IFRS defaults: development, fine-tuning and data preparation capitalised and amortised over 3 years; P&L beside cash", () => {
    expect(num(model, "CapitalisedCost")).toBe(20_000 + 6_000 + 4_000);
    expect(num(model, "AnnualAmortisation")).toBeCloseTo(10_000, 9);
    expect(num(model, "Cash_Year1")).toBeCloseTo(33_000 + running(), 6);
    expect(num(model, "Cash_Year2")).toBeCloseTo(running(), 6);
    expect(num(model, "PnL_Year1")).toBeCloseTo(3_000 + running() + 10_000, 6);
    expect(num(model, "PnL_Year2")).toBeCloseTo(running() + 10_000, 6);
    expect(num(model, "PnL_Year3")).toBeCloseTo(running() + 10_000, 6);
    expect(model.name("AccountingReconciliation")).toBe("OK");
    expect(model.name("MasterCheck")).toBe("OK");
  });

  test("total P&L over the useful life equals total cash, for a fractional life that starts a year late", () => {
    const life = cellOf(rendered, "Useful life of the capitalised asset", "B");
    const lag = cellOf(rendered, "Years from spend until available for use", "B");
    model.set(life, 2.5);
    model.set(lag, 1);
    const pnl = num(model, "PnL_Year1") + num(model, "PnL_Year2") + num(model, "PnL_Year3");
    const cash = num(model, "Cash_Year1") + num(model, "Cash_Year2") + num(model, "Cash_Year3");
    const later = model.at(cellOf(rendered, "Amortisation after year 3", "B")) as number;
    // available from year 2: 30,000 / 2.5 = 12,000 in years 2 and 3, 6,000 left for year 4's half year
    expect(num(model, "PnL_Year1")).toBeCloseTo(3_000 + running(), 6);
    expect(num(model, "PnL_Year2")).toBeCloseTo(running() + 12_000, 6);
    expect(later).toBeCloseTo(6_000, 6);
    expect(pnl + later).toBeCloseTo(cash, 6);
    expect(model.name("AccountingReconciliation")).toBe("OK");
    model.set(life, 3);
    model.set(lag, 0);
  });

  test("US GAAP: capitalised data preparation fails the framework check until it is expensed", () => {
    const framework = cellOf(rendered, "Accounting framework", "B");
    const dataTag = cellOf(rendered, "Data preparation", "B");
    const allowed = cellOf(rendered, "Data preparation", "C");
    // the label is on two rows (cash, treatment): the treatment row is the second
    const tagRow = rendered.sheets[0].cells.filter((c) => c.value === "Data preparation").map((c) => Number(c.address.slice(1)))[1];
    expect(dataTag).toBeDefined();
    model.set(framework, "US GAAP (ASC 350-40, ASU 2025-06)");
    expect(model.at(`C${tagRow}`)).toBe("No");
    expect(model.name("MasterCheck")).toBe("ERROR");
    model.set(`B${tagRow}`, "Expensed");
    expect(model.name("MasterCheck")).toBe("OK");
    expect(num(model, "CapitalisedCost")).toBe(26_000);
    model.set(framework, "IFRS (IAS 38 / K-IFRS 1038)");
    expect(model.at(`C${tagRow}`)).toBe("If criteria met");
    model.set(`B${tagRow}`, "Capitalised");
    void allowed;
  });

  test("a tag that is neither Capitalised nor Expensed fails a check instead of being expensed silently", () => {
    const tagRow = rendered.sheets[0].cells.filter((c) => c.value === "Staff training").map((c) => Number(c.address.slice(1)))[1];
    model.set(`B${tagRow}`, "Capitalized");
    expect(model.name("MasterCheck")).toBe("ERROR");
    model.set(`B${tagRow}`, "Expensed");
    expect(model.name("MasterCheck")).toBe("OK");
  });

  test("accountingSections refuses an empty list of lines", () => {
    expect(() => accountingSections({ years: ["a", "b", "c"], lines: [] })).toThrow(/no cost line/);
  });
});

describe("the demo in Korean and in won", () => {
  test("every text is Korean (the English left is listed)", () => {
    const ko = renderTemplate(forecastDemo, {}, "ko");
    const missing = new Set<string>();
    const words = ko.sheets.flatMap((s) => [s.name, ...s.cells.filter((c) => typeof c.value === "string" && ["title", "subtitle", "section", "header", "label", "unit", "note"].includes(c.style ?? "")).map((c) => c.value as string), ...(s.chart ? [s.chart.title, ...s.chart.seriesNames] : [])]);
    for (const text of [ko.title, ko.description, ...words]) if (needsKorean(text)) missing.add(text);
    expect([...missing]).toEqual([]);
  });

  test("the Korean sheet computes the same figures; a KRW sheet scales every amount by the rate", () => {
    const en = loadIntoEngine(rendered);
    const ko = renderTemplate(forecastDemo, {}, "ko");
    const koModel = loadIntoEngine(ko);
    const names = ["MonthlyCost_P10", "MonthlyCost_P50", "MonthlyCost_P90", "ThreeYearCost_P50", "ProbabilityOverBudget", "CapitalisedCost", "PnL_Year1", "Cash_Year3", "MasterCheckCode"];
    for (const name of names) expect(koModel.name(name, ko.sheets[0].name)).toEqual(en.name(name));
    // the check words are the sheet's: OK on the English sheet, 정상 on the Korean one
    expect(["AccountingReconciliation", "MasterCheck"].map((name) => [en.name(name), koModel.name(name, ko.sheets[0].name)])).toEqual([["OK", "정상"], ["OK", "정상"]]);
    const krw = renderTemplate(forecastDemo, { currency: "KRW", fxRate: 1400 }, "ko");
    const krwModel = loadIntoEngine(krw);
    for (const name of ["MonthlyCost_P50", "ThreeYearCost_P90", "PnL_Year2", "Cash_Year1"]) expect(krwModel.name(name, krw.sheets[0].name) as number).toBeCloseTo((en.name(name) as number) * 1400, 4);
    expect(krwModel.name("ProbabilityOverBudget", krw.sheets[0].name)).toEqual(en.name("ProbabilityOverBudget"));
    expect([krwModel.name("MasterCheck", krw.sheets[0].name), krwModel.name("MasterCheckCode", krw.sheets[0].name)]).toEqual(["정상", 0]);
    for (const m of [en, koModel, krwModel]) m.hf.destroy();
  });
});
